# The member's home tab (bot/features/home). `$log`, `$help`, `$goal`, `$win`, `$wins`:
# a command as members type it on their platform, with an example, like `/log applied`.

home-title = Your Rebound
home-how-to = Small steps count. Log one with { $log }, see every command with { $help }.
home-streak-title = Your streak
home-first-streak = Every streak starts with one small step — an application, a networking chat, an hour of learning. Try { $log }.
home-goals-title = This week's goals
home-first-goals = Set a small, steady target with { $goal }.
home-nudge-start = Every streak starts with one small step. Try { $log }.
home-nudge-today = Today counts ✓ — you showed up.
home-nudge-break = { $count ->
    [one] Breaks happen — your { $count } active day still counts. One small step today starts a new streak.
   *[other] Breaks happen — your { $count } active days still count. One small step today starts a new streak.
}
home-nudge-keep = Nothing logged yet today: one small step keeps the streak going.
home-goals-none = No goals yet. Small, steady targets beat big ones: { $goal }.
home-goal = { $kind }: { $done }/{ $target }
home-goal-met = { $kind }: { $done }/{ $target } ✓
home-learning-goal = learning: { $text }
home-wins-title = Recent wins
home-wins-none = No wins recorded yet. They count even when small — a recruiter's reply, an interview invite. { $win } records one.
home-wins-read = Read these on the hard days. { $wins } lists them all.
