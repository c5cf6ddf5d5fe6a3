# Rachas: /streak y /pause (bot/features/streaks: __init__.py, rules.py, heatmap.py)

## La racha en una línea (rules.streak_line), bajo un registro, logro, rechazo o check-in

streak-label = Racha
streak-label-yours = Tu racha
streak-line = { $label }: { $count ->
    [one] { $count } día
   *[other] { $count } días
} (mejor: { $best })
streak-line-banked = { $label }: { $count ->
    [one] { $count } día
   *[other] { $count } días
} (mejor: { $best }) · { $freezes ->
    [one] { $freezes } comodín guardado
   *[other] { $freezes } comodines guardados
}
streak-line-uncounted = { $label }: hoy no es uno de tus días que cuentan, así que la racha espera al siguiente — aun así, suma a tu total de { $total ->
    [one] { $total } día activo
   *[other] { $total } días activos
}.
streak-line-broken = { $label }: vuelve a empezar hoy — tu mejor marca sigue siendo { $best ->
    [one] { $best } día
   *[other] { $best } días
}.
streak-line-none = { $label }: registra cualquier cosa hoy para empezar una.
# $days: una lista de fechas cortas, como "lun 16 nov y mar 17 nov".
streak-freezes-kept = { $count ->
    [one] { $count } comodín mantuvo
   *[other] { $count } comodines mantuvieron
} viva tu racha durante { $days }.
streak-freezes-covering = { $count ->
    [one] { $count } comodín cubre
   *[other] { $count } comodines cubren
} { $days }: tu racha está a salvo. Registra algo hoy para mantenerla.
# Los símbolos son los de la tira de días; consérvalos, y los espacios anchos entre entradas.
streak-strip-legend = ■ activo   ❄ comodín usado   ‖ en pausa   – no cuenta   · perdido   ○ hoy

## /streak

streak-title-own = Tu racha
streak-title-other = La racha de { $name }
streak-not-found = { $name } aún no ha registrado nada aquí.
streak-private = @{ $name } mantiene su racha en privado. Aun así, un `/cheer` siempre le llega.
streak-field-current = Racha actual
streak-field-best = Mejor racha
streak-field-total = Días activos en total
streak-field-freezes = Comodines guardados
streak-field-strip = Últimos { $count } días
streak-field-counting = Días que cuentan
streak-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
streak-freezes-of = { $count } de { $max }
streak-counting-weekdays = solo de lunes a viernes (los fines de semana nunca rompen la racha)
streak-about-new = { $name } aún no ha registrado ningún día — un `/cheer` podría ser el empujón que necesita.
streak-about-restart = { $name } ha estado presente { $total ->
    [one] { $total } día
   *[other] { $total } días
} hasta ahora. Las rachas se reinician; un `/cheer` ayuda.
streak-about-going = { $name } lleva una racha de { $count ->
    [one] { $count } día
   *[other] { $count } días
}. Envíale un `/cheer` para que siga así.
streak-encourage-first = Toda racha empieza con un pequeño paso. Prueba `/log activity:applied`.
streak-encourage-break = Las rachas a veces se cortan — has estado presente { $total ->
    [one] { $total } día
   *[other] { $total } días
} hasta ahora, y ese esfuerzo sigue contando. Un pequeño paso hoy empieza una nueva racha.
streak-encourage-open = Todavía no has registrado nada hoy: un pequeño paso mantiene viva la racha.
streak-encourage-done = Hoy diste el paso. Eso es lo que importa.

## La imagen de mapa de calor de /streak (heatmap.py)

streak-heatmap-title = @{ $name } · últimas { $weeks } semanas
streak-heatmap-alt = Calendario de las últimas { $weeks } semanas de { $name }: { $active ->
    [one] { $active } día activo
   *[other] { $active } días activos
}, { $frozen } cubiertos por un comodín, { $paused } en pausa. Los cuadrados verdes son días activos; los azules con un copo de nieve, comodines; los morados huecos, días en pausa; y los grises, días perdidos.

## /pause

streak-pause-title = Pausa
streak-pause-both = Indica `days` u `off`, pero no ambos.
streak-pause-from-tomorrow = Hoy ya cuenta, así que tu descanso empieza mañana: en pausa desde el { $start } hasta el { $end }.
streak-pause-through = En pausa hasta el { $end } (incluido).
streak-pause-rest = Descansar también es parte del trabajo: estos días no romperán tu racha y los check-ins no te enviarán recordatorios. `/pause off` la termina antes.
streak-pause-started-title = Disfruta tu descanso
streak-pause-none = No estás en pausa.
streak-pause-none-hint = Empieza una con `/pause days:7`.
streak-pause-cancelled = Se canceló tu descanso del { $start }; todos los días cuentan como siempre.
streak-pause-cancelled-title = Pausa cancelada
streak-pause-ended = ¡Qué bueno tenerte de vuelta! Tu pausa terminó y hoy vuelve a contar.
streak-pause-ended-title = Pausa terminada
streak-pause-status-none = No estás en pausa. `/pause days:7` te da una semana libre (hasta { $max } días); los días en pausa nunca rompen tu racha.
streak-pause-status-upcoming = Tu descanso empieza el { $start } y dura hasta el { $end } (incluido). `/pause off` lo cancela.
streak-pause-status-active = Estás en pausa hasta el { $end } (incluido). `/pause off` la termina antes.
