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

# A member-list option's description (Discord has no such type: members type mentions).
discord-members-option = { $help } (mentionnez-les : @ana @bo)

## Discord : hors d'un serveur, et le formulaire d'une commande (adapters/discord/adapter.py)

discord-outside-server = Rebound fonctionne dans un serveur, là où se trouve ta communauté : utilise la commande dans l'un de ses canaux.
# L'indication sous la case d'un formulaire ; $help est la description de l'option. Les membres
# tapent dans la case le nombre, `yes` ou `no`, ou l'un des $choices (en anglais).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes ou no)
discord-modal-choices = { $help } : { $choices }

## Why a post could not be delivered: kept with the channel, shown in `/mod setup` and in
## the "not posted" message (adapters/discord/adapter.py, adapters/slack/delivery.py)
delivery-problem-discord-forbidden = pas la permission de publier
delivery-problem-discord-message-deleted = le message sous lequel répondre a été supprimé
delivery-problem-discord-channel-gone = le salon a été supprimé ou le bot ne peut pas le voir
delivery-problem-discord-rate-limited = Discord limite le débit du bot
delivery-problem-discord-server-error = Discord a eu une erreur de serveur ({ $status })
# $detail is Discord's own words, in English.
delivery-problem-discord-refused = Discord a refusé le message ({ $status } : { $detail })
delivery-problem-discord-unreachable = Discord n’a pas pu être joint
delivery-problem-slack-not-in-channel = l’app n’est pas dans le canal : invitez-la avec /invite @Rebound
delivery-problem-slack-channel-not-found = canal introuvable : il est peut-être privé ou supprimé ; invitez l’app avec /invite @Rebound ou choisissez un autre canal dans /mod setup
delivery-problem-slack-archived = le canal est archivé : choisissez un autre canal dans /mod setup
delivery-problem-slack-restricted = la publication est restreinte dans ce canal : demandez à un admin de l’espace de travail, ou choisissez un autre canal dans /mod setup
delivery-problem-slack-not-installed = Rebound n’est pas installé dans cet espace de travail

## Slack: the pages an installer's browser shows after an install (adapters/slack/oauth.py).
## Backticked text is shown as code; keep commands and channel names as they are.
slack-oauth-installed-in = Rebound est installé dans { $workspace }
slack-oauth-installed = Rebound est installé
slack-oauth-your-workspace = votre espace de travail
slack-oauth-new = Rebound fait maintenant partie de { $workspace }. Trois étapes pour commencer :
slack-oauth-welcome-back = Bon retour. Tout ce qu’avait { $workspace } est toujours là : séries, check-ins, objectifs et réglages. `/rebound mod setup` montre la configuration. Si quelque chose doit être reconfiguré :
slack-oauth-step-invite = Invitez Rebound dans les canaux où il doit publier : tapez `/invite @Rebound` dans chacun d’eux.
slack-oauth-step-setup = En tant qu’admin de l’espace de travail, choisissez ces canaux : `/rebound mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
slack-oauth-step-schedule = Planifiez un check-in, par exemple `/rebound mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`, et invitez chacun à noter un premier pas avec `/rebound log applied`. `/rebound help` montre toutes les commandes.
slack-oauth-close = Vous pouvez fermer cet onglet et revenir sur Slack.
slack-oauth-nothing-changed = Rien n’a été modifié.
slack-oauth-again = Recommencer l’installation
slack-oauth-denied-title = Rebound n’a pas été installé
slack-oauth-denied = L’installation a été annulée dans Slack : Rebound n’a pas été ajouté à votre espace de travail.
slack-oauth-browser-title = Cette installation n’a pas commencé dans ce navigateur
slack-oauth-browser = Pour protéger votre espace de travail, une installation doit se terminer dans le navigateur où elle a commencé, en moins de dix minutes.
slack-oauth-state-title = Ce lien d’installation a expiré ou a déjà servi
slack-oauth-state = Chaque lien d’installation ne fonctionne qu’une fois, pendant dix minutes.
slack-oauth-unconfirmed-title = Slack n’a pas confirmé cette installation
slack-oauth-missing-code = Le lien de retour depuis Slack était incomplet.
slack-oauth-invalid-code = La confirmation de Slack avait expiré ou avait déjà servi.
slack-oauth-storage-title = Rebound n’a pas pu enregistrer cette installation
slack-oauth-storage = Réessayez dans une minute. Si cela continue, prévenez la personne qui gère Rebound.
slack-oauth-unknown-title = Slack n’a pas terminé l’installation
slack-oauth-unknown = Slack a répondu `{ $reason }` : Rebound n’a pas été installé.
