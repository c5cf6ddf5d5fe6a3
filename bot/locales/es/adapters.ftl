# Los adaptadores de Slack y Discord (adapters/slack, adapters/discord): lo que dicen por
# sí mismos sobre miembros y canales que no encuentran y en los formularios que abren.
# Los comandos, los nombres de opciones y los valores que escriben los miembros (yes, no,
# opciones) se quedan en inglés.

## Slack: miembros y canales nombrados en un comando (adapters/slack/directory.py)

slack-list-unavailable = Slack está ocupado ahora mismo, así que no pude revisar los miembros y canales de este espacio de trabajo. No se cambió nada: vuelve a intentarlo en un minuto.
# $candidates: cada miembro como mención con su nombre de usuario, separados por comas.
slack-member-ambiguous = Hay más de un miembro llamado `{ $name }` en este espacio de trabajo: { $candidates }. No se cambió nada.
slack-member-ambiguous-more = Hay más de un miembro llamado `{ $name }` en este espacio de trabajo: { $candidates } y { $count } más. No se cambió nada.
slack-member-ambiguous-hint = Menciona con @ a la persona que buscas y elígela de la lista de Slack.
slack-member-ambiguous-hint-example = Menciona con @ a la persona que buscas y elígela de la lista de Slack, o usa su nombre de usuario, como @{ $example }.
slack-member-not-found = No encontré a ningún miembro llamado `{ $name }` en este espacio de trabajo.
slack-member-not-found-hint = Menciona a esa persona con @ y elígela de la lista de Slack, como @ana.
slack-channel-not-found = No encontré ningún canal llamado `{ $name }` en este espacio de trabajo.
slack-channel-not-found-hint = Elígelo de la lista de Slack después de escribir #, como #wins.

## Slack: el formulario de un comando (adapters/slack/blocks.py)

slack-modal-save = Guardar
slack-modal-cancel = Cancelar
# Los nombres visibles de un menú de sí o no (lo que se envía sigue siendo `yes` o `no`).
slack-modal-yes = sí
slack-modal-no = no
# $label: el nombre de la opción, como "Body".
slack-modal-continued = { $label } (continuación)
slack-modal-continued-hint = Solo si el texto no cabe en el cuadro de arriba: sigue aquí.

## Discord: miembros y canales nombrados en un comando (adapters/discord/events.py)

discord-member-not-here = <@{ $id }> no es miembro de este servidor.
discord-member-not-here-hint = Menciona a miembros de este servidor, como @ana @bo.
discord-member-not-found = No encontré a ningún miembro llamado `{ $name }` en este servidor.
discord-member-not-found-hint = Menciona a esa persona con @ y elígela de la lista de Discord, como @ana.
discord-channel-not-found = `{ $name }` no es un canal de este servidor.
discord-channel-not-found-hint = Elígelo de la lista de Discord después de escribir #, como #wins.

# A member-list option's description (Discord has no such type: members type mentions).
discord-members-option = { $help } (menciónalos: @ana @bo)

## Discord: fuera de un servidor, y el formulario de un comando (adapters/discord/adapter.py)

discord-outside-server = Rebound funciona dentro de un servidor, donde está tu comunidad: usa el comando en uno de sus canales.
# La pista bajo el cuadro de un formulario; $help es la descripción de la propia opción. Los
# miembros escriben en el cuadro el número, `yes` o `no`, o uno de los valores de $choices (en inglés).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes o no)
discord-modal-choices = { $help }: { $choices }

## Why a post could not be delivered: kept with the channel, shown in `/mod setup` and in
## the "not posted" message (adapters/discord/adapter.py, adapters/slack/delivery.py)
delivery-problem-discord-forbidden = falta permiso para publicar
delivery-problem-discord-message-deleted = se borró el mensaje bajo el que había que responder
delivery-problem-discord-channel-gone = el canal se borró o el bot no puede verlo
delivery-problem-discord-rate-limited = Discord está limitando la frecuencia del bot
delivery-problem-discord-server-error = Discord tuvo un error de servidor ({ $status })
# $detail is Discord's own words, in English.
delivery-problem-discord-refused = Discord rechazó el mensaje ({ $status }: { $detail })
delivery-problem-discord-unreachable = no se pudo contactar con Discord
delivery-problem-slack-not-in-channel = la app no está en el canal: invítala con /invite @Rebound
delivery-problem-slack-channel-not-found = no se encuentra el canal: puede ser privado o estar borrado; invita a la app con /invite @Rebound o elige otro canal en /mod setup
delivery-problem-slack-archived = el canal está archivado: elige otro canal en /mod setup
delivery-problem-slack-restricted = publicar está restringido en este canal: pregunta a un admin del espacio de trabajo o elige otro canal en /mod setup
delivery-problem-slack-not-installed = Rebound no está instalado en este espacio de trabajo

## Slack: the pages an installer's browser shows after an install (adapters/slack/oauth.py).
## Backticked text is shown as code; keep commands and channel names as they are.
slack-oauth-installed-in = Rebound está instalado en { $workspace }
slack-oauth-installed = Rebound está instalado
slack-oauth-your-workspace = tu espacio de trabajo
slack-oauth-new = Rebound ya forma parte de { $workspace }. Tres pasos para empezar:
slack-oauth-welcome-back = Bienvenido de nuevo. Todo lo que tenía { $workspace } sigue aquí: rachas, check-ins, metas y ajustes. `/rebound mod setup` muestra la configuración. Si hay que volver a configurar algo:
slack-oauth-step-invite = Invita a Rebound a los canales donde debe publicar: escribe `/invite @Rebound` en cada uno.
slack-oauth-step-setup = Como admin del espacio de trabajo, elige esos canales: `/rebound mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
slack-oauth-step-schedule = Programa un check-in, por ejemplo `/rebound mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`, e invita a todos a registrar un primer paso con `/rebound log applied`. `/rebound help` muestra todos los comandos.
slack-oauth-close = Puedes cerrar esta pestaña y volver a Slack.
slack-oauth-nothing-changed = No se cambió nada.
slack-oauth-again = Empezar la instalación de nuevo
slack-oauth-denied-title = Rebound no se instaló
slack-oauth-denied = La instalación se canceló en Slack, así que Rebound no se añadió a tu espacio de trabajo.
slack-oauth-browser-title = Esta instalación no empezó en este navegador
slack-oauth-browser = Para proteger tu espacio de trabajo, una instalación tiene que terminar en el navegador en que empezó, en menos de diez minutos.
slack-oauth-state-title = Este enlace de instalación caducó o ya se usó
slack-oauth-state = Cada enlace de instalación funciona una vez, durante diez minutos.
slack-oauth-unconfirmed-title = Slack no confirmó esta instalación
slack-oauth-missing-code = El enlace de vuelta desde Slack estaba incompleto.
slack-oauth-invalid-code = La confirmación de Slack había caducado o ya se había usado.
slack-oauth-storage-title = Rebound no pudo guardar esta instalación
slack-oauth-storage = Vuelve a intentarlo en un minuto. Si sigue pasando, avisa a quien gestiona Rebound.
slack-oauth-unknown-title = Slack no terminó la instalación
slack-oauth-unknown = Slack respondió `{ $reason }`, así que Rebound no se instaló.
