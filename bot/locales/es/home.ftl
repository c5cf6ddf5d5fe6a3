# La pestaña de inicio del miembro (bot/features/home). `$log`, `$help`, `$goal`, `$win`,
# `$wins`: un comando tal como lo escriben los miembros en su plataforma, con un ejemplo,
# como `/log applied`.

home-title = Tu Rebound
home-how-to = Los pasos pequeños cuentan. Registra uno con { $log } y mira todos los comandos con { $help }.
home-streak-title = Tu racha
home-first-streak = Toda racha empieza con un pequeño paso: una candidatura, una charla de networking, una hora de aprendizaje. Prueba { $log }.
home-goals-title = Metas de esta semana
home-first-goals = Fija una meta pequeña y constante con { $goal }.
home-nudge-start = Toda racha empieza con un pequeño paso. Prueba { $log }.
home-nudge-today = Hoy cuenta ✓: diste el paso.
home-nudge-break = { $count ->
    [one] Las pausas pasan: tu { $count } día activo sigue contando. Un pequeño paso hoy empieza una racha nueva.
   *[other] Las pausas pasan: tus { $count } días activos siguen contando. Un pequeño paso hoy empieza una racha nueva.
}
home-nudge-keep = Hoy todavía no hay nada registrado: un pequeño paso mantiene viva la racha.
home-goals-none = Todavía no hay metas. Las metas pequeñas y constantes ganan a las grandes: { $goal }.
home-goal = { $kind }: { $done }/{ $target }
home-goal-met = { $kind }: { $done }/{ $target } ✓
home-learning-goal = aprendizaje: { $text }
home-wins-title = Logros recientes
home-wins-none = Todavía no hay logros registrados. Cuentan aunque sean pequeños: la respuesta de un reclutador, una invitación a una entrevista. { $win } registra uno.
home-wins-read = Vuelve a leerlos en los días difíciles. { $wins } los muestra todos.
