# /leaderboard (bot/features/leaderboard)

leaderboard-title = Classement
leaderboard-field-streaks = Meilleures séries en cours
leaderboard-field-cheers = Membres les plus encourageants (encouragements donnés)
# Un rang sous les médailles : "4."
leaderboard-rank = { $rank }.
leaderboard-row-streak = { $mark } @{ $name } — { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
leaderboard-row-cheers = { $mark } @{ $name } — { $count ->
    [one] { $count } encouragement
    [many] { $count } d'encouragements
   *[other] { $count } encouragements
}
leaderboard-no-streaks = Pas encore de séries — un `/log` lance la tienne.
leaderboard-no-cheers = Pas encore d'encouragements — `/cheer member:@name` envoie le premier.
leaderboard-shown = Être là et se soutenir les uns les autres : voilà ce qu'on célèbre ici.
leaderboard-hidden = Tu n'apparais pas dans le classement ; `/settings leaderboard:on` t'y fait apparaître.
