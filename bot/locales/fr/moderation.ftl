# Moderator tools (bot/features/moderation): /mod mute, /mod unmute, /mod mutes,
# /mod remove, /mod audit, /mod stats and /mod export; what they post to the moderator
# log channel, what they tell members by DM, and what they write to the audit log.

## Shared words
mod-former-member = un ancien membre
# An audit entry Rebound wrote by itself (a mute that ended on its own).
mod-system-actor = Rebound (automatique)
mod-field-times = Heures
mod-questions = Si tu as des questions, n'hésite pas à contacter l'équipe de modération.
mod-until-lifted = jusqu'à ce que l'équipe de modération la lève
mod-span-days = pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
mod-reason-given = Motif indiqué : { $reason }

## /mod mute
mod-mute-self = Tu ne peux pas te mettre toi-même en sourdine.
# $kind says what makes someone an admin there: "Manage Server on Discord".
mod-admin-by-admin = @{ $member } fait partie des admins de cette communauté ({ $kind }), comme toi. Les admins sont les propriétaires de la communauté : personne ne peut les mettre en sourdine, pas même un autre admin. Rien n'a été modifié.
mod-admin-by-admin-hint = Si quelque chose t'inquiète, parles-en directement avec cette personne.
mod-admin-by-mod = @{ $member } fait partie des admins de cette communauté ({ $kind }) : l'équipe de modération ne peut donc pas mettre cette personne en sourdine. Rien n'a été modifié.
mod-admin-by-mod-hint = Si quelque chose dans son comportement t'inquiète, parles-en directement avec cette personne ou avec un autre admin.
mod-muted-title = Membre mis en sourdine
# $span: "for 3 days" or "until a moderator lifts it"; $until: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mod-mute-done = @{ $member } est en sourdine { $span }.
mod-mute-done-until = @{ $member } est en sourdine { $span }, { $until }.
mod-mute-replaces = Cela remplace sa sourdine précédente.
mod-mute-how-lift = `/mod unmute member:@{ $member }` la lève tout de suite. La personne a été prévenue en message privé.
mod-mute-how-lift-timed = La sourdine se lèvera d'elle-même ; `/mod unmute member:@{ $member }` la lève tout de suite. La personne a été prévenue en message privé.
mod-muted-dm-title = Tu es en sourdine
mod-muted-dm = L'équipe de modération a décidé de te mettre en sourdine { $until }. Pendant ce temps, tu ne peux ni partager de publications ni encourager les autres ; tes commandes privées (suivi, séries, modèles, réflexions) continuent de fonctionner.
# Posted to the moderator log channel.
mod-echo-muted = @{ $moderator } a mis @{ $member } en sourdine { $span }.
mod-echo-muted-reason = @{ $moderator } a mis @{ $member } en sourdine { $span } : { $reason }.

## /mod unmute
mod-not-muted = { $member } n'est pas en sourdine.
mod-not-muted-hint = `/mod audit` affiche les mises en sourdine récentes et leur date de fin.
mod-unmuted-title = Sourdine levée
# $member is "@sam", or how the moderator named someone who erased their data.
mod-echo-unmuted = @{ $moderator } a levé la sourdine de { $member }.
mod-unmute-done = @{ $member } peut de nouveau partager et encourager. La personne a été prévenue en message privé.
mod-unmute-done-gone = { $member } pourra de nouveau partager et encourager à son retour.
mod-unmuted-dm-title = Tu peux de nouveau partager
mod-unmuted-dm = L'équipe de modération a levé ta sourdine : tu peux de nouveau partager des publications et encourager les autres.

## /mod mutes
mod-mutes-title = Sourdines actives : { $count }
mod-mutes-none = Personne n'est en sourdine en ce moment. `/mod mute member:@name` met quelqu'un en sourdine.
mod-mutes-until = jusqu'au { $when }
mod-mutes-line = { $member } · { $until } · sourdine posée par { $by } le { $since }
mod-mutes-line-reason = { $member } · { $until } · sourdine posée par { $by } le { $since } — { $reason }
mod-mutes-times = ton heure ({ $zone }) ; `/mod unmute member:@name` lève une sourdine tout de suite

## What a post is, by its kind
mod-kind-rejection = refus partagé
mod-kind-win = victoire
mod-kind-answer = réponse au check-in
mod-kind-cheer = encouragement
mod-kind-checkin = question du check-in
mod-kind-summary = résumé du check-in
mod-kind-modlog = entrée du journal de modération
mod-kind-post = publication
mod-kind-message = message
# "win in #wins"
mod-post-in = { $what } dans { $channel }
mod-post-number = publication { $number }
mod-report-number = signalement { $number }

## /mod remove
# What a removed post says in its channel.
mod-removed = (contenu retiré par l'équipe de modération)
mod-removed-title = Publication retirée
# $post: "win in #wins".
mod-remove-done = Publication { $number } retirée ({ $post }) : le message est retiré du canal et son texte effacé des données de Rebound.
mod-remove-author-told = La personne qui l'a publiée a été prévenue en message privé.
# $reports: "report 3" or "reports 1, 2 and 5".
mod-reports-many = signalements { $listed } et { $last }
mod-closes = Cela clôt ce qui avait été signalé à son sujet ({ $reports }).
mod-closes-told-all = Cela clôt ce qui avait été signalé à son sujet ({ $reports }) ; { $count ->
        [one] la personne qui l'avait signalée a été prévenue
       *[other] les personnes qui l'avaient signalée ont été prévenues
    }.
mod-closes-told-others = Cela clôt ce qui avait été signalé à son sujet ({ $reports }) ; { $count ->
        [one] l'autre personne qui l'avait signalée a été prévenue
       *[other] les autres personnes qui l'avaient signalée ont été prévenues
    }.
mod-echo-removed = @{ $moderator } a retiré la publication { $number } ({ $post }).
mod-echo-removed-by = @{ $moderator } a retiré la publication { $number } de @{ $author } ({ $post }).
mod-removed-dm-title = Une de tes publications a été retirée
mod-removed-dm = L'équipe de modération a retiré ta publication { $number } ({ $what }).
mod-removed-dm-in = L'équipe de modération a retiré ta publication { $number } ({ $what }) dans { $channel }.
mod-removed-dm-erased = Son texte est effacé ; le reste de ton historique (ta série, tes compteurs) ne change pas.
mod-no-post = Il n'y a pas de publication { $number } dans cette communauté.
mod-no-post-hint = Chaque publication partagée affiche son numéro (`Publication 12`) ; utilise ce numéro.
mod-already-removed = La publication { $number } a déjà été retirée.
mod-not-member-post = La publication { $number } ({ $what }) a été postée par Rebound, pas partagée par un membre : `/mod remove` n'y touche donc pas.
mod-not-member-post-hint = `/mod remove` concerne ce que partagent les membres : refus, victoires, réponses aux check-ins et encouragements affichés dans un canal.
# To someone whose report was closed. $about: "post 12" or "@sam".
mod-report-handled-title = Ton signalement a été traité
mod-report-handled = L'équipe de modération a examiné ton signalement ({ $about }) et l'a clos. Merci d'aider à garder cette communauté bienveillante et sûre.
mod-report-handled-removed = L'équipe de modération a examiné ton signalement ({ $about }) et l'a clos : la publication a été retirée. Merci d'aider à garder cette communauté bienveillante et sûre.

## The audit log's own record, written in the community's language when it happens
# $member stands for the member's current name, filled in when the log is shown.
mod-audit-mute-reason = { $span } : { $reason }
mod-audit-post-by = publication { $number } de { $member }
mod-audit-report-about = signalement { $number } concernant { $member }
# The note a report keeps when it was closed by removing its post.
mod-resolution-post-removed = publication retirée
mod-audit-export = CSV agrégé, { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }

## /mod audit
mod-audit-title = Journal d'audit
mod-audit-empty = Aucune action de modération pour l'instant. Les mises en sourdine, retraits de publications, changements de configuration, exports et modifications de modèles apparaîtront ici.
# $what: "mutes", "mutes by or about @sam".
mod-audit-empty-of = Pas encore d'entrée pour « { $what } ».
mod-audit-no-page = La page { $page } n'existe pas : le journal d'audit compte { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } ({ $total ->
        [one] { $total } action
       *[other] { $total } actions
    }).
mod-audit-no-page-of = La page { $page } n'existe pas : la sélection « { $what } » compte { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } ({ $total ->
        [one] { $total } action
       *[other] { $total } actions
    }).
mod-audit-no-page-hint = `{ $usage }` affiche la plus ancienne.
mod-audit-no-page-hint-all = `{ $usage }` les affiche toutes.
mod-audit-times = heure de la communauté ({ $zone }) ; les plus récentes d'abord
mod-audit-older = Plus anciennes
mod-audit-next = `{ $usage }` affiche la page suivante.
mod-audit-page = Journal d'audit — page { $page } sur { $pages }
mod-audit-page-of = Journal d'audit : { $what } — page { $page } sur { $pages }
mod-audit-bad-action = `{ $action }` n'est pas une action du journal d'audit.
mod-audit-bad-action-guess = `{ $action }` n'est pas une action du journal d'audit. Tu voulais dire `{ $guess }` ?
# $actions: the action codes, as moderators type them.
mod-audit-actions = Actions : { $actions }.
mod-filter-by-or-about = { $what } par ou concernant { $member }
mod-filter-any-by-or-about = actions par ou concernant { $member }
# How /mod audit names the entries of one action.
mod-noun-mute = mises en sourdine
mod-noun-unmute = levées de sourdine
mod-noun-mute-expired = sourdines expirées
mod-noun-remove-post = publications retirées
mod-noun-moderators = changements dans l'équipe de modération
mod-noun-resolve-report = signalements résolus
mod-noun-setup = changements de configuration
mod-noun-export = exports
mod-noun-checkin-schedule = planifications de check-in
mod-noun-checkin-cancel = check-ins annulés
mod-noun-checkin-now = check-ins ouverts manuellement
mod-noun-template-add = modèles ajoutés
mod-noun-template-replace = modèles remplacés
mod-noun-template-remove = modèles supprimés
mod-noun-pair = tours de binômes
mod-noun-pair-schedule = changements du planning des binômes
mod-noun-other = entrées `{ $action }`

## /mod stats
mod-stats-title = Tableau de bord de la communauté · { $community }
mod-stats-intro = Mis à jour le { $day }. Uniquement des chiffres — ni noms ni notes. Le graphique montre les { $weeks } dernières semaines par type ; `/mod export` fournit toutes les semaines en CSV.
mod-stats-members = Membres
mod-stats-active-7 = Actifs, 7 derniers jours
mod-stats-active-30 = Actifs, 30 derniers jours
mod-stats-checkins = Check-ins, 30 derniers jours
mod-stats-by-kind = Activité par type, 30 derniers jours
mod-stats-streaks = Séries en cours
mod-stats-goal = Objectif collectif de la semaine
mod-stats-goal-progress = { $done } sur { $goal } candidatures
# One row of a count: "applied: 12", "7–13: 4".
mod-stats-count = { $label } : { $count }
mod-stats-nothing = rien d'enregistré pour l'instant
# Counted things that are not `/log` kinds.
mod-stats-kind = { $kind ->
        [rejection] refus
        [win] victoire
        [checkin] check-in
        [reflection] réflexion
        [cheer] encouragement
       *[other] { $kind }
    }
mod-stats-no-runs = aucun check-in n'a eu lieu (`/mod checkin-schedule` en programme un)
mod-stats-runs = { $runs ->
        [one] { $runs } check-in
       *[other] { $runs } check-ins
    }
# $runs: "3 check-ins".
mod-stats-runs-no-answers = { $runs }, aucune réponse pour l'instant
mod-stats-answers = { $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    }
mod-stats-per-run = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } par check-in
# $facts: "6 check-ins, 14 answers, 2.3 per check-in"; $share is a percentage.
mod-stats-share = { $facts } — en moyenne, { $share } % des membres actifs ont répondu
mod-stats-streaks-none = personne n'a encore rien enregistré
mod-stats-streak-zero = 0 jour
# $buckets: "0 days: 2 · 1–2: 3 · …".
mod-stats-streaks-of = { $buckets } (sur { $members ->
        [one] { $members } membre ayant enregistré quelque chose
       *[other] { $members } membres ayant enregistré quelque chose
    })

## /mod export
mod-export-title = Export de la communauté
mod-export-done = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } : pour chaque semaine (à partir du lundi) et chaque type, combien d'entrées et combien de membres.
mod-export-done-week = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, la semaine du { $first } : pour chaque semaine (à partir du lundi) et chaque type, combien d'entrées et combien de membres.
mod-export-done-weeks = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, semaines du { $first } au { $last } : pour chaque semaine (à partir du lundi) et chaque type, combien d'entrées et combien de membres.
mod-export-private = Aucun nom, aucune note ni aucun autre texte personnel n'est inclus.
mod-export-alt = Nombre agrégé d'activités par semaine et par type
