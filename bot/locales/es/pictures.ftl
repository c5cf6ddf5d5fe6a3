# Imágenes: etiquetas dibujadas en el mapa de la racha y en el gráfico de actividad del
# equipo de moderación, y el texto alternativo del gráfico (bot/core/pictures.py). Los
# nombres de días y meses vienen de Babel.

## La leyenda del mapa

picture-legend-active = activo
picture-legend-frozen = comodín
picture-legend-paused = pausa
picture-legend-missed = perdido

## El gráfico de actividad (/mod stats)

picture-chart-title = { $community } · actividad por semana
picture-series-applications = candidaturas
picture-series-interviews = entrevistas
picture-series-networking = networking
picture-series-skills = preparación
picture-series-wellbeing = bienestar
picture-series-checkins = check-ins
picture-series-rejections = rechazos
picture-series-wins = logros
# Una serie en la leyenda del gráfico, con su total de todas las semanas.
picture-chart-legend = { $series } ({ $count })
picture-chart-weeks-start = semanas: lun.–dom.
# $totals: los totales semanales (picture-chart-alt-week), $series: el total de cada serie
# (picture-chart-alt-series), cada lista unida con ", ".
picture-chart-alt = Gráfico de barras apiladas con la actividad de { $community } { $weeks ->
    [one] en la última semana
   *[other] en cada una de las últimas { $weeks } semanas
}, por tipo. Totales semanales: { $totals }. En total: { $series }.
picture-chart-alt-week = semana del { $date }: { $count }
picture-chart-alt-series = { $series }: { $count }
picture-chart-alt-busiest = La más activa: la semana del { $date }.
