# Images : libellés dessinés dans la carte de la série et dans le graphique d'activité de la
# modération, et le texte alternatif du graphique (bot/core/pictures.py). Les noms des jours
# et des mois viennent de Babel.

## La légende de la carte

picture-legend-active = actif
picture-legend-frozen = gel
picture-legend-paused = pause
picture-legend-missed = manqué

## Le graphique d'activité (/mod stats)

picture-chart-title = { $community } · activité par semaine
picture-series-applications = candidatures
picture-series-interviews = entretiens
picture-series-networking = réseautage
picture-series-skills = préparation
picture-series-wellbeing = bien-être
picture-series-checkins = check-ins
picture-series-rejections = refus
picture-series-wins = victoires
# Une série dans la légende du graphique, avec son total sur toutes les semaines.
picture-chart-legend = { $series } ({ $count })
picture-chart-weeks-start = semaines : lun.–dim.
# $totals : les totaux hebdomadaires (picture-chart-alt-week), $series : le total de chaque
# série (picture-chart-alt-series), chaque liste jointe par ", ".
picture-chart-alt = Graphique en barres empilées de l'activité de { $community } { $weeks ->
    [one] sur la dernière semaine
   *[other] sur chacune des { $weeks } dernières semaines
}, par type. Totaux hebdomadaires : { $totals }. Au total : { $series }.
picture-chart-alt-week = semaine du { $date } : { $count }
picture-chart-alt-series = { $series } : { $count }
picture-chart-alt-busiest = La plus active : la semaine du { $date }.
