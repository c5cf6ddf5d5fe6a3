# /leaderboard (bot/features/leaderboard)

leaderboard-title = Bestenliste
leaderboard-field-streaks = Längste aktuelle Serien
leaderboard-field-cheers = Wer am meisten ermutigt (Zuspruch gegeben)
# Ein Platz unterhalb der Medaillen: "4."
leaderboard-rank = { $rank }.
leaderboard-row-streak = { $mark } @{ $name } – { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
leaderboard-row-cheers = { $mark } @{ $name } – { $count }× Zuspruch
leaderboard-no-streaks = Noch keine Serien – ein `/log` startet deine.
leaderboard-no-cheers = Noch kein Zuspruch – `/cheer member:@name` macht den Anfang.
leaderboard-shown = Dranbleiben und einander aufbauen – das feiern wir hier.
leaderboard-hidden = Du bist in der Bestenliste ausgeblendet; mit `/settings leaderboard:on` erscheinst du wieder.
