# Moderator tools (bot/features/moderation): /mod mute, /mod unmute, /mod mutes,
# /mod remove, /mod audit, /mod stats and /mod export; what they post to the moderator
# log channel, what they tell members by DM, and what they write to the audit log.

## Shared words
mod-former-member = un exmiembro
# An audit entry Rebound wrote by itself (a mute that ended on its own).
mod-system-actor = Rebound (automático)
mod-field-times = Horas
mod-questions = Si tienes preguntas, escríbele a alguien del equipo de moderación.
mod-until-lifted = hasta que el equipo de moderación lo levante
mod-span-days = durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
mod-reason-given = Motivo indicado: { $reason }

## /mod mute
mod-mute-self = No puedes silenciarte.
# $kind says what makes someone an admin there: "Manage Server on Discord".
mod-admin-by-admin = @{ $member } es admin de esta comunidad ({ $kind }), igual que tú. Los admins son los dueños de la comunidad, así que nadie puede silenciarlos, ni siquiera otro admin. No se cambió nada.
mod-admin-by-admin-hint = Si algo te preocupa, háblalo directamente con esa persona.
mod-admin-by-mod = @{ $member } es admin de esta comunidad ({ $kind }), así que los moderadores no pueden aplicarle un silencio. No se cambió nada.
mod-admin-by-mod-hint = Si algo de su forma de actuar te preocupa, habla directamente con esa persona o con otro admin.
mod-muted-title = Miembro silenciado
# $span: "for 3 days" or "until a moderator lifts it"; $until: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mod-mute-done = Silenciaste a @{ $member } { $span }.
mod-mute-done-until = Silenciaste a @{ $member } { $span }, { $until }.
mod-mute-replaces = Esto reemplaza su silencio anterior.
mod-mute-how-lift = `/mod unmute member:@{ $member }` lo levanta ya. Se le avisó por mensaje directo.
mod-mute-how-lift-timed = El silencio se levanta solo; `/mod unmute member:@{ $member }` lo levanta ya. Se le avisó por mensaje directo.
mod-muted-dm-title = Te han silenciado
mod-muted-dm = El equipo de moderación te ha silenciado { $until }. Mientras tanto no puedes compartir publicaciones ni animar a otras personas; tus comandos privados (registros, rachas, plantillas, reflexiones) siguen funcionando.
# Posted to the moderator log channel.
mod-echo-muted = @{ $moderator } silenció a @{ $member } { $span }.
mod-echo-muted-reason = @{ $moderator } silenció a @{ $member } { $span }: { $reason }.

## /mod unmute
mod-not-muted = { $member } no tiene ningún silencio activo.
mod-not-muted-hint = `/mod audit` muestra los silencios recientes y cuándo terminaron.
mod-unmuted-title = Silencio levantado
# $member is "@sam", or how the moderator named someone who erased their data.
mod-echo-unmuted = @{ $moderator } levantó el silencio de { $member }.
mod-unmute-done = @{ $member } puede volver a compartir y animar. Se le avisó por mensaje directo.
mod-unmute-done-gone = { $member } podrá volver a compartir y animar cuando regrese.
mod-unmuted-dm-title = Ya puedes volver a compartir
mod-unmuted-dm = El equipo de moderación levantó tu silencio, así que ya puedes volver a compartir publicaciones y animar a otras personas.

## /mod mutes
mod-mutes-title = Silencios activos: { $count }
mod-mutes-none = Ahora mismo no hay nadie silenciado. `/mod mute member:@name` silencia a alguien.
mod-mutes-until = hasta el { $when }
mod-mutes-line = { $member } · { $until } · silencio puesto por { $by } el { $since }
mod-mutes-line-reason = { $member } · { $until } · silencio puesto por { $by } el { $since } — { $reason }
mod-mutes-times = tu hora ({ $zone }); `/mod unmute member:@name` levanta un silencio al momento

## What a post is, by its kind
mod-kind-rejection = rechazo compartido
mod-kind-win = logro
mod-kind-answer = respuesta al check-in
mod-kind-cheer = ánimo
mod-kind-checkin = pregunta del check-in
mod-kind-summary = resumen del check-in
mod-kind-modlog = entrada del registro de moderación
mod-kind-post = publicación
mod-kind-message = mensaje
# "win in #wins"
mod-post-in = { $what } en { $channel }
mod-post-number = publicación { $number }
mod-report-number = denuncia { $number }

## /mod remove
# What a removed post says in its channel.
mod-removed = (contenido retirado por el equipo de moderación)
mod-removed-title = Publicación retirada
# $post: "win in #wins".
mod-remove-done = Publicación { $number } retirada ({ $post }): el mensaje se quitó del canal y su texto se borró de los datos de Rebound.
mod-remove-author-told = Se avisó por mensaje directo a quien la escribió.
# $reports: "report 3" or "reports 1, 2 and 5".
mod-reports-many = denuncias { $listed } y { $last }
mod-closes = Con esto queda cerrado lo denunciado sobre ella ({ $reports }).
mod-closes-told-all = Con esto queda cerrado lo denunciado sobre ella ({ $reports }); { $count ->
        [one] se avisó a la persona que la denunció
       *[other] se avisó a las personas que la denunciaron
    }.
mod-closes-told-others = Con esto queda cerrado lo denunciado sobre ella ({ $reports }); { $count ->
        [one] se avisó a la otra persona que la denunció
       *[other] se avisó a las demás personas que la denunciaron
    }.
mod-echo-removed = @{ $moderator } retiró la publicación { $number } ({ $post }).
mod-echo-removed-by = @{ $moderator } retiró la publicación { $number } de @{ $author } ({ $post }).
mod-removed-dm-title = Se retiró una de tus publicaciones
mod-removed-dm = El equipo de moderación retiró tu publicación { $number } ({ $what }).
mod-removed-dm-in = El equipo de moderación retiró tu publicación { $number } ({ $what }) en { $channel }.
mod-removed-dm-erased = Su texto se borró; el resto de tu historial (tu racha, tus cifras) no cambia.
mod-no-post = No hay ninguna publicación { $number } en esta comunidad.
mod-no-post-hint = Cada publicación compartida muestra su número (`Publicación 12`); usa ese número.
mod-already-removed = La publicación { $number } ya se había retirado.
mod-not-member-post = La publicación { $number } ({ $what }) la publicó Rebound, no la compartió un miembro, así que `/mod remove` no la toca.
mod-not-member-post-hint = `/mod remove` sirve para lo que comparten los miembros: rechazos, logros, respuestas a check-ins y ánimos que se muestran en un canal.
# To someone whose report was closed. $about: "post 12" or "@sam".
mod-report-handled-title = Tu denuncia fue atendida
mod-report-handled = El equipo de moderación revisó tu denuncia ({ $about }) y la cerró. Gracias por ayudar a que esta comunidad siga siendo amable y segura.
mod-report-handled-removed = El equipo de moderación revisó tu denuncia ({ $about }) y la cerró: la publicación se retiró. Gracias por ayudar a que esta comunidad siga siendo amable y segura.

## The audit log's own record, written in the community's language when it happens
# $member stands for the member's current name, filled in when the log is shown.
mod-audit-mute-reason = { $span }: { $reason }
mod-audit-post-by = publicación { $number } de { $member }
mod-audit-report-about = denuncia { $number } sobre { $member }
# The note a report keeps when it was closed by removing its post.
mod-resolution-post-removed = publicación retirada
mod-audit-export = CSV agregado, { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }

## /mod audit
mod-audit-title = Registro de auditoría
mod-audit-empty = Aún no hay acciones de moderación. Aquí aparecerán los silencios, las publicaciones retiradas, los cambios de configuración, las exportaciones y los cambios en las plantillas.
# $what: "mutes", "mutes by or about @sam".
mod-audit-empty-of = Todavía no hay { $what }.
mod-audit-no-page = No existe la página { $page }: el registro de auditoría tiene { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } ({ $total ->
        [one] { $total } acción
       *[other] { $total } acciones
    }).
mod-audit-no-page-of = No existe la página { $page }: hay { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } de { $what } ({ $total ->
        [one] { $total } acción
       *[other] { $total } acciones
    }).
mod-audit-no-page-hint = `{ $usage }` muestra la más antigua.
mod-audit-no-page-hint-all = `{ $usage }` las muestra todas.
mod-audit-times = hora de la comunidad ({ $zone }); lo más reciente primero
mod-audit-older = Anteriores
mod-audit-next = `{ $usage }` muestra la página siguiente.
mod-audit-page = Registro de auditoría — página { $page } de { $pages }
mod-audit-page-of = Registro de auditoría: { $what } — página { $page } de { $pages }
mod-audit-bad-action = `{ $action }` no es una acción del registro de auditoría.
mod-audit-bad-action-guess = `{ $action }` no es una acción del registro de auditoría. ¿Querías decir `{ $guess }`?
# $actions: the action codes, as moderators type them.
mod-audit-actions = Acciones: { $actions }.
mod-filter-by-or-about = { $what } de o sobre { $member }
mod-filter-any-by-or-about = acciones de o sobre { $member }
# How /mod audit names the entries of one action.
mod-noun-mute = silencios
mod-noun-unmute = silencios levantados
mod-noun-mute-expired = silencios vencidos
mod-noun-remove-post = publicaciones retiradas
mod-noun-moderators = cambios en el equipo de moderación
mod-noun-resolve-report = denuncias resueltas
mod-noun-setup = cambios de configuración
mod-noun-export = exportaciones
mod-noun-checkin-schedule = programaciones de check-in
mod-noun-checkin-cancel = check-ins cancelados
mod-noun-checkin-now = check-ins abiertos a mano
mod-noun-template-add = plantillas añadidas
mod-noun-template-replace = plantillas reemplazadas
mod-noun-template-remove = plantillas eliminadas
mod-noun-pair = rondas de parejas
mod-noun-pair-schedule = cambios en la programación de parejas
mod-noun-other = entradas `{ $action }`

## /mod stats
mod-stats-title = Panel de la comunidad · { $community }
mod-stats-intro = Actualizado: { $day }. Solo cifras: ni nombres ni notas. El gráfico muestra las últimas { $weeks } semanas por tipo; `/mod export` da todas las semanas en un CSV.
mod-stats-members = Miembros
mod-stats-active-7 = Activos, últimos 7 días
mod-stats-active-30 = Activos, últimos 30 días
mod-stats-checkins = Check-ins, últimos 30 días
mod-stats-by-kind = Actividad por tipo, últimos 30 días
mod-stats-streaks = Rachas actuales
mod-stats-goal = Meta colectiva de esta semana
mod-stats-goal-progress = { $done } de { $goal } candidaturas
# One row of a count: "applied: 12", "7–13: 4".
mod-stats-count = { $label }: { $count }
mod-stats-nothing = aún no hay nada registrado
# Counted things that are not `/log` kinds.
mod-stats-kind = { $kind ->
        [rejection] rechazo
        [win] logro
        [checkin] check-in
        [reflection] reflexión
        [cheer] ánimo
       *[other] { $kind }
    }
mod-stats-no-runs = no hubo check-ins (`/mod checkin-schedule` programa uno)
mod-stats-runs = { $runs ->
        [one] { $runs } check-in
       *[other] { $runs } check-ins
    }
# $runs: "3 check-ins".
mod-stats-runs-no-answers = { $runs }, sin respuestas por ahora
mod-stats-answers = { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    }
mod-stats-per-run = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } por check-in
# $facts: "6 check-ins, 14 answers, 2.3 per check-in"; $share is a percentage.
mod-stats-share = { $facts } — en promedio respondió el { $share } % de los miembros activos
mod-stats-streaks-none = nadie ha registrado nada todavía
mod-stats-streak-zero = 0 días
# $buckets: "0 days: 2 · 1–2: 3 · …".
mod-stats-streaks-of = { $buckets } (de { $members ->
        [one] { $members } miembro que registró algo
       *[other] { $members } miembros que registraron algo
    })

## /mod export
mod-export-title = Exportación de la comunidad
mod-export-done = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }: por cada semana (empezando el lunes) y tipo, cuántas entradas y cuántos miembros.
mod-export-done-week = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, la semana del { $first }: por cada semana (empezando el lunes) y tipo, cuántas entradas y cuántos miembros.
mod-export-done-weeks = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, semanas del { $first } al { $last }: por cada semana (empezando el lunes) y tipo, cuántas entradas y cuántos miembros.
mod-export-private = No incluye nombres, notas ni ningún otro texto personal.
mod-export-alt = Recuento agregado de actividad por semana y tipo
