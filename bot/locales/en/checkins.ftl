# Check-ins: /checkin, the /mod checkin-* commands (bot/features/checkins/__init__.py),
# and the runs: prompts, reminders and summaries (bot/features/checkins/runs.py).
# Prompts, summaries and answers posted in the channel are in the community's language;
# replies and reminders in the member's.

## /checkin

checkin-nothing-given = Tell the group at least one thing: what you did, what's next, a blocker or your mood.
checkin-nothing-given-hint = Like `/checkin did:"sent 2 applications" mood:4`.
checkin-muted = A moderator has muted you, so your answer cannot be posted in the channel.
checkin-muted-hint = Answer with `private:yes` — it still counts for your streak and the summary.
checkin-several-open = Several check-ins are open right now: { $channels }.
checkin-several-open-hint = Answer in the channel of the check-in you mean.
checkin-none-open = There is no open check-in to answer right now.
checkin-none-scheduled = No check-ins are scheduled; moderators can start one with `/mod checkin-schedule`.
# Also after `/mod setup timezone:` moves the schedules.
checkin-next-opens = The next one opens { $when } in { $channel }.

# A member's answer, posted under the prompt.
checkin-answer-title = { $name } checked in
checkin-answer-did = Did: { $text }
checkin-answer-next = Next: { $text }
checkin-answer-blocker = Blocker: { $text }
checkin-answer-mood = Mood: { $mood }/5 ({ $mood ->
        [1] rough
        [2] low
        [3] okay
        [4] good
       *[5] great
    })
checkin-answer-empty = Checked in.
# Replaces an answer its author made private (the platform deletes the message).
checkin-answer-withdrawn = (answer made private by its author)

# The reply to /checkin.
checkin-done-title = Checked in ✓
checkin-done = Thanks for checking in to { $channel }.
checkin-updated-title = Check-in updated
checkin-updated = Updated your answer for { $channel }.
checkin-update-until = You can update it until { $closes }.
checkin-share-posted = Posting it under the check-in in { $channel }.
checkin-share-removed = A moderator removed your answer from the channel, so this update is saved, not posted.
checkin-share-edited = Your answer in { $channel } is edited to match; no duplicate was posted.
checkin-share-withdrawn = Now private: I took your reply out of the thread and the summary's blockers.
checkin-share-private = Kept private: only the count of answers in the summary includes you.

## /mod checkin-schedule

checkin-no-channel = Which channel should the check-in go to? This community has no check-in channel yet.
checkin-no-channel-hint = Add `channel:#checkins`, or set the default once with `/mod setup checkin_channel:#checkins`.
checkin-weekly-needs-day = A weekly check-in needs a `day`.
checkin-weekly-needs-day-hint = Like `/mod checkin-schedule ... cadence:weekly day:mon time:09:00`.
checkin-day-only-weekly = { $cadence ->
        [daily] `day` is only for weekly check-ins; a daily one runs on every day.
       *[weekdays] `day` is only for weekly check-ins; a weekdays one runs on Monday to Friday.
    }
checkin-day-only-weekly-hint = Leave out `day`, or use `cadence:weekly`.
checkin-clash-same = Check-in { $number } already runs in { $channel } { $recurrence }.
checkin-clash-same-hint = `/mod checkin-cancel id:{ $number }` first if you want to change it.
checkin-clash = Check-in { $number } already runs in { $channel } { $recurrence }, so this { $cadence ->
        [daily] daily
        [weekdays] weekdays
       *[weekly] weekly
    } one would post two prompts at once there.
checkin-clash-hint = Cancel it first with `/mod checkin-cancel id:{ $number }` and schedule this one again, or pick another time or channel.
checkin-schedule-crisis-title = Check-in not scheduled
checkin-schedule-crisis = I did not schedule this check-in: its prompt is posted to the whole channel, and a prompt never carries words about suicide or self-harm. Schedule it again with other words, or without `prompt:` to ask the default question.
checkin-scheduled-title = Check-in scheduled
checkin-scheduled = Check-in { $number } will run in { $channel } { $recurrence } ({ $zone }).
checkin-scheduled-first = First one: { $when }.
checkin-scheduled-closes-next = Each one closes when the next one opens, and I post its summary then. Members with reminders on get one nudge before it closes.
checkin-scheduled-closes-after = Each one closes after { $hours } hours, or when the next one opens if that is sooner, and I post its summary then. Members with reminders on get one nudge before it closes.
checkin-scheduled-neighbour = Note: check-in { $number } also runs in { $channel } { $recurrence }. A check-in closes as soon as the next one in the same channel opens; `/mod checkin-cancel id:{ $number }` stops that one.
# The moderators' audit log.
checkin-audit-scheduled = id { $number }: { $recurrence } { $zone }
checkin-audit-target = check-in { $number }

## /mod checkin-schedules

checkin-list-title = Check-in schedules
checkin-list-field = Check-in { $number }
# Where and when a schedule runs (also in /mod checkin-cancel).
checkin-where-when = { $channel }, { $recurrence }
checkin-list-summary-after = summary after { $hours }h
checkin-list-next = next: { $when }
checkin-list-not-planned = next: not planned
checkin-list-prompt = prompt: "{ $prompt }"
checkin-list-open-title = Open now
checkin-list-open = { $channel } until { $until } · { $count } answered
checkin-list-open-no-close = { $channel } until its summary · { $count } answered
checkin-list-none = No check-ins are scheduled. Start a rhythm with `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`.
checkin-list-how = Times are in the community's timezone, { $zone }. Cancel one with `/mod checkin-cancel id:n`.

## /mod checkin-cancel

checkin-cancel-unknown = There is no check-in schedule { $id } here.
checkin-cancel-unknown-hint = `/mod checkin-schedules` lists them with their ids.
checkin-cancel-already = Check-in { $number } is already cancelled.
checkin-cancelled-title = Check-in cancelled
checkin-cancelled = Cancelled check-in { $number } ({ $what }). No more prompts will be posted.
checkin-cancelled-closed = The open one was closed and its summary posted.

## /mod checkin-now

checkin-now-title = Check-in opened
checkin-now-opened = Check-in opened in { $channel }. It closes { $closes }, and I post its summary then.
checkin-now-busy = { $which ->
        [extra] An extra check-in
       *[scheduled] Check-in { $number }
    } is open in { $channel } until { $until }, and members were told they can answer until then, so I did not open another one there.
checkin-now-busy-hint = Members can answer it now with `/checkin`. Once it closes, `/mod checkin-now` opens an extra one; another channel works right away.

## A new community timezone (the reply to /mod setup timezone:)

checkin-zone-moved = { $count ->
        [one] { $count } check-in schedule now runs
       *[other] { $count } check-in schedules now run
    } at { $times } { $zone }.
# Two or more times of day: `08:00, 09:00 and 17:30` ($first: all but the last, comma-separated).
checkin-zone-times = { $first } and { $last }
checkin-zone-sooner = The check-in open in { $channel } now closes { $when }, when the next one opens.

## The prompt (runs.py)

checkin-prompt-title = Check-in · { $period }
checkin-prompt-title-late = Check-in · { $period } (posted late)
checkin-period-extra = { $when } (extra)
checkin-period-extra-n = { $when } (extra { $n })
checkin-prompt-default = How is your search going? Share what you did, what's next and anything in your way.
checkin-how-to-answer = Answer with `/checkin did:... next:... blocker:... mood:1-5` — add `private:yes` to keep it between you and me. It counts for your streak.
checkin-open-until = Open until { $when }.
checkin-late = Sorry this one is late — I was offline when it was due ({ $when }).
checkin-button = Check in

## The reminder, by direct message

checkin-remind-title = A friendly check-in nudge
checkin-remind =
    The check-in in { $channel } closes at { $when }. Two lines are plenty: `/checkin did:... next:...` — add `private:yes` to keep it to yourself.
    Not now? `/pause` takes a break, and `/settings reminders:off` stops these.

## The summary

checkin-summary-title = Check-in summary · { $period }
checkin-summary-offline = I was offline for this whole check-in, so no prompt went out — here is what the community did anyway.
checkin-summary-answers = { $count ->
        [one] { $count } member
       *[other] { $count } members
    } checked in. Thank you for showing up.
checkin-summary-nobody = Nobody checked in this time — that's okay, the next one is a fresh start.
checkin-summary-logged = Logged this period: { $applied ->
        [one] { $applied } application
       *[other] { $applied } applications
    }, { $interviews ->
        [one] { $interviews } interview
       *[other] { $interviews } interviews
    }, { $wins ->
        [one] { $wins } win
       *[other] { $wins } wins
    }.
checkin-summary-nothing-logged = Nothing logged this period — rest counts too.
checkin-summary-mood = Average mood: { NUMBER($mood, minimumFractionDigits: 1) }/5.
checkin-summary-blockers = Blockers — can anyone help?
checkin-summary-blocker = • { $name }: { $blocker }
checkin-summary-more-blockers = …and { $count } more
# The weekly goal: $bar is ▰▰▰▱▱▱▱▱▱▱, $done/$goal counts applications.
checkin-goal-this-week = { $reached ->
        [yes] This week so far: { $bar } { $done }/{ $goal } applications — goal reached, well done everyone!
       *[no] This week so far: { $bar } { $done }/{ $goal } applications
    }
checkin-goal-week-of = { $reached ->
        [yes] Week of { $day }: { $bar } { $done }/{ $goal } applications — goal reached, well done everyone!
       *[no] Week of { $day }: { $bar } { $done }/{ $goal } applications
    }
# One of these closes each summary, in turn.
checkin-encourage-steps = Small steps, repeated, add up to a job. See you at the next check-in.
checkin-encourage-ticket = Every application is a ticket in the draw — and every rejection is data, not a verdict.
checkin-encourage-showing-up = Showing up is the hard part, and this group keeps doing it.
checkin-encourage-invisible = Progress in a job search is often invisible until it isn't. Keep going.
checkin-encourage-rest = Rest counts too. Look after yourselves, and each other.
