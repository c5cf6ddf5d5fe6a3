# `/stats` (bot/features/stats): el camino de un miembro, en números.

stats-title = Tu camino
stats-applications = Candidaturas
stats-interviews = Entrevistas
stats-offers = Ofertas
stats-rejections = Rechazos
stats-reflections = Reflexiones
stats-wins = Logros
stats-cheers-given = Ánimos dados
stats-cheers-received = Ánimos recibidos
stats-current-streak = Racha actual
stats-best-streak = Mejor racha
stats-active-days = Días activos
stats-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
stats-rejections-only-you = Eres la única persona aquí que registró un rechazo este mes, y seguiste adelante. Toda búsqueda de empleo está hecha sobre todo de rechazos; dicen muy poco de tu valía.
stats-rejections-nobody = Nadie aquí ha registrado un rechazo este mes todavía. Cuando pase, recuerda que toda búsqueda de empleo está hecha sobre todo de rechazos, y que dicen muy poco de tu valía.
stats-rejections-members = { $count ->
    [one] { $count } persona registró un rechazo este mes: no te pasa solo a ti.
   *[other] { $count } personas registraron un rechazo este mes: no te pasa solo a ti.
}
