# Le cœur autour des commandes : le cycle de vie d'une communauté (bot/core/lifecycle.py), les
# publications qu'une plateforme a refusées (bot/core/delivery.py), les messages privés qui n'ont
# pas pu être remis (bot/core/undelivered.py), les fuseaux horaires (bot/core/zones.py) et les
# admins propres à une communauté (bot/core/grants.py).

## Une communauté qui a installé, retiré ou rajouté Rebound

system-not-installed = Rebound a été retiré de cette communauté, il n'accepte donc plus de commandes ici. S'il est rajouté dans un délai de { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }, tout est encore là : séries, check-ins et réglages.
system-welcome-back-title = Rebound est de retour
# $name : le nom de la communauté, ou system-welcome-your-community.
system-welcome-back = Tout est resté en place dans { $name } : séries, check-ins, objectifs et réglages. `/mod setup` affiche la configuration ; `/help` liste toutes les commandes.
system-welcome-title = Merci d'avoir ajouté Rebound
# Suivi des trois étapes numérotées ci-dessous, une par ligne.
system-welcome = Rebound aide les personnes en recherche d'emploi de { $name } à tenir bon ensemble : séries, check-ins et encouragements après chaque refus. Trois étapes pour le mettre en place :
system-welcome-step-channels = La modération choisit les canaux : `/mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
system-welcome-step-checkin = Programme un check-in : `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`
system-welcome-step-first = Invite tout le monde à enregistrer un premier pas, comme `/log activity:applied`. `/help` montre tout le reste.
system-welcome-your-community = ta communauté
system-welcome-to-owner = Je n'ai pu publier ce message dans aucun canal de { $name }, alors je te l'envoie à toi, en tant que propriétaire.

## Une publication que la plateforme a définitivement refusée, signalée à son auteur par message privé
## $post : le numéro de la publication ; $channel : comme #wins ; $problem : les mots de la plateforme.

system-not-posted-title = Non publié
system-not-posted-in = Ta publication { $post } n'a pas pu être publiée dans { $channel }.
system-not-posted-in-why = Ta publication { $post } n'a pas pu être publiée dans { $channel } ({ $problem }).
system-not-posted = Ta publication { $post } n'a pas pu être publiée dans le canal.
system-not-posted-why = Ta publication { $post } n'a pas pu être publiée dans le canal ({ $problem }).
system-not-posted-saved = Ce que tu as partagé est bien enregistré, et la modération peut voir le problème du canal dans `/mod setup`.

## Les messages privés qu'une plateforme refuse de remettre

system-dm-files-here = Le fichier est dans tes messages privés avec Rebound.
system-dm-own-closed = Tes messages privés sont fermés, alors le voici ici, en privé.
system-dm-other-closed = Je n'ai pas pu envoyer le message privé : ce membre n'accepte pas les messages privés de Rebound. Ta commande, elle, a bien été prise en compte.

## Fuseaux horaires

system-unknown-timezone = `{ $name }` n'est pas un fuseau horaire que je connais.
# $zones : des noms de fuseaux horaires, comme `Europe/Berlin, Europe/Busingen`.
system-unknown-timezone-close = `{ $name }` n'est pas un fuseau horaire que je connais. Tu voulais dire { $zones } ?
system-unknown-timezone-hint = Utilise un nom IANA comme Europe/Paris ou America/Toronto.

## Ce qui fait de quelqu'un l'un des admins propres à une communauté, selon la plateforme

system-admin-discord = Gérer le serveur sur Discord
system-admin-slack = admin ou propriétaire de l'espace de travail sur Slack
system-admin-console = ajouté à la modération avec `!mod`
# A scheduled direct message the platform refused (scheduled work has nobody to tell).
delivery-problem-dms-closed = { $name } n’accepte pas les messages privés
