# Practice buddies: /buddy join|leave|status, the pairing DMs and /mod pair
# (bot/features/buddies). Purpose codes (mock-interview, resume-review, networking) and
# option names stay English in every language: members type them.

buddy-title = Practice buddies
# What a member joined for, completing the sentences below.
buddy-purpose = { $purpose ->
        [mock-interview] mock interviews
        [resume-review] CV and profile reviews
        [networking] networking
       *[none] practice
    }

## The DM introducing a member's buddy for the round

buddy-pair-title = Your practice buddy 🤝
buddy-meet = Meet @{ $name }, your practice buddy this week.
buddy-pair-purpose = You are paired for { $purpose }.
buddy-pair-mixed = You joined for { $mine } and they joined for { $theirs } — try one session of each.
buddy-tz-same = You share a time zone, so finding a slot should be easy.
buddy-tz-ahead = Their clock is { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } ahead of yours ({ $zone }), so pick a time that suits you both.
buddy-tz-behind = Their clock is { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } behind yours ({ $zone }), so pick a time that suits you both.
buddy-say-hello = First step: send @{ $name } a hello today.
buddy-first-step = { $purpose ->
        [mock-interview] Book 45 minutes this week. Each of you brings one real job ad; take turns asking three questions from it, then share one thing that worked and one to improve.
        [resume-review] Swap CVs or LinkedIn profiles today. Each of you marks the three lines a recruiter would remember and one line to cut, then talk it through for 20 minutes.
        [networking] Trade lists of three people or companies you want to reach, and each draft one message for the other to review (`/template name:network-reach-out` is a good start).
       *[none] Agree on one 30-minute session this week: a mock interview, a CV swap, or an hour of applying side by side on a call.
    }

## The DM to the member who sits a round out

buddy-left-out-title = No buddy this round
buddy-left-out-alone = You are the only one signed up right now, so there was nobody to pair you with yet.
buddy-left-out-odd = This round had an odd number of people, so one person had to wait — that is just the arithmetic, nothing about you.
buddy-left-out-promise = You go first in the next round, I promise.
buddy-left-out-meanwhile = Meanwhile: `/prep company:...` for your next interview, or cheer someone in the support channel — it helps both of you.

## /buddy join, /buddy leave, /buddy status

buddy-next-manual = Pairing runs when a moderator starts it with `/mod pair`.
buddy-next = Next pairing: { $when } (your time).
buddy-joined = You are in for { $purpose }. I will introduce you to a buddy by DM.
buddy-rejoined = You were already in; your purpose is now { $purpose }.
buddy-leave-any-time = `/buddy leave` opts out any time.
buddy-not-joined = You are not signed up for buddies.
buddy-not-joined-hint = `/buddy join` signs you up.
buddy-left = You will not be paired from now on. Thank you for practising with others — `/buddy join` brings you back whenever you like.
buddy-status-not-joined = You are not signed up. `/buddy join purpose:mock-interview` (or resume-review, networking) pairs you with someone each week.
buddy-field-purpose = Purpose
buddy-field-current = Current buddy
buddy-current-waiting = none this round — you go first next time
buddy-current-none = not paired yet

## /mod pair

buddy-pairing-title = Buddy pairing
buddy-scheduled-title = Buddy pairing scheduled
buddy-day-time-alone = `day` and `time` go with `schedule:weekly`.
buddy-day-time-alone-hint = Like `/mod pair schedule:weekly day:mon time:09:00`; `/mod pair` alone pairs now.
buddy-confirm-with-schedule = `confirm` goes with `/mod pair` alone, to pair again soon after a round.
buddy-confirm-with-schedule-hint = Like `/mod pair schedule:{ $schedule }`.
buddy-schedule-off = Weekly pairing is off.
buddy-schedule-was-off = Weekly pairing was not scheduled.
buddy-scheduled = Pairing will run every { $day } at { $time } ({ $zone }). Next: { $next }.
buddy-repeat = Round { $round } ran on { $when }, less than a week ago; another round now would give everyone a new buddy and a new message. Nothing was changed.
buddy-repeat-hint = To pair again anyway: `/mod pair confirm:yes`.
buddy-nobody = Nobody has joined yet. Members opt in with `/buddy join`.
buddy-round-title = Round { $round }: { $count ->
        [one] { $count } pair
       *[other] { $count } pairs
    }
buddy-waits = @{ $name } waits this round and goes first next time.
buddy-everyone-told = Everyone got a direct message.

# The moderators' audit log (`/mod audit`), in the community's language.
buddy-audit-round = round { $round }
buddy-audit-nobody = nobody enrolled
buddy-audit-weekly = weekly on { $day } at { $time }
buddy-audit-off = weekly pairing off
