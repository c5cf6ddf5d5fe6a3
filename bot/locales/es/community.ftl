# /mod setup: los canales, la zona horaria, los recursos de apoyo, la meta y los moderadores
# de una comunidad (bot/features/community). Las claves de idioma (setup-*language*) están en language.ftl.

setup-title = Configuración de la comunidad
setup-updated = Actualizado: { $changes }.
setup-how = Cambia cualquiera de estos valores con `/mod setup name:value`, por ejemplo `/mod setup support_channel:#support`.
setup-modlog-private = Mantén { $channel } visible solo para el equipo de moderación: las denuncias que se publican ahí dicen quién denunció.
setup-moderators-empty = `moderators` necesita al menos un miembro: define quién, además de los admins, modera esta comunidad. No se cambió nada.
setup-moderators-empty-hint = Menciona a cada persona con @, como `/mod setup moderators:@ana,@bo`. Los admins siguen moderando sin que haga falta nombrarlos, así que `moderators:@{ $name }` te deja solo a ti y a los admins.

# Qué cambió, unido con "; " dentro de setup-updated. $option es el nombre de la opción.
setup-changed-channel = { $option ->
        [checkin_channel] canal de check-ins
        [support_channel] canal de apoyo
        [wins_channel] canal de logros
       *[modlog_channel] canal de registro de moderación
    } → { $channel }
setup-changed-timezone = zona horaria → { $zone }
setup-changed-resources = recursos de apoyo actualizados
setup-changed-resources-default = recursos de apoyo → los predeterminados
setup-changed-goal = meta semanal → { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidaturas
    }
setup-changed-goal-removed = meta semanal eliminada
setup-changed-role = rol de moderación → { $role }
setup-changed-role-none = rol de moderación → ninguno
# $moderators como setup-moderators-none o una lista como "@mia (admin), @bo"; $detail
# une las frases setup-moderators-* con "; ".
setup-changed-moderators = moderadores → { $moderators } ({ $detail })
setup-moderators-added = añadiste a { $names }
setup-moderators-removed = quitaste a { $names }
setup-moderators-kept-self = sigues en la lista, así que conservas el acceso
setup-moderators-kept-admins = los admins siguen moderando sin que haga falta nombrarlos
setup-moderators-no-change = sin cambios
# Los dos últimos de varios nombres: "@a, @b y @c" ($names es "@a, @b").
setup-names-and = { $names } y { $last }
setup-moderator-admin = @{ $name } (admin)
setup-moderators-none = ninguno

# Alguien entra o sale del equipo de moderación: el canal de registro de moderación y
# luego un mensaje directo a esa persona.
setup-echo-moderators-title = Cambios en el equipo de moderación
setup-echo-moderator-added = @{ $actor } añadió a @{ $name } al equipo de moderación.
setup-echo-moderator-removed = @{ $actor } quitó a @{ $name } del equipo de moderación.
# La entrada del registro de auditoría (el registro de la comunidad, en su idioma); $member
# representa el nombre actual del miembro: déjalo tal cual.
setup-audit-moderator-added = añadió a { $member } al equipo de moderación
setup-audit-moderator-removed = quitó a { $member } del equipo de moderación
# $place: el nombre de la comunidad, o setup-this-community.
setup-this-community = esta comunidad
setup-dm-moderator-added-title = Ahora formas parte del equipo de moderación
setup-dm-moderator-added = @{ $actor } te añadió al equipo de moderación de { $place }. `/help command:mod` muestra lo que puede hacer el equipo: programar check-ins, leer las denuncias de los miembros, silenciar y retirar publicaciones. Gracias por cuidar de la comunidad.
setup-dm-moderator-removed-title = Ya no formas parte del equipo de moderación
setup-dm-moderator-removed = @{ $actor } te quitó del equipo de moderación de { $place }. Tu racha, tus registros y tus ajustes siguen igual. Gracias por todo el cariño que le diste a la comunidad.

# La configuración tal como está (los campos de la respuesta).
setup-field-checkin-channel = Canal de check-ins
setup-field-support-channel = Canal de apoyo
setup-field-wins-channel = Canal de logros
setup-field-modlog-channel = Canal de registro de moderación
setup-field-timezone = Zona horaria
setup-field-goal = Meta semanal
setup-field-role = Rol de moderación
setup-field-moderators = Moderadores en la lista
setup-field-resources = Recursos de apoyo
setup-field-problems = Problemas para publicar
setup-not-set = sin configurar
setup-timezone-default = UTC (predeterminada)
setup-goal = { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidaturas
    }
setup-resources-default = (predeterminados) { $resources }
setup-channel-problem = { $channel } — ⚠ { $problem }
setup-posting-problem = no puedo publicar en #{ $channel }: { $problem }
