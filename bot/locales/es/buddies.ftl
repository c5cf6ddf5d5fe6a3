# Parejas de práctica: /buddy join|leave|status, los mensajes directos de emparejamiento y
# /mod pair (bot/features/buddies). Los códigos de objetivo (mock-interview, resume-review,
# networking) y los nombres de opciones se quedan en inglés: los miembros los escriben.

buddy-title = Parejas de práctica
# Para qué se apuntó un miembro; completa las frases de abajo.
buddy-purpose = { $purpose ->
        [mock-interview] simulacros de entrevista
        [resume-review] revisiones de CV y perfil
        [networking] networking
       *[none] práctica en general
    }

## El mensaje directo que presenta la pareja de la ronda

buddy-pair-title = Tu pareja de práctica 🤝
buddy-meet = Te presento a @{ $name }, tu pareja de práctica de esta semana.
buddy-pair-purpose = Los dos se apuntaron para { $purpose }.
buddy-pair-mixed = Tú te apuntaste para { $mine } y la otra persona para { $theirs }: propón una sesión de cada cosa.
buddy-tz-same = Su zona horaria es la misma que la tuya, así que encontrar un momento debería ser fácil.
buddy-tz-ahead = Su reloj va { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } por delante del tuyo ({ $zone }), así que busca un horario que les venga bien a ambos.
buddy-tz-behind = Su reloj va { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } por detrás del tuyo ({ $zone }), así que busca un horario que les venga bien a ambos.
buddy-say-hello = Primer paso: escríbele hoy un saludo a @{ $name }.
buddy-first-step = { $purpose ->
        [mock-interview] Propón 45 minutos esta semana. Cada persona trae una oferta de empleo real; por turnos, se hacen tres preguntas sacadas de ella y, al final, cada una comparte algo que funcionó y algo que mejorar.
        [resume-review] Intercambia hoy tu CV o tu perfil de LinkedIn. Cada persona marca las tres líneas que un reclutador recordaría y una línea que sobra; luego, 20 minutos para comentarlo.
        [networking] Pásale una lista de tres personas o empresas a las que quieres llegar y pídele la suya; cada persona redacta un mensaje para que la otra lo revise (`/template name:network-reach-out` es un buen punto de partida).
       *[none] Propón una sesión de 30 minutos esta semana: un simulacro de entrevista, un intercambio de CV o una hora enviando candidaturas a la vez en una llamada.
    }

## El mensaje directo a quien se queda sin pareja en la ronda

buddy-left-out-title = Esta ronda te toca esperar
buddy-left-out-alone = Ahora mismo eres la única persona apuntada, así que todavía no había nadie con quien emparejarte.
buddy-left-out-odd = Esta ronda hubo un número impar de personas, así que alguien tenía que esperar: es pura aritmética, nada que ver contigo.
buddy-left-out-promise = En la próxima ronda vas primero, te lo prometo.
buddy-left-out-meanwhile = Mientras tanto: `/prep company:...` para tu próxima entrevista, o anima a alguien en el canal de apoyo; les hace bien a los dos.

## /buddy join, /buddy leave, /buddy status

buddy-next-manual = Las parejas se forman cuando alguien del equipo de moderación lo inicia con `/mod pair`.
buddy-next = Próximo emparejamiento: { $when } (tu hora).
buddy-joined = Estás dentro para { $purpose }. Te presentaré a tu pareja de práctica por mensaje directo.
buddy-rejoined = Ya estabas dentro; tu objetivo ahora: { $purpose }.
buddy-leave-any-time = Con `/buddy leave` te sales cuando quieras.
buddy-not-joined = No estás en la lista de parejas de práctica.
buddy-not-joined-hint = Con `/buddy join` te apuntas.
buddy-left = A partir de ahora no te emparejaré con nadie. Gracias por practicar con otras personas: `/buddy join` te trae de vuelta cuando quieras.
buddy-status-not-joined = No estás en la lista. `/buddy join purpose:mock-interview` (o resume-review, networking) te empareja con alguien cada semana.
buddy-field-purpose = Objetivo
buddy-field-current = Pareja actual
buddy-current-waiting = nadie en esta ronda; la próxima vas primero
buddy-current-none = todavía sin pareja

## /mod pair

buddy-pairing-title = Emparejamiento
buddy-scheduled-title = Emparejamiento programado
buddy-day-time-alone = `day` y `time` van con `schedule:weekly`.
buddy-day-time-alone-hint = Como `/mod pair schedule:weekly day:mon time:09:00`; `/mod pair` sin más opciones empareja ahora mismo.
buddy-confirm-with-schedule = `confirm` va con `/mod pair` sin más opciones, para volver a emparejar poco después de una ronda.
buddy-confirm-with-schedule-hint = Como `/mod pair schedule:{ $schedule }`.
buddy-schedule-off = El emparejamiento semanal está desactivado.
buddy-schedule-was-off = El emparejamiento semanal no estaba programado.
buddy-scheduled = Las parejas se formarán cada { $day } a las { $time } ({ $zone }). Próximo: { $next }.
buddy-repeat = La ronda { $round } se hizo el { $when }, hace menos de una semana; otra ronda ahora le daría a todo el mundo una pareja nueva y un mensaje nuevo. No se cambió nada.
buddy-repeat-hint = Para emparejar de nuevo de todos modos: `/mod pair confirm:yes`.
buddy-nobody = Todavía no se ha apuntado nadie. Cada miembro se apunta con `/buddy join`.
buddy-round-title = Ronda { $round }: { $count ->
        [one] { $count } pareja
       *[other] { $count } parejas
    }
buddy-waits = @{ $name } espera esta ronda y va primero en la siguiente.
buddy-everyone-told = Todo el mundo recibió un mensaje directo.

# The moderators' audit log (`/mod audit`), in the community's language.
buddy-audit-round = ronda { $round }
buddy-audit-nobody = nadie inscrito
buddy-audit-weekly = cada semana, el { $day } a las { $time }
buddy-audit-off = emparejamiento semanal desactivado
