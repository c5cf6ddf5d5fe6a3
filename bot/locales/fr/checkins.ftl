# Check-ins : /checkin, les commandes /mod checkin-* (bot/features/checkins/__init__.py)
# et les passages : questions, rappels et résumés (bot/features/checkins/runs.py).
# Les questions, résumés et réponses publiés dans le canal sont dans la langue de la
# communauté ; les réponses individuelles et les rappels dans celle du membre.

## /checkin

checkin-nothing-given = Partage au moins une chose avec le groupe : ce que tu as fait, la suite, un blocage ou ton humeur.
checkin-nothing-given-hint = Par exemple `/checkin did:"envoyé 2 candidatures" mood:4`.
checkin-muted = La modération a mis ton compte en sourdine, ta réponse ne peut donc pas être publiée dans le canal.
checkin-muted-hint = Réponds avec `private:yes` — ça compte quand même pour ta série et pour le résumé.
checkin-several-open = Plusieurs check-ins sont ouverts en ce moment : { $channels }.
checkin-several-open-hint = Réponds dans le canal du check-in que tu vises.
checkin-none-open = Il n'y a aucun check-in ouvert auquel répondre pour l'instant.
checkin-none-scheduled = Aucun check-in n'est programmé ; la modération peut en lancer un avec `/mod checkin-schedule`.
# Aussi après que `/mod setup timezone:` a déplacé les programmes.
checkin-next-opens = Le prochain s'ouvre le { $when } dans { $channel }.

# La réponse d'un membre, publiée sous la question.
checkin-answer-title = { $name } a fait son check-in
checkin-answer-did = Fait : { $text }
checkin-answer-next = Ensuite : { $text }
checkin-answer-blocker = Blocage : { $text }
checkin-answer-mood = Humeur : { $mood }/5 ({ $mood ->
        [1] difficile
        [2] en baisse
        [3] correcte
        [4] bonne
       *[5] excellente
    })
checkin-answer-empty = Check-in fait.
# Remplace une réponse que son auteur a rendue privée (la plateforme supprime le message).
checkin-answer-withdrawn = (réponse rendue privée par la personne qui l'a écrite)

# La réponse à /checkin.
checkin-done-title = Check-in fait ✓
checkin-done = Merci pour ton check-in dans { $channel }.
checkin-updated-title = Check-in mis à jour
checkin-updated = Ta réponse pour { $channel } est mise à jour.
checkin-update-until = Tu peux la modifier jusqu'au { $closes }.
checkin-share-posted = Je la publie sous le check-in dans { $channel }.
checkin-share-removed = La modération a retiré ta réponse du canal : cette mise à jour est donc enregistrée, mais pas publiée.
checkin-share-edited = Ta réponse dans { $channel } a été modifiée en conséquence ; aucun doublon n'a été publié.
checkin-share-withdrawn = Désormais privée : j'ai retiré ta réponse du fil et des blocages du résumé.
checkin-share-private = Gardée privée : tu n'apparais dans le résumé que dans le nombre de réponses.

## /mod checkin-schedule

checkin-no-channel = Dans quel canal le check-in doit-il avoir lieu ? Cette communauté n'a pas encore de canal de check-in.
checkin-no-channel-hint = Ajoute `channel:#checkins`, ou définis le canal par défaut une fois pour toutes avec `/mod setup checkin_channel:#checkins`.
checkin-weekly-needs-day = Un check-in hebdomadaire a besoin d'un `day`.
checkin-weekly-needs-day-hint = Par exemple `/mod checkin-schedule ... cadence:weekly day:mon time:09:00`.
checkin-day-only-weekly = { $cadence ->
        [daily] `day` ne sert qu'aux check-ins hebdomadaires ; un check-in quotidien a lieu tous les jours.
       *[weekdays] `day` ne sert qu'aux check-ins hebdomadaires ; un check-in en semaine a lieu du lundi au vendredi.
    }
checkin-day-only-weekly-hint = Retire `day`, ou utilise `cadence:weekly`.
checkin-clash-same = Le check-in { $number } a déjà lieu dans { $channel } { $recurrence }.
checkin-clash-same-hint = Fais d'abord `/mod checkin-cancel id:{ $number }` si tu veux le modifier.
checkin-clash = Le check-in { $number } a déjà lieu dans { $channel } { $recurrence } : ce check-in { $cadence ->
        [daily] quotidien
        [weekdays] en semaine
       *[weekly] hebdomadaire
    } y publierait deux questions en même temps.
checkin-clash-hint = Annule-le d'abord avec `/mod checkin-cancel id:{ $number }` puis programme à nouveau celui-ci, ou choisis une autre heure ou un autre canal.
checkin-schedule-crisis-title = Check-in non programmé
checkin-schedule-crisis = Je n'ai pas programmé ce check-in : sa question est publiée pour tout le canal, et une question ne contient jamais de mots sur le suicide ou l'automutilation. Programme-le à nouveau avec d'autres mots, ou sans `prompt:` pour poser la question par défaut.
checkin-scheduled-title = Check-in programmé
checkin-scheduled = Le check-in { $number } aura lieu dans { $channel } { $recurrence } ({ $zone }).
checkin-scheduled-first = Le premier : { $when }.
checkin-scheduled-closes-next = Chacun se ferme quand le suivant s'ouvre, et je publie alors son résumé. Les membres qui ont activé les rappels reçoivent un petit rappel avant la fermeture.
checkin-scheduled-closes-after = Chacun se ferme au bout de { $hours } heures, ou à l'ouverture du suivant si elle arrive plus tôt, et je publie alors son résumé. Les membres qui ont activé les rappels reçoivent un petit rappel avant la fermeture.
checkin-scheduled-neighbour = À noter : le check-in { $number } a aussi lieu dans { $channel } { $recurrence }. Un check-in se ferme dès que le suivant s'ouvre dans le même canal ; `/mod checkin-cancel id:{ $number }` arrête celui-là.
# Le journal d'audit de la modération.
checkin-audit-scheduled = n° { $number } : { $recurrence } { $zone }
checkin-audit-target = check-in { $number }

## /mod checkin-schedules

checkin-list-title = Programmes de check-in
checkin-list-field = Check-in { $number }
# Où et quand un programme a lieu (aussi dans /mod checkin-cancel).
checkin-where-when = { $channel }, { $recurrence }
checkin-list-summary-after = résumé après { $hours } h
checkin-list-next = prochain : { $when }
checkin-list-not-planned = prochain : non prévu
checkin-list-prompt = question : « { $prompt } »
checkin-list-open-title = Ouverts en ce moment
checkin-list-open = { $channel } jusqu'au { $until } · { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
checkin-list-open-no-close = { $channel } jusqu'à son résumé · { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
checkin-list-none = Aucun check-in n'est programmé. Lance un rythme avec `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`.
checkin-list-how = Les heures suivent le fuseau horaire de la communauté, { $zone }. Annule un programme avec `/mod checkin-cancel id:n`.

## /mod checkin-cancel

checkin-cancel-unknown = Il n'y a pas de programme de check-in { $id } ici.
checkin-cancel-unknown-hint = `/mod checkin-schedules` les affiche avec leurs numéros.
checkin-cancel-already = Le check-in { $number } est déjà annulé.
checkin-cancelled-title = Check-in annulé
checkin-cancelled = Check-in { $number } annulé ({ $what }). Plus aucune question ne sera publiée.
checkin-cancelled-closed = Celui qui était ouvert a été fermé et son résumé publié.

## /mod checkin-now

checkin-now-title = Check-in ouvert
checkin-now-opened = Check-in ouvert dans { $channel }. Il se ferme le { $closes }, et je publierai alors son résumé.
checkin-now-busy = { $which ->
        [extra] Un check-in supplémentaire
       *[scheduled] Le check-in { $number }
    } est ouvert dans { $channel } jusqu'au { $until }, et les membres savent qu'ils peuvent répondre jusque-là : je n'en ai donc pas ouvert un autre dans ce canal.
checkin-now-busy-hint = Les membres peuvent y répondre dès maintenant avec `/checkin`. Une fois qu'il sera fermé, `/mod checkin-now` en ouvrira un supplémentaire ; dans un autre canal, c'est possible tout de suite.

## Un nouveau fuseau horaire pour la communauté (la réponse à /mod setup timezone:)

checkin-zone-moved = { $count ->
        [one] { $count } programme de check-in a désormais lieu
       *[other] { $count } programmes de check-in ont désormais lieu
    } à { $times } { $zone }.
# Deux heures ou plus : `08:00, 09:00 et 17:30` ($first : toutes sauf la dernière, séparées par des virgules).
checkin-zone-times = { $first } et { $last }
checkin-zone-sooner = Le check-in ouvert dans { $channel } se ferme maintenant le { $when }, à l'ouverture du suivant.

## La question (runs.py)

checkin-prompt-title = Check-in · { $period }
checkin-prompt-title-late = Check-in · { $period } (publié en retard)
checkin-period-extra = { $when } (supplémentaire)
checkin-period-extra-n = { $when } (supplémentaire { $n })
checkin-prompt-default = Où en est ta recherche ? Raconte ce que tu as fait, la suite, et ce qui te bloque.
checkin-how-to-answer = Réponds avec `/checkin did:... next:... blocker:... mood:1-5` — ajoute `private:yes` pour que ça reste entre toi et moi. Ça compte pour ta série.
checkin-open-until = Ouvert jusqu'au { $when }.
checkin-late = Désolé pour le retard — j'étais hors ligne au moment prévu ({ $when }).
checkin-button = Faire mon check-in

## Le rappel, en message privé

checkin-remind-title = Un petit rappel amical pour le check-in
checkin-remind =
    Le check-in dans { $channel } se ferme le { $when }. Deux lignes suffisent largement : `/checkin did:... next:...` — ajoute `private:yes` pour le garder pour toi.
    Pas maintenant ? `/pause` te permet de faire une pause, et `/settings reminders:off` arrête ces rappels.

## Le résumé

checkin-summary-title = Résumé du check-in · { $period }
checkin-summary-offline = J'étais hors ligne pendant tout ce check-in, donc aucune question n'est partie — voici quand même ce que la communauté a fait.
checkin-summary-answers = { $count ->
        [one] { $count } membre a fait son check-in
       *[other] { $count } membres ont fait leur check-in
    }. Merci d'avoir répondu présent.
checkin-summary-nobody = Personne n'a fait son check-in cette fois — ce n'est pas grave, le prochain est un nouveau départ.
checkin-summary-logged = Noté sur la période : { $applied ->
        [one] { $applied } candidature
       *[other] { $applied } candidatures
    }, { $interviews ->
        [one] { $interviews } entretien
       *[other] { $interviews } entretiens
    }, { $wins ->
        [one] { $wins } victoire
       *[other] { $wins } victoires
    }.
checkin-summary-nothing-logged = Rien de noté sur la période — le repos compte aussi.
checkin-summary-mood = Humeur moyenne : { NUMBER($mood, minimumFractionDigits: 1) }/5.
checkin-summary-blockers = Blocages — quelqu'un peut aider ?
checkin-summary-blocker = • { $name } : { $blocker }
checkin-summary-more-blockers = …et { $count } de plus
# L'objectif hebdomadaire : $bar vaut ▰▰▰▱▱▱▱▱▱▱, $done/$goal compte les candidatures.
checkin-goal-this-week = { $reached ->
        [yes] Cette semaine pour l'instant : { $bar } { $done }/{ $goal } candidatures — objectif atteint, bravo à tout le monde !
       *[no] Cette semaine pour l'instant : { $bar } { $done }/{ $goal } candidatures
    }
checkin-goal-week-of = { $reached ->
        [yes] Semaine du { $day } : { $bar } { $done }/{ $goal } candidatures — objectif atteint, bravo à tout le monde !
       *[no] Semaine du { $day } : { $bar } { $done }/{ $goal } candidatures
    }
# L'une de ces phrases clôt chaque résumé, à tour de rôle.
checkin-encourage-steps = Des petits pas, répétés, finissent par mener à un emploi. Rendez-vous au prochain check-in.
checkin-encourage-ticket = Chaque candidature est un ticket de plus pour le tirage — et chaque refus est une information, pas un verdict.
checkin-encourage-showing-up = Être au rendez-vous, c'est le plus dur — et ce groupe y est, encore et encore.
checkin-encourage-invisible = Dans une recherche d'emploi, les progrès sont souvent invisibles… jusqu'au jour où ils ne le sont plus. Continuez.
checkin-encourage-rest = Le repos compte aussi. Prenez soin de vous, et les uns des autres.
