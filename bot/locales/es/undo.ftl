# `/undo` (bot/features/undo): retirar la última entrada de las últimas 24 horas.

undo-nothing = No hay nada de las últimas 24 horas que deshacer. `/undo` retira tu último registro, logro, rechazo, reflexión o respuesta de check-in hasta un día después de hacerlo.
undo-nothing-title = Nada que deshacer
undo-title = Deshecho
# $entry: lo que se quitó, tal como lo describen `undo-entry` y las líneas de abajo.
undo-removed = Quité { $entry }.
# Cuándo se hizo una entrada: $day es today, yesterday u other (entonces lo dice $date).
undo-when = { $day ->
    [today] hoy a las { $time }
    [yesterday] ayer a las { $time }
   *[other] el { $date } a las { $time }
}
undo-entry = { $kind ->
    [log] el registro que hiciste { $when }
    [checkin] la respuesta de check-in que diste { $when }
    [win] el logro que registraste { $when }
    [rejection] el rechazo que registraste { $when }
   *[reflection] la reflexión que escribiste { $when }
}
# $what: la actividad registrada, como `networking ×3`; $where: su empresa y su puesto.
undo-entry-log = { $entry }: { $what }
undo-entry-log-where = { $entry }: { $what } — { $where }
undo-entry-win-removed = { $entry } (el equipo de moderación había quitado su texto)
undo-entry-quote = { $entry }: “{ $text }”
# $place: la empresa, o el canal del check-in.
undo-entry-at = { $entry } ({ $place })
undo-post-withdrawn = { $anonymous ->
    [yes] Su publicación anónima en { $channel } se retiró.
   *[no] Su publicación en { $channel } se retiró.
}
undo-post-withdrawn-unknown = { $anonymous ->
    [yes] Su publicación anónima en su canal se retiró.
   *[no] Su publicación en su canal se retiró.
}
undo-learning-goal-removed = La meta de aprendizaje que había añadido, “{ $text }”, también se quitó.
undo-prompt-cancelled = Las preguntas de reflexión que tenía programadas se cancelaron.
undo-app-untracked = { $company } ya no figura como candidatura.
undo-app-back = Tu candidatura a { $company } vuelve a la etapa de { $stage }.
undo-streak-now = { $count ->
    [one] Tu racha ahora es de { $count } día.
   *[other] Tu racha ahora es de { $count } días.
}
undo-streak-paused = { $count ->
    [one] Por ahora tu racha está en 0 días; tu { $count } día activo sigue contando.
   *[other] Por ahora tu racha está en 0 días; tus { $count } días activos siguen contando.
}
undo-streak-reset = Tu racha vuelve a 0 días: cualquier registro de hoy la pone en marcha otra vez.
