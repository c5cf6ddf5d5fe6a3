# Imagens: rótulos desenhados no mapa da sequência e no gráfico de atividade da moderação,
# e o texto alternativo do gráfico (bot/core/pictures.py). Nomes de dias e meses vêm do Babel.

## A legenda do mapa

picture-legend-active = ativo
picture-legend-frozen = proteção
picture-legend-paused = pausa
picture-legend-missed = perdido

## O gráfico de atividade (/mod stats)

picture-chart-title = { $community } · atividade por semana
picture-series-applications = candidaturas
picture-series-interviews = entrevistas
picture-series-networking = networking
picture-series-skills = preparação
picture-series-wellbeing = bem-estar
picture-series-checkins = check-ins
picture-series-rejections = rejeições
picture-series-wins = conquistas
# Uma série na legenda do gráfico, com o total de todas as semanas.
picture-chart-legend = { $series } ({ $count })
picture-chart-weeks-start = semanas: seg.–dom.
# $totals: os totais semanais (picture-chart-alt-week), $series: o total de cada série
# (picture-chart-alt-series), cada lista unida com ", ".
picture-chart-alt = Gráfico de barras empilhadas da atividade de { $community } { $weeks ->
    [one] na última semana
   *[other] em cada uma das últimas { $weeks } semanas
}, por tipo. Totais semanais: { $totals }. No total: { $series }.
picture-chart-alt-week = semana de { $date }: { $count }
picture-chart-alt-series = { $series }: { $count }
picture-chart-alt-busiest = A mais movimentada: a semana de { $date }.
