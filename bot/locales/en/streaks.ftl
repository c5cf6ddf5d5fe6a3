# Streaks: /streak and /pause (bot/features/streaks: __init__.py, rules.py, heatmap.py)

## The streak in one line (rules.streak_line), under a log, win, rejection or check-in

streak-label = Streak
streak-label-yours = Your streak
streak-line = { $label }: { $count ->
    [one] { $count } day
   *[other] { $count } days
} (best { $best })
streak-line-banked = { $label }: { $count ->
    [one] { $count } day
   *[other] { $count } days
} (best { $best }) · { $freezes ->
    [one] { $freezes } freeze
   *[other] { $freezes } freezes
} banked
streak-line-uncounted = { $label }: today is outside your counted days, so the streak waits for the next one — it still adds to your { $total ->
    [one] { $total } active day
   *[other] { $total } active days
}.
streak-line-broken = { $label }: starts again today — your best is still { $best ->
    [one] { $best } day
   *[other] { $best } days
}.
streak-line-none = { $label }: log anything today to start one.
# $days: a list of short dates, like "Mon 16 Nov and Tue 17 Nov".
streak-freezes-kept = { $count ->
    [one] { $count } freeze
   *[other] { $count } freezes
} kept your streak going through { $days }.
streak-freezes-covering = { $count ->
    [one] { $count } freeze is
   *[other] { $count } freezes are
} covering { $days } — your streak is safe. Log something today to keep it.
# The symbols are those of the day strip; keep them, and the wide spaces between entries.
streak-strip-legend = ■ active   ❄ freeze used   ‖ paused   – not counted   · missed   ○ today

## /streak

streak-title-own = Your streak
streak-title-other = { $name }'s streak
streak-not-found = { $name } has not logged anything here yet.
streak-private = @{ $name } keeps their streak private. A `/cheer` always reaches them, though.
streak-field-current = Current streak
streak-field-best = Best streak
streak-field-total = Active days in all
streak-field-freezes = Freezes banked
streak-field-strip = Last { $count } days
streak-field-counting = Counting
streak-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
streak-freezes-of = { $count } of { $max }
streak-counting-weekdays = weekdays only (weekends never break the streak)
streak-about-new = { $name } has not logged a day yet — a `/cheer` could be the nudge they need.
streak-about-restart = { $name } has shown up on { $total ->
    [one] { $total } day
   *[other] { $total } days
} so far. Streaks restart; a `/cheer` helps.
streak-about-going = { $name } is on a { $count }-day streak. Send a `/cheer` to keep them going.
streak-encourage-first = Every streak starts with one small step. Try `/log activity:applied`.
streak-encourage-break = Breaks happen — you have shown up on { $total ->
    [one] { $total } day
   *[other] { $total } days
} so far, and that effort still counts. One small step today starts a new streak.
streak-encourage-open = Nothing logged yet today: one small step keeps the streak going.
streak-encourage-done = You showed up today. That is what matters.

## The heatmap picture of /streak (heatmap.py)

streak-heatmap-title = @{ $name } · last { $weeks } weeks
streak-heatmap-alt = Calendar of the last { $weeks } weeks for { $name }: { $active ->
    [one] { $active } active day
   *[other] { $active } active days
}, { $frozen } covered by a freeze, { $paused } paused. Green squares are active days, blue squares with a snowflake are freezes, hollow purple squares are paused days, grey squares are missed days.

## /pause

streak-pause-title = Pause
streak-pause-both = Give either `days` or `off`, not both.
streak-pause-from-tomorrow = Today already counts, so your break starts tomorrow: paused from { $start } through { $end }.
streak-pause-through = Paused through { $end }.
streak-pause-rest = Rest is part of the work: these days will not break your streak, and check-ins will not remind you. `/pause off` ends it early.
streak-pause-started-title = Enjoy your break
streak-pause-none = You are not on a pause.
streak-pause-none-hint = Start one with `/pause days:7`.
streak-pause-cancelled = Your break from { $start } is cancelled; every day counts as usual.
streak-pause-cancelled-title = Pause cancelled
streak-pause-ended = Welcome back! Your pause is over and today counts again.
streak-pause-ended-title = Pause ended
streak-pause-status-none = You are not on a pause. `/pause days:7` takes a week off (up to { $max } days); paused days never break your streak.
streak-pause-status-upcoming = Your break starts { $start } and runs through { $end } (inclusive). `/pause off` cancels it.
streak-pause-status-active = You are paused until { $end } (inclusive). `/pause off` ends it early.
