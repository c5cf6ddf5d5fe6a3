# Pictures: labels drawn in the streak heatmap and the moderators' activity chart, and
# the chart's alt text (bot/core/pictures.py). Day and month names come from Babel.

## The heatmap's legend

picture-legend-active = active
picture-legend-frozen = freeze
picture-legend-paused = paused
picture-legend-missed = missed

## The activity chart (/mod stats)

picture-chart-title = { $community } · activity by week
picture-series-applications = applications
picture-series-interviews = interviews
picture-series-networking = networking
picture-series-skills = skills & prep
picture-series-wellbeing = well-being
picture-series-checkins = check-ins
picture-series-rejections = rejections
picture-series-wins = wins
# A series in the chart's legend, with its total over all weeks.
picture-chart-legend = { $series } ({ $count })
picture-chart-weeks-start = weeks start Monday
# $totals: the weekly totals (picture-chart-alt-week), $series: each series' total
# (picture-chart-alt-series), each list joined with ", ".
picture-chart-alt = Stacked bar chart of { $community }'s activity in each of the last { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}, by kind. Weekly totals: { $totals }. In all: { $series }.
picture-chart-alt-week = week of { $date } { $count }
picture-chart-alt-series = { $series } { $count }
picture-chart-alt-busiest = Busiest: the week of { $date }.
