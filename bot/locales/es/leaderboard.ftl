# /leaderboard (bot/features/leaderboard)

leaderboard-title = Clasificación
leaderboard-field-streaks = Mejores rachas actuales
leaderboard-field-cheers = Quienes más animan (ánimos dados)
# Un puesto por debajo de las medallas: "4."
leaderboard-rank = { $rank }.
leaderboard-row-streak = { $mark } @{ $name } — { $count ->
    [one] { $count } día
   *[other] { $count } días
}
leaderboard-row-cheers = { $mark } @{ $name } — { $count ->
    [one] { $count } ánimo
   *[other] { $count } ánimos
}
leaderboard-no-streaks = Aún no hay rachas — un `/log` empieza la tuya.
leaderboard-no-cheers = Aún no hay ánimos — `/cheer member:@name` envía los primeros.
leaderboard-shown = Aquí celebramos seguir presentes y levantarnos el ánimo unos a otros.
leaderboard-hidden = No apareces en la clasificación; `/settings leaderboard:on` te muestra.
