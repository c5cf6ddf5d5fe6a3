# El núcleo alrededor de los comandos: el ciclo de vida de una comunidad
# (bot/core/lifecycle.py), publicaciones que una plataforma rechazó (bot/core/delivery.py),
# mensajes directos que no se pudieron entregar (bot/core/undelivered.py), las zonas
# horarias (bot/core/zones.py) y los admins propios de una comunidad (bot/core/grants.py).

## Una comunidad que instaló, quitó o volvió a añadir Rebound

system-not-installed = Rebound se quitó de esta comunidad, así que aquí no atiende comandos. Si se vuelve a añadir en { $days ->
        [one] 1 día
       *[other] { $days } días
    }, todo seguirá aquí: rachas, check-ins y ajustes.
system-welcome-back-title = Rebound ha vuelto
# $name: el nombre de la comunidad, o system-welcome-your-community.
system-welcome-back = Todo en { $name } está donde lo dejaste: rachas, check-ins, metas y ajustes. `/mod setup` muestra la configuración; `/help` muestra todos los comandos.
system-welcome-title = Gracias por añadir Rebound
# Le siguen los tres pasos numerados de abajo, uno por línea.
system-welcome = Rebound ayuda a quienes buscan empleo en { $name } a seguir adelante en compañía: rachas, check-ins y ánimos después de cada rechazo. Tres pasos para configurarlo:
system-welcome-step-channels = Alguien del equipo de moderación elige los canales: `/mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
system-welcome-step-checkin = Programa un check-in: `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`
system-welcome-step-first = Invita a todo el mundo a registrar un primer paso, como `/log activity:applied`. `/help` muestra todo lo demás.
system-welcome-your-community = tu comunidad
system-welcome-to-owner = No pude publicar esto en ningún canal de { $name }, así que te lo envío a ti, que eres la persona propietaria.

## Una publicación que la plataforma rechazó definitivamente, avisada a su autor por mensaje directo
## $post: el número de la publicación; $channel: como #wins; $problem: las palabras de la propia plataforma.

system-not-posted-title = No publicado
system-not-posted-in = Tu publicación { $post } no se pudo publicar en { $channel }.
system-not-posted-in-why = Tu publicación { $post } no se pudo publicar en { $channel } ({ $problem }).
system-not-posted = Tu publicación { $post } no se pudo publicar en el canal.
system-not-posted-why = Tu publicación { $post } no se pudo publicar en el canal ({ $problem }).
system-not-posted-saved = Lo que compartiste está guardado, y el equipo de moderación puede ver el problema del canal en `/mod setup`.

## Mensajes directos que una plataforma no quiso entregar

system-dm-files-here = El archivo está en tus mensajes directos con Rebound.
system-dm-own-closed = Tus mensajes directos están cerrados, así que te lo muestro aquí en privado.
system-dm-other-closed = No pude entregar el mensaje directo: ese miembro no acepta mensajes directos de Rebound. Tu comando sí se ejecutó.

## Zonas horarias

system-unknown-timezone = `{ $name }` no es una zona horaria que yo conozca.
# $zones: nombres de zonas horarias, como `Europe/Berlin, Europe/Busingen`.
system-unknown-timezone-close = `{ $name }` no es una zona horaria que yo conozca. ¿Querías decir { $zones }?
system-unknown-timezone-hint = Usa un nombre IANA, como Europe/Berlin o America/New_York.

## Qué hace que alguien sea admin propio de una comunidad, según la plataforma

system-admin-discord = Gestionar servidor en Discord
system-admin-slack = admin o propietario del espacio de trabajo en Slack
system-admin-console = nombrado moderador con `!mod`
# A scheduled direct message the platform refused (scheduled work has nobody to tell).
delivery-problem-dms-closed = { $name } no acepta mensajes directos
