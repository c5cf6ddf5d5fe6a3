# /leaderboard (bot/features/leaderboard)

leaderboard-title = Leaderboard
leaderboard-field-streaks = Top current streaks
leaderboard-field-cheers = Top encouragers (cheers given)
# A rank below the medals: "4."
leaderboard-rank = { $rank }.
leaderboard-row-streak = { $mark } @{ $name } — { $count ->
    [one] { $count } day
   *[other] { $count } days
}
leaderboard-row-cheers = { $mark } @{ $name } — { $count ->
    [one] { $count } cheer
   *[other] { $count } cheers
}
leaderboard-no-streaks = No streaks yet — one `/log` starts yours.
leaderboard-no-cheers = No cheers yet — `/cheer member:@name` sends the first.
leaderboard-shown = Showing up and lifting each other up is what we celebrate here.
leaderboard-hidden = You are hidden from the leaderboard; `/settings leaderboard:on` shows you.
