# `/undo` (bot/features/undo): taking back the last entry of the last 24 hours.

undo-nothing = There is nothing from the last 24 hours to undo. `/undo` takes back your latest log, win, rejection, reflection or check-in answer for a day after you made it.
undo-nothing-title = Nothing to undo
undo-title = Undone
# $entry: what was removed, as `undo-entry` and the lines below describe it.
undo-removed = Removed { $entry }.
# When an entry was made: $day is today, yesterday or other (then $date says it).
undo-when = { $day ->
    [today] today at { $time }
    [yesterday] yesterday at { $time }
   *[other] { $date } at { $time }
}
undo-entry = { $kind ->
    [log] your log from { $when }
    [checkin] your check-in answer from { $when }
    [win] your win from { $when }
    [rejection] your rejection from { $when }
   *[reflection] your reflection from { $when }
}
# $what: the activity logged, like `networked ×3`; $where: its company and role.
undo-entry-log = { $entry }: { $what }
undo-entry-log-where = { $entry }: { $what } — { $where }
undo-entry-win-removed = { $entry } (a moderator had removed its text)
undo-entry-quote = { $entry }: “{ $text }”
# $place: the company, or the check-in's channel.
undo-entry-at = { $entry } ({ $place })
undo-post-withdrawn = { $anonymous ->
    [yes] Its anonymous post in { $channel } was withdrawn.
   *[no] Its post in { $channel } was withdrawn.
}
undo-post-withdrawn-unknown = { $anonymous ->
    [yes] Its anonymous post in its channel was withdrawn.
   *[no] Its post in its channel was withdrawn.
}
undo-learning-goal-removed = The learning goal it added, “{ $text }”, is removed too.
undo-prompt-cancelled = The reflection prompt planned for it is cancelled.
undo-app-untracked = { $company } is no longer tracked as an application.
undo-app-back = Your application to { $company } is back at the { $stage } stage.
undo-streak-now = { $count ->
    [one] Your streak is now { $count } day.
   *[other] Your streak is now { $count } days.
}
undo-streak-paused = { $count ->
    [one] Your streak is at 0 days for now; your { $count } active day still counts.
   *[other] Your streak is at 0 days for now; your { $count } active days still count.
}
undo-streak-reset = Your streak is back at 0 days: any entry today starts it again.
