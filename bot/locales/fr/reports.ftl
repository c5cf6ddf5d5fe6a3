# Signalements des membres (/report), la file de la modération (/mod reports) et l'historique
# de modération d'un membre (/mod history) (bot/features/reports). Les numéros de publication
# et de signalement ($number, $page) sont des identifiants ; $count est un nombre.

## /report

report-either = Signale soit une publication, soit un membre.
report-either-hint = Par exemple `/report post:12 reason:"..."` ou `/report member:@sam reason:"..."`.
report-crisis-title = Signalement non envoyé
report-crisis = Ton signalement n'a pas été envoyé : un signalement ne contient jamais de mots sur le suicide ou l'automutilation. Si les mots de quelqu'un t'ont fait du mal ou t'inquiètent, tu peux refaire un signalement avec d'autres mots, et la modération s'en occupera.
report-reason-needed = Dis-nous ce qui s'est passé, pour que la modération puisse s'en occuper.
report-reason-needed-hint = Par exemple `/report member:{ $member } reason:"Messages désagréables après mon entretien"`.
report-self = Tu ne peux pas te signaler toi-même.
report-self-hint = Si quelque chose te pèse, la modération est là pour en parler avec toi.
report-no-post = Il n'y a pas de publication { $number } dans cette communauté.
report-no-post-hint = Chaque publication partagée affiche son numéro (`post 12`) ; utilise ce numéro.
report-post-removed = La publication { $number } a déjà été retirée, il n'y a donc rien à signaler.
report-post-by-rebound = La publication { $number } a été publiée par Rebound lui-même, il n'y a donc aucun membre à signaler.
report-post-by-rebound-hint = Si quelque chose à son sujet t'inquiète, parles-en à la modération.
report-post-own = La publication { $number } est la tienne, il n'y a donc rien à signaler.
report-post-own-hint = Si tu veux qu'elle soit retirée, la modération peut s'en charger.
report-duplicate = Tu as déjà signalé la publication { $number }, et la modération a bien ton signalement.
report-duplicate-hint = Elle va s'en occuper. S'il s'est passé quelque chose de nouveau, parles-en à la modération.
# $period : hour ou day (les dernières 24 heures).
report-limit = Tu as fait { $count ->
        [one] { $count } signalement
       *[other] { $count } signalements
    } { $period ->
        [hour] au cours de la dernière heure
       *[day] au cours des dernières 24 heures
    }, c'est la limite pour l'instant.
# $when : une heure aujourd'hui (09:00) ou un jour et une heure (lun. 2 nov. 09:00).
report-limit-hint = Merci de veiller sur la communauté. Tu pourras signaler à nouveau à partir de { $when } ; si c'est urgent, préviens directement la modération.

# La confirmation pour la personne qui signale : un merci, puis l'une des phrases qui suivent.
report-sent-title = Signalement envoyé
report-sent-post = Merci de nous avoir prévenus. La modération a reçu ton signalement concernant la publication { $number } et va s'en occuper.
report-sent-member = Merci de nous avoir prévenus. La modération a reçu ton signalement concernant @{ $name } et va s'en occuper.
report-sent-unaware = @{ $name } ne saura pas qui a fait le signalement.
report-sent-unaware-author = La personne qui l'a publiée ne saura pas qui a fait le signalement.
report-sent-moderator = Comme @{ $name } fait partie de la modération, le signalement n'a pas été publié dans le canal du journal de modération ; la modération le verra dans `/mod reports`.
report-sent-queue = La modération le verra dans `/mod reports`.

# L'objet d'un signalement. $member : « @sam » ou « un ancien membre » ; $what : « victoire dans #wins ».
report-subject-post = la publication { $number }
report-subject-post-by = la publication { $number } par { $member }
report-subject-post-what = la publication { $number } ({ $what })
report-subject-post-by-what = la publication { $number } par { $member } ({ $what })

# Un nouveau signalement dans le canal du journal de modération : une ligne chacun.
report-echo-title = Signalement { $number }
report-echo = @{ $reporter } a signalé { $subject }.
report-echo-reason = Motif : { $reason }
report-echo-resolve = `/mod reports resolve:{ $number }` le clôt une fois qu'il est traité.

## /mod reports

report-note-alone = Une note accompagne toujours le signalement qu'elle clôt.
report-note-alone-hint = Par exemple `/mod reports resolve:3 note:"Publication retirée"`.
report-queue-title-empty = Signalements
report-none-open = Aucun signalement ouvert.
report-resolved-earlier = { $count ->
        [one] { $count } résolu auparavant.
       *[other] { $count } résolus auparavant.
    }
report-none-open-how = Les membres signalent des publications et des membres en privé avec `/report` ; les nouveaux signalements apparaissent ici.
report-queue-title = { $count ->
        [one] { $count } signalement ouvert
       *[other] { $count } signalements ouverts
    }
# $when : lun. 2 nov. 09:00 ; $reporter : « @ana » ou « un ancien membre ».
report-queue-line = Signalement { $number } · { $when } · { $reporter } a signalé { $subject }
report-queue-line-reason = Signalement { $number } · { $when } · { $reporter } a signalé { $subject } : { $reason }
report-queue-more = … et { $count } de plus ; traite ceux-ci pour les voir.
report-field-times = Heures
report-times-oldest = ton heure ({ $zone }) ; les plus anciens d'abord
report-field-resolve = Clôturer
report-resolve-how = `/mod reports resolve:n note:"ce qui a été fait"` en clôt un.
report-field-as-they-arrive = Au fil de l'eau
report-as-they-arrive = Avec `/mod setup modlog_channel:#channel`, les nouveaux signalements sont publiés dans ce canal.

report-no-report = Il n'y a pas de signalement { $number } dans cette communauté.
report-no-report-hint = `/mod reports` liste ceux qui sont ouverts, avec leur numéro.
report-already-resolved = Le signalement { $number } a déjà été résolu par { $member } le { $when }.
report-already-resolved-hint = `/mod reports` liste ceux qui sont ouverts.
report-resolved-title = Signalement résolu
report-resolved = Le signalement { $number } est résolu.
report-resolved-reporter-told = La personne qui l'a fait a été prévenue par message privé qu'il a été traité (ta note reste entre les mains de la modération).
# Un signalement résolu dans le canal du journal de modération.
report-echo-resolved-title = Signalement { $number } résolu
report-echo-resolved = @{ $moderator } a résolu le signalement { $number }, concernant { $subject }.
report-echo-resolved-note = @{ $moderator } a résolu le signalement { $number }, concernant { $subject } : { $note }

## /mod history

report-history-title = Historique de modération de { $member }
report-history-title-page = Historique de modération de { $member } — page { $page } sur { $count }
report-history-empty = Aucune action de modération ni aucun signalement concernant { $member }.
report-field-now = En ce moment
report-history-muted = En sourdine { $until }
report-history-not-muted = Pas en sourdine
report-history-open-reports = { $count ->
        [0] aucun signalement ouvert
        [one] { $count } signalement ouvert
       *[other] { $count } signalements ouverts
    }
report-history-now = { $mute } ; { $reports }.
report-history-now-alone = { $mute }.
report-times-newest = ton heure ({ $zone }) ; les plus récents d'abord
report-field-older = Plus anciens
report-history-older = `/mod history member:{ $member } page:{ $page }`
report-history-no-page = La page { $page } n'existe pas : l'historique compte { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }.
report-history-no-page-hint = `/mod history member:{ $member } page:{ $last }` affiche la plus ancienne.
# Un signalement dans l'historique : $status est l'un des report-status-*.
report-history-line = { $when } · { $reporter } · signalement · { $subject } — signalement { $number } ({ $status })
report-history-line-reason = { $when } · { $reporter } · signalement · { $subject } — signalement { $number } ({ $status }) : { $reason }
report-status-open = ouvert
report-status-resolved = résolu par { $member }
report-status-resolved-note = résolu par { $member } : « { $note } »

# L'entrée du journal d'audit pour un signalement résolu (le registre de la communauté, dans sa langue).
# $member représente le nom actuel du membre : le garder tel quel.
report-audit = signalement { $number }
report-audit-about = signalement { $number } concernant { $member }
