# Bilder: Beschriftungen in der Serien-Heatmap und im Aktivitätsdiagramm für die
# Moderation sowie der Alternativtext des Diagramms (bot/core/pictures.py). Tages- und
# Monatsnamen kommen von Babel.

## Die Legende der Heatmap

picture-legend-active = aktiv
picture-legend-frozen = Schutz
picture-legend-paused = Pause
picture-legend-missed = verpasst

## Das Aktivitätsdiagramm (/mod stats)

picture-chart-title = { $community } · Aktivität pro Woche
picture-series-applications = Bewerbungen
picture-series-interviews = Gespräche
picture-series-networking = Networking
picture-series-skills = Vorbereitung
picture-series-wellbeing = Wohlbefinden
picture-series-checkins = Check-ins
picture-series-rejections = Absagen
picture-series-wins = Erfolge
# Eine Reihe in der Legende des Diagramms, mit ihrer Summe über alle Wochen.
picture-chart-legend = { $series } ({ $count })
picture-chart-weeks-start = Wochen: Mo–So
# $totals: die Wochensummen (picture-chart-alt-week), $series: die Summe jeder Reihe
# (picture-chart-alt-series), jede Liste mit ", " verbunden.
picture-chart-alt = Gestapeltes Balkendiagramm der Aktivität in { $community } { $weeks ->
    [one] in der letzten Woche
   *[other] in jeder der letzten { $weeks } Wochen
}, nach Art. Wochensummen: { $totals }. Insgesamt: { $series }.
picture-chart-alt-week = Woche vom { $date }: { $count }
picture-chart-alt-series = { $series }: { $count }
picture-chart-alt-busiest = Am aktivsten: die Woche vom { $date }.
