# Check-ins: /checkin, los comandos /mod checkin-* (bot/features/checkins/__init__.py)
# y sus ejecuciones: preguntas, recordatorios y resúmenes (bot/features/checkins/runs.py).
# Las preguntas, los resúmenes y las respuestas publicadas en el canal van en el idioma de la
# comunidad; las respuestas privadas y los recordatorios, en el del miembro.

## /checkin

checkin-nothing-given = Cuéntale al grupo al menos una cosa: qué hiciste, qué sigue, un obstáculo o tu ánimo.
checkin-nothing-given-hint = Por ejemplo `/checkin did:"envié 2 candidaturas" mood:4`.
checkin-muted = El equipo de moderación te ha silenciado, así que tu respuesta no se puede publicar en el canal.
checkin-muted-hint = Responde con `private:yes`: sigue contando para tu racha y para el resumen.
checkin-several-open = Ahora mismo hay varios check-ins abiertos: { $channels }.
checkin-several-open-hint = Responde en el canal del check-in al que te refieres.
checkin-none-open = Ahora mismo no hay ningún check-in abierto para responder.
checkin-none-scheduled = No hay check-ins programados; el equipo de moderación puede crear uno con `/mod checkin-schedule`.
# También después de que `/mod setup timezone:` mueva las programaciones.
checkin-next-opens = El próximo se abre el { $when } en { $channel }.

# La respuesta de un miembro, publicada bajo la pregunta.
checkin-answer-title = { $name } hizo check-in
checkin-answer-did = Hecho: { $text }
checkin-answer-next = Siguiente: { $text }
checkin-answer-blocker = Obstáculo: { $text }
checkin-answer-mood = Ánimo: { $mood }/5 ({ $mood ->
        [1] difícil
        [2] bajo
        [3] normal
        [4] bien
       *[5] genial
    })
checkin-answer-empty = Hizo check-in.
# Sustituye una respuesta que su autor hizo privada (la plataforma borra el mensaje).
checkin-answer-withdrawn = (respuesta hecha privada por su autor)

# La respuesta a /checkin.
checkin-done-title = Check-in hecho ✓
checkin-done = Gracias por hacer check-in en { $channel }.
checkin-updated-title = Check-in actualizado
checkin-updated = Actualicé tu respuesta en { $channel }.
checkin-update-until = Puedes actualizarla hasta el { $closes }.
checkin-share-posted = La publico bajo el check-in en { $channel }.
checkin-share-removed = El equipo de moderación quitó tu respuesta del canal, así que esta actualización se guarda, pero no se publica.
checkin-share-edited = Tu respuesta en { $channel } se editó para que coincida; no se publicó ningún duplicado.
checkin-share-withdrawn = Ahora es privada: quité tu respuesta del hilo y de los obstáculos del resumen.
checkin-share-private = Se queda en privado: solo cuentas en el número de respuestas del resumen.

## /mod checkin-schedule

checkin-no-channel = ¿En qué canal debería ir el check-in? Esta comunidad aún no tiene canal de check-ins.
checkin-no-channel-hint = Añade `channel:#checkins`, o fija el predeterminado una vez con `/mod setup checkin_channel:#checkins`.
checkin-weekly-needs-day = Un check-in semanal necesita un `day`.
checkin-weekly-needs-day-hint = Por ejemplo `/mod checkin-schedule ... cadence:weekly day:mon time:09:00`.
checkin-day-only-weekly = { $cadence ->
        [daily] `day` es solo para check-ins semanales; uno diario se hace todos los días.
       *[weekdays] `day` es solo para check-ins semanales; uno de días laborables se hace de lunes a viernes.
    }
checkin-day-only-weekly-hint = Quita `day`, o usa `cadence:weekly`.
checkin-clash-same = El check-in { $number } ya está programado en { $channel } { $recurrence }.
checkin-clash-same-hint = Si quieres cambiarlo, primero usa `/mod checkin-cancel id:{ $number }`.
checkin-clash = El check-in { $number } ya está programado en { $channel } { $recurrence }, así que este { $cadence ->
        [daily] diario
        [weekdays] de lunes a viernes
       *[weekly] semanal
    } publicaría allí dos preguntas a la vez.
checkin-clash-hint = Cancélalo primero con `/mod checkin-cancel id:{ $number }` y vuelve a programar este, o elige otra hora u otro canal.
checkin-schedule-crisis-title = Check-in no programado
checkin-schedule-crisis = No programé este check-in: su pregunta se publica para todo el canal, y una pregunta nunca lleva palabras sobre suicidio o autolesión. Prográmalo de nuevo con otras palabras, o sin `prompt:` para usar la pregunta predeterminada.
checkin-scheduled-title = Check-in programado
checkin-scheduled = El check-in { $number } se hará en { $channel } { $recurrence } ({ $zone }).
checkin-scheduled-first = El primero: { $when }.
checkin-scheduled-closes-next = Cada uno cierra cuando se abre el siguiente, y en ese momento publico su resumen. Quienes tienen los recordatorios activados reciben un aviso antes de que cierre.
checkin-scheduled-closes-after = Cada uno cierra tras { $hours } horas, o cuando se abre el siguiente si eso ocurre antes, y en ese momento publico su resumen. Quienes tienen los recordatorios activados reciben un aviso antes de que cierre.
checkin-scheduled-neighbour = Nota: el check-in { $number } también se hace en { $channel } { $recurrence }. Un check-in cierra en cuanto se abre el siguiente del mismo canal; `/mod checkin-cancel id:{ $number }` detiene ese otro.
# El registro de auditoría de moderación.
checkin-audit-scheduled = id { $number }: { $recurrence } { $zone }
checkin-audit-target = check-in { $number }

## /mod checkin-schedules

checkin-list-title = Check-ins programados
checkin-list-field = Check-in { $number }
# Dónde y cuándo se hace una programación (también en /mod checkin-cancel).
checkin-where-when = { $channel }, { $recurrence }
checkin-list-summary-after = resumen tras { $hours } h
checkin-list-next = próximo: { $when }
checkin-list-not-planned = próximo: sin planificar
checkin-list-prompt = pregunta: "{ $prompt }"
checkin-list-open-title = Abiertos ahora
checkin-list-open = { $channel } hasta el { $until } · { $count ->
        [one] 1 respuesta
       *[other] { $count } respuestas
    }
checkin-list-open-no-close = { $channel } hasta su resumen · { $count ->
        [one] 1 respuesta
       *[other] { $count } respuestas
    }
checkin-list-none = No hay check-ins programados. Empieza un ritmo con `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`.
checkin-list-how = Las horas están en la zona horaria de la comunidad, { $zone }. Cancela uno con `/mod checkin-cancel id:n`.

## /mod checkin-cancel

checkin-cancel-unknown = Aquí no hay ningún check-in programado con el número { $id }.
checkin-cancel-unknown-hint = `/mod checkin-schedules` los muestra con sus números.
checkin-cancel-already = El check-in { $number } ya está cancelado.
checkin-cancelled-title = Check-in cancelado
checkin-cancelled = Cancelé el check-in { $number } ({ $what }). No se publicarán más preguntas.
checkin-cancelled-closed = El que estaba abierto se cerró y se publicó su resumen.

## /mod checkin-now

checkin-now-title = Check-in abierto
checkin-now-opened = Check-in abierto en { $channel }. Cierra el { $closes }, y en ese momento publico su resumen.
checkin-now-busy = { $which ->
        [extra] Un check-in extra
       *[scheduled] El check-in { $number }
    } está abierto en { $channel } hasta el { $until }, y se avisó a los miembros de que pueden responder hasta entonces, así que no abrí otro allí.
checkin-now-busy-hint = Los miembros pueden responderlo ya con `/checkin`. Cuando cierre, `/mod checkin-now` abre uno extra; en otro canal funciona enseguida.

## Una nueva zona horaria de la comunidad (la respuesta a /mod setup timezone:)

checkin-zone-moved = { $count ->
        [one] { $count } check-in programado ahora se hace
       *[other] { $count } check-ins programados ahora se hacen
    } a las { $times } { $zone }.
# Dos o más horas del día: `08:00, 09:00 y 17:30` ($first: todas menos la última, separadas por comas).
checkin-zone-times = { $first } y { $last }
checkin-zone-sooner = El check-in abierto en { $channel } ahora cierra el { $when }, cuando se abre el siguiente.

## La pregunta (runs.py)

checkin-prompt-title = Check-in · { $period }
checkin-prompt-title-late = Check-in · { $period } (publicado con retraso)
checkin-period-extra = { $when } (extra)
checkin-period-extra-n = { $when } (extra { $n })
checkin-prompt-default = ¿Cómo va tu búsqueda? Comparte qué hiciste, qué sigue y qué te está frenando.
checkin-how-to-answer = Responde con `/checkin did:... next:... blocker:... mood:1-5`; añade `private:yes` para que quede entre tú y yo. Cuenta para tu racha.
checkin-open-until = Abierto hasta el { $when }.
checkin-late = Perdón por el retraso: no estaba en línea cuando tocaba ({ $when }).
checkin-button = Hacer check-in

## El recordatorio, por mensaje directo

checkin-remind-title = Un recordatorio amable de check-in
checkin-remind =
    El check-in de { $channel } cierra el { $when }. Con dos líneas basta: `/checkin did:... next:...`; añade `private:yes` para que quede solo para ti.
    ¿Ahora no? `/pause` te da un descanso, y `/settings reminders:off` desactiva estos avisos.

## El resumen

checkin-summary-title = Resumen del check-in · { $period }
checkin-summary-offline = No estuve en línea durante todo este check-in, así que no salió ninguna pregunta; aun así, esto es lo que hizo la comunidad.
checkin-summary-answers = { $count ->
        [one] { $count } miembro hizo
       *[other] { $count } miembros hicieron
    } check-in. Gracias por estar aquí.
checkin-summary-nobody = Esta vez nadie hizo check-in, y no pasa nada: el próximo es un nuevo comienzo.
checkin-summary-logged = Registrado en este periodo: { $applied ->
        [one] { $applied } candidatura
       *[other] { $applied } candidaturas
    }, { $interviews ->
        [one] { $interviews } entrevista
       *[other] { $interviews } entrevistas
    }, { $wins ->
        [one] { $wins } logro
       *[other] { $wins } logros
    }.
checkin-summary-nothing-logged = Nada registrado en este periodo: descansar también cuenta.
checkin-summary-mood = Ánimo medio: { NUMBER($mood, minimumFractionDigits: 1) }/5.
checkin-summary-blockers = Obstáculos: ¿alguien puede echar una mano?
checkin-summary-blocker = • { $name }: { $blocker }
checkin-summary-more-blockers = …y { $count } más
# La meta semanal: $bar es ▰▰▰▱▱▱▱▱▱▱, $done/$goal cuenta candidaturas.
checkin-goal-this-week = { $reached ->
        [yes] Esta semana, hasta ahora: { $bar } { $done }/{ $goal } candidaturas. ¡Meta alcanzada, bien hecho, equipo!
       *[no] Esta semana, hasta ahora: { $bar } { $done }/{ $goal } candidaturas
    }
checkin-goal-week-of = { $reached ->
        [yes] Semana del { $day }: { $bar } { $done }/{ $goal } candidaturas. ¡Meta alcanzada, bien hecho, equipo!
       *[no] Semana del { $day }: { $bar } { $done }/{ $goal } candidaturas
    }
# Uno de estos cierra cada resumen, por turnos.
checkin-encourage-steps = Los pasos pequeños, repetidos, suman hasta llegar a un trabajo. Nos vemos en el próximo check-in.
checkin-encourage-ticket = Cada candidatura es una papeleta más en el sorteo, y cada rechazo es información, no un veredicto.
checkin-encourage-showing-up = Lo difícil es aparecer, y este grupo lo sigue haciendo.
checkin-encourage-invisible = En una búsqueda de empleo, el progreso suele ser invisible hasta que deja de serlo. Sigue adelante.
checkin-encourage-rest = Descansar también cuenta. Cuida de ti y de los demás.
