# /reflect: the guided reflection after an interview (bot/features/reflections).
# Option names (company, went_well, …), values like `followed_up:no` and commands in
# backticks stay English in every language: members type them.

## A bare /reflect: the questions to answer

reflect-title = Reflect on your interview
reflect-intro = Take five minutes while it is fresh. Answer any of these — none is required:
# One line per question; each starts with the option name that answers it, as members
# type it.
reflect-question-company = company — which interview is this about?
reflect-question-went-well = went_well — what went well?
reflect-question-do-differently = do_differently — what would you do differently next time?
reflect-question-clear-confident = clear_confident — how clear and confident were your answers (1-5)?
reflect-question-nonverbal = nonverbal — how was your body language, eye contact and tone (1-5)?
reflect-question-followed-up = followed_up — did you send a thank-you or follow-up (yes/no)?
reflect-question-skill-gap = skill_gap — was there a skill or topic you want to strengthen?
# The quoted answers may be translated; the option names and values may not.
reflect-example = For example: `/reflect company:Acme went_well:"My project story" do_differently:"Slow down" clear_confident:3 followed_up:no`

## A reflection saved

reflect-saved-title = Reflection saved
reflect-thanks = Thank you for reflecting. Looking back honestly is how the next interview gets better.
reflect-thanks-on = Thank you for reflecting on { $company }. Looking back honestly is how the next interview gets better.
reflect-showing-up = Showing up counts
reflect-keep-doing = Keep doing
reflect-next-time = Next time
# $text: what the member wrote they would do differently.
reflect-next-time-text = { $text } — `/prep` will remind you.
reflect-practice-title = Practice helps
# Which scores were low (2 or less): clarity and confidence, non-verbal, or both.
reflect-practice = { $scores ->
        [clarity] Your clarity and confidence score can rise fast with a mock interview: `/buddy join purpose:mock-interview` finds you a partner.
        [nonverbal] Your non-verbal score can rise fast with a mock interview: `/buddy join purpose:mock-interview` finds you a partner.
       *[both] Your clarity and confidence and non-verbal scores can rise fast with a mock interview: `/buddy join purpose:mock-interview` finds you a partner.
    }
reflect-goal-added = Learning goal added
reflect-goal-added-text = { $goal } — `/goal` shows it with your weekly goals.
reflect-goal-exists = Already a learning goal
reflect-goal-exists-text = { $goal } is on your list — `/goal` shows it.
reflect-thank-you-title = Send a thank-you — it is not too late
reflect-thank-you-again = (`/template name:post-interview-thank-you` renders it again.)
