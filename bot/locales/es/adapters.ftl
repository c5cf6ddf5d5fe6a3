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

## Discord: fuera de un servidor, y el formulario de un comando (adapters/discord/adapter.py)

discord-outside-server = Rebound funciona dentro de un servidor, donde está tu comunidad: usa el comando en uno de sus canales.
# La pista bajo el cuadro de un formulario; $help es la descripción de la propia opción. Los
# miembros escriben en el cuadro el número, `yes` o `no`, o uno de los valores de $choices (en inglés).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes o no)
discord-modal-choices = { $help }: { $choices }
