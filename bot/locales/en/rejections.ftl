# /rejection: the private recovery plan, the shared post in the support channel and the
# next day's reflection prompt (bot/features/rejections). Option names, stage values and
# commands in backticks stay English in every language: members type them.

## The recovery plan (a private reply)

rejection-plan-title = Your recovery plan
rejection-sorry = I am sorry about the news. It is okay for this to sting.
rejection-sorry-from = I am sorry about the news from { $company }. It is okay for this to sting.
rejection-reframe = Hiring decisions often turn on things you cannot see or control: an internal candidate, a budget change, a team that needed one very specific skill. A no is about one opening, not a verdict on you.
rejection-showing-up = Showing up counts
rejection-step-process = 1. Take time to process
rejection-step-feedback = 2. Ask for feedback — ready to copy
rejection-step-strengths = 3. Remember your strengths
rejection-step-reflect = 4. Reflect tomorrow
rejection-no-strengths = Your list is empty — add one today: `/strengths add text:...`. What would a former colleague thank you for?
rejection-reflect-tomorrow = Tomorrow at { $time } I will send you a few reflection questions by DM. When you are ready: `{ $command }`.

# One self-care suggestion per rejection, in turn (the first for a member's first
# rejection, and so on); keep seven.
rejection-self-care-1 = Step away from the search for the rest of today. A 20-minute walk outside helps the disappointment settle.
rejection-self-care-2 = Tell one person you trust how you feel — a friend, family, or someone here. Saying it out loud makes it lighter.
rejection-self-care-3 = Do one thing today that has nothing to do with work: cook something you love, play music, call someone who makes you laugh.
rejection-self-care-4 = Write down three things you did well in this process. You got this far for a reason.
rejection-self-care-5 = Take a proper evening off: no job boards, no inbox. The search will still be there tomorrow, and so will you.
rejection-self-care-6 = Move for 15 minutes — stretch, dance, take the stairs. It helps the body let go of the stress.
rejection-self-care-7 = Eat something good, drink some water and get an early night. Things look different after sleep.

## Sharing (what the member is told about it)

rejection-kept-private = Kept private
rejection-shared = Shared
rejection-no-support-channel = This community has no support channel yet, so your rejection was not shared. A moderator can set one with `/mod setup support_channel:#channel`.
rejection-not-posted = Nothing from this rejection was posted.
rejection-shared-anonymous = Posting anonymously to { $channel } as post { $number }. Nobody can see it was you.
rejection-shared-public = Posting to { $channel } as post { $number }, so peers can cheer you on.

## The post in the support channel (the community's language)

rejection-post-title-anonymous = A member shared a rejection
rejection-post-title = { $name } shared a rejection
# How far the member got, completing "just got a no …" below.
rejection-stage = { $stage ->
        [applied] on an application
        [screen] after a screening call
        [interview] after an interview
       *[final] after the final round
    }
rejection-post-anonymous = Someone in our community just got a no.
rejection-post-anonymous-stage = Someone in our community just got a no { $stage }.
rejection-post-public = @{ $name } just got a no.
rejection-post-public-stage = @{ $name } just got a no { $stage }.
rejection-post-public-from = @{ $name } just got a no from { $company }.
rejection-post-public-from-stage = @{ $name } just got a no from { $company } { $stage }.
# What the member wrote about it, quoted.
rejection-post-note = “{ $note }”
rejection-post-invite = If you have been there too, a few kind words go a long way.

## The next day's reflection prompt (a direct message)

rejection-prompt-title = A few questions, when you are ready
rejection-prompt-interview = How are you doing today? When you feel ready, a short reflection turns a hard day into something useful. Five minutes is enough:
rejection-prompt-interview-about = How are you doing today? When you feel ready, a short reflection about { $company } turns a hard day into something useful. Five minutes is enough:
rejection-prompt-interview-questions =
    • What went well?
    • What would you do differently next time?
    • How clear and confident did you feel (1-5)? And your body language (1-5)?
    • Did you follow up with a thank-you?
    • Was there a skill gap you could work on?
rejection-prompt-application = How are you doing today? When you feel ready, a short look back at your application makes the next one stronger. Five minutes is enough:
rejection-prompt-application-to = How are you doing today? When you feel ready, a short look back at your application to { $company } makes the next one stronger. Five minutes is enough:
rejection-prompt-application-questions =
    • What did your application do well?
    • How closely did your CV and cover letter match what the job description asked for?
    • What would you change next time: the CV, the cover letter, or the kind of roles you apply to?
    • Was there a requirement you could not show yet — a skill you could work on?
rejection-prompt-answer = Answer with `{ $command } went_well:... do_differently:... skill_gap:...` — a skill gap becomes a learning goal.
