# /leaderboard (bot/features/leaderboard)

leaderboard-title = Ranking
leaderboard-field-streaks = Maiores sequências atuais
leaderboard-field-cheers = Quem mais incentiva (incentivos dados)
# Uma posição abaixo das medalhas: "4."
leaderboard-rank = { $rank }.
leaderboard-row-streak = { $mark } @{ $name } — { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
leaderboard-row-cheers = { $mark } @{ $name } — { $count ->
    [one] { $count } incentivo
    [many] { $count } de incentivos
   *[other] { $count } incentivos
}
leaderboard-no-streaks = Ainda não há sequências — um `/log` começa a sua.
leaderboard-no-cheers = Ainda não há incentivos — `/cheer member:@name` manda o primeiro.
leaderboard-shown = Marcar presença e apoiar uns aos outros: é isso que celebramos aqui.
leaderboard-hidden = Você não aparece no ranking; `/settings leaderboard:on` mostra você.
