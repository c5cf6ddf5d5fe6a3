# Les adaptateurs Slack et Discord (adapters/slack, adapters/discord) : ce qu'ils disent
# eux-mêmes, sur les membres et canaux introuvables et dans les formulaires qu'ils ouvrent.
# Les commandes, les noms d'options et les valeurs que tapent les membres (yes, no, choix)
# restent en anglais.

## Slack : les membres et canaux nommés dans une commande (adapters/slack/directory.py)

slack-list-unavailable = Slack est surchargé en ce moment, je n'ai donc pas pu parcourir les membres et les canaux de cet espace de travail. Rien n'a été modifié : réessaie dans une minute.
# $candidates : chaque membre sous forme de mention avec son nom d'utilisateur, séparés par des virgules.
slack-member-ambiguous = Plusieurs membres s'appellent `{ $name }` dans cet espace de travail : { $candidates }. Rien n'a été modifié.
slack-member-ambiguous-more = Plusieurs membres s'appellent `{ $name }` dans cet espace de travail : { $candidates } et { $count ->
        [one] { $count } autre
        [many] { $count } d'autres
       *[other] { $count } autres
    }. Rien n'a été modifié.
slack-member-ambiguous-hint = Mentionne la bonne personne avec @ et choisis-la dans la liste de Slack.
slack-member-ambiguous-hint-example = Mentionne la bonne personne avec @ et choisis-la dans la liste de Slack, ou utilise son nom d'utilisateur, comme @{ $example }.
slack-member-not-found = Je ne trouve aucun membre appelé `{ $name }` dans cet espace de travail.
slack-member-not-found-hint = Mentionne la personne avec @ et choisis-la dans la liste de Slack, comme @ana.
slack-channel-not-found = Je ne trouve aucun canal appelé `{ $name }` dans cet espace de travail.
slack-channel-not-found-hint = Choisis-le dans la liste de Slack après avoir tapé #, comme #wins.

## Slack : le formulaire d'une commande (adapters/slack/blocks.py)

slack-modal-save = Enregistrer
slack-modal-cancel = Annuler
# Les noms affichés d'un menu oui/non (ce qui est envoyé reste `yes` ou `no`).
slack-modal-yes = oui
slack-modal-no = non
# $label : le nom de l'option, comme « Body ».
slack-modal-continued = { $label } (suite)
slack-modal-continued-hint = Seulement si c'est plus long que la case du dessus : la suite va ici.

## Discord : les membres et canaux nommés dans une commande (adapters/discord/events.py)

discord-member-not-here = <@{ $id }> n'est pas membre de ce serveur.
discord-member-not-here-hint = Mentionne des membres de ce serveur, comme @ana @bo.
discord-member-not-found = Je ne trouve aucun membre appelé `{ $name }` sur ce serveur.
discord-member-not-found-hint = Mentionne la personne avec @ et choisis-la dans la liste de Discord, comme @ana.
discord-channel-not-found = `{ $name }` n'est pas un canal de ce serveur.
discord-channel-not-found-hint = Choisis-le dans la liste de Discord après avoir tapé #, comme #wins.

## Discord : hors d'un serveur, et le formulaire d'une commande (adapters/discord/adapter.py)

discord-outside-server = Rebound fonctionne dans un serveur, là où se trouve ta communauté : utilise la commande dans l'un de ses canaux.
# L'indication sous la case d'un formulaire ; $help est la description de l'option. Les membres
# tapent dans la case le nombre, `yes` ou `no`, ou l'un des $choices (en anglais).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes ou no)
discord-modal-choices = { $help } : { $choices }
