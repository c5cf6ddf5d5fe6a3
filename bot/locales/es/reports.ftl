# Denuncias de miembros (/report), la cola del equipo de moderación (/mod reports) y el
# historial de moderación de un miembro (/mod history) (bot/features/reports). Los números
# de publicación y de denuncia ($number, $page) son identificadores; $count es una cantidad.

## /report

report-either = Elige qué denunciar: una publicación o un miembro.
report-either-hint = Por ejemplo, `/report post:12 reason:"..."` o `/report member:@sam reason:"..."`.
report-crisis-title = Denuncia no enviada
report-crisis = Tu denuncia no se envió: una denuncia nunca lleva palabras sobre suicidio o autolesión. Si las palabras de alguien te hirieron o te preocuparon, puedes denunciar de nuevo con otras palabras, y alguien del equipo de moderación lo revisará.
report-reason-needed = Cuenta qué pasó, para que el equipo de moderación pueda revisarlo.
report-reason-needed-hint = Por ejemplo, `/report member:{ $member } reason:"Mensajes groseros después de mi entrevista"`.
report-self = No puedes denunciarte a ti.
report-self-hint = Si algo te pesa, el equipo de moderación está ahí para hablar contigo.
report-no-post = No existe la publicación { $number } en esta comunidad.
report-no-post-hint = Cada publicación compartida muestra su número (`post 12`); usa ese número.
report-post-removed = La publicación { $number } ya se retiró, así que no hay nada que denunciar.
report-post-by-rebound = La publicación { $number } la publicó el propio Rebound, así que no hay ningún miembro que denunciar.
report-post-by-rebound-hint = Si algo de ella te preocupa, cuéntaselo a alguien del equipo de moderación.
report-post-own = La publicación { $number } es tuya, así que no hay nada que denunciar.
report-post-own-hint = Si quieres que desaparezca, el equipo de moderación puede retirarla.
report-duplicate = Ya denunciaste la publicación { $number }, y el equipo de moderación ya tiene tu denuncia.
report-duplicate-hint = La van a revisar. Si pasó algo nuevo, cuéntaselo a alguien del equipo de moderación.
# $period: hour o day (las últimas 24 horas).
report-limit = Has hecho { $count ->
        [one] { $count } denuncia
       *[other] { $count } denuncias
    } { $period ->
        [hour] en la última hora
       *[day] en las últimas 24 horas
    }, que es el límite por ahora.
# $when: una hora de hoy (09:00) o un día y una hora (lun 2 nov 09:00).
report-limit-hint = Gracias por cuidar de la comunidad. Podrás volver a denunciar a partir de { $when }; si algo es urgente, cuéntaselo directamente a alguien del equipo de moderación.

# La confirmación para quien denuncia: un agradecimiento y luego una de las frases siguientes.
report-sent-title = Denuncia enviada
report-sent-post = Gracias por contárnoslo. El equipo de moderación tiene tu denuncia sobre la publicación { $number } y la va a revisar.
report-sent-member = Gracias por contárnoslo. El equipo de moderación tiene tu denuncia sobre @{ $name } y la va a revisar.
report-sent-unaware = @{ $name } no sabrá quién hizo la denuncia.
report-sent-unaware-author = Quien la escribió no sabrá quién hizo la denuncia.
report-sent-moderator = Como @{ $name } forma parte del equipo de moderación, la denuncia no se publicó en el canal de registro de moderación; el equipo la verá en `/mod reports`.
report-sent-queue = El equipo de moderación la verá en `/mod reports`.

# Sobre qué es una denuncia. $member: "@sam" o "un exmiembro"; $what: "logro en #logros".
report-subject-post = la publicación { $number }
report-subject-post-by = la publicación { $number } de { $member }
report-subject-post-what = la publicación { $number } ({ $what })
report-subject-post-by-what = la publicación { $number } de { $member } ({ $what })

# Una denuncia nueva en el canal de registro de moderación: una línea cada una.
report-echo-title = Denuncia { $number }
report-echo = @{ $reporter } hizo una denuncia sobre { $subject }.
report-echo-reason = Motivo: { $reason }
report-echo-resolve = `/mod reports resolve:{ $number }` la cierra cuando esté atendida.

## /mod reports

report-note-alone = Una nota va junto con la denuncia que cierras.
report-note-alone-hint = Por ejemplo, `/mod reports resolve:3 note:"Retiré la publicación"`.
report-queue-title-empty = Denuncias
report-none-open = No hay denuncias abiertas.
report-resolved-earlier = Resueltas anteriormente: { $count }.
report-none-open-how = Los miembros denuncian publicaciones y miembros en privado con `/report`; las denuncias nuevas aparecen aquí.
report-queue-title = { $count ->
        [one] { $count } denuncia abierta
       *[other] { $count } denuncias abiertas
    }
# $when: lun 2 nov 09:00; $reporter: "@ana" o "un exmiembro".
report-queue-line = Denuncia { $number } · { $when } · de { $reporter } sobre { $subject }
report-queue-line-reason = Denuncia { $number } · { $when } · de { $reporter } sobre { $subject }: { $reason }
report-queue-more = …y { $count } más; resuelve estas para verlas.
report-field-times = Horas
report-times-oldest = tu hora ({ $zone }); las más antiguas primero
report-field-resolve = Resolver
report-resolve-how = `/mod reports resolve:n note:"qué se hizo"` cierra una.
report-field-as-they-arrive = A medida que llegan
report-as-they-arrive = `/mod setup modlog_channel:#channel` publica ahí las denuncias nuevas.

report-no-report = No existe la denuncia { $number } en esta comunidad.
report-no-report-hint = `/mod reports` muestra las abiertas con sus números.
report-already-resolved = { $member } ya resolvió la denuncia { $number } el { $when }.
report-already-resolved-hint = `/mod reports` muestra las abiertas.
report-resolved-title = Denuncia resuelta
report-resolved = La denuncia { $number } está resuelta.
report-resolved-reporter-told = Se avisó por mensaje directo a quien la hizo de que ya se atendió (tu nota queda solo para el equipo de moderación).
# Una denuncia resuelta en el canal de registro de moderación.
report-echo-resolved-title = Denuncia { $number } resuelta
report-echo-resolved = @{ $moderator } resolvió la denuncia { $number }, sobre { $subject }.
report-echo-resolved-note = @{ $moderator } resolvió la denuncia { $number }, sobre { $subject }: { $note }

## /mod history

report-history-title = Historial de moderación de { $member }
report-history-title-page = Historial de moderación de { $member } — página { $page } de { $count }
report-history-empty = No hay acciones de moderación ni denuncias sobre { $member }.
report-field-now = Ahora
report-history-muted = Silencio activo { $until }
report-history-not-muted = Sin silencio
report-history-open-reports = { $count ->
        [0] ninguna denuncia abierta
        [one] { $count } denuncia abierta
       *[other] { $count } denuncias abiertas
    }
report-history-now = { $mute }; { $reports }.
report-history-now-alone = { $mute }.
report-times-newest = tu hora ({ $zone }); las más recientes primero
report-field-older = Anteriores
report-history-older = `/mod history member:{ $member } page:{ $page }`
report-history-no-page = No existe la página { $page }: el historial tiene { $count ->
        [one] { $count } página
       *[other] { $count } páginas
    }.
report-history-no-page-hint = `/mod history member:{ $member } page:{ $last }` muestra la más antigua.
# Una denuncia en el historial: $status es uno de los report-status-*.
report-history-line = { $when } · { $reporter } · denuncia · { $subject } — denuncia { $number } ({ $status })
report-history-line-reason = { $when } · { $reporter } · denuncia · { $subject } — denuncia { $number } ({ $status }): { $reason }
report-status-open = abierta
report-status-resolved = resuelta por { $member }
report-status-resolved-note = resuelta por { $member }: “{ $note }”

# La entrada del registro de auditoría para una denuncia resuelta (el registro de la
# comunidad, en su idioma). $member representa el nombre actual del miembro: déjalo tal cual.
report-audit = denuncia { $number }
report-audit-about = denuncia { $number } sobre { $member }
