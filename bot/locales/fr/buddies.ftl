# Binômes d'entraînement : /buddy join|leave|status, les messages privés de mise en binôme
# et /mod pair (bot/features/buddies). Les codes d'objectif (mock-interview, resume-review,
# networking) et les noms d'options restent en anglais dans toutes les langues : les membres
# les tapent.

buddy-title = Binômes d'entraînement
# Ce pour quoi un membre s'est inscrit ; complète les phrases ci-dessous.
buddy-purpose = { $purpose ->
        [mock-interview] simulations d'entretien
        [resume-review] relectures de CV et de profil
        [networking] réseautage
       *[none] entraînement libre
    }

## Le message privé qui présente son binôme à un membre pour la session

buddy-pair-title = Ton binôme d'entraînement 🤝
buddy-meet = Voici @{ $name }, ton binôme d'entraînement cette semaine.
buddy-pair-purpose = Vous faites équipe pour : { $purpose }.
buddy-pair-mixed = Ton objectif : { $mine } ; celui de ton binôme : { $theirs } — essayez une séance de chaque.
buddy-tz-same = Vous êtes dans le même fuseau horaire, trouver un créneau devrait être facile.
buddy-tz-ahead = Chez ton binôme ({ $zone }), il est { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de plus que chez toi : choisissez un horaire qui vous convient à tous les deux.
buddy-tz-behind = Chez ton binôme ({ $zone }), il est { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de moins que chez toi : choisissez un horaire qui vous convient à tous les deux.
buddy-say-hello = Première étape : envoie un petit bonjour à @{ $name } aujourd'hui.
buddy-first-step = { $purpose ->
        [mock-interview] Bloquez 45 minutes cette semaine. Chacun apporte une vraie offre d'emploi ; posez-vous à tour de rôle trois questions tirées de l'offre, puis partagez une chose qui a bien marché et une chose à améliorer.
        [resume-review] Échangez vos CV ou profils LinkedIn aujourd'hui. Chacun repère les trois lignes qu'un recruteur retiendrait et une ligne à supprimer, puis parlez-en pendant 20 minutes.
        [networking] Échangez une liste de trois personnes ou entreprises que vous voulez contacter, et rédigez chacun un message que l'autre relira (`/template name:network-reach-out` est un bon point de départ).
       *[none] Prévoyez une séance de 30 minutes cette semaine : une simulation d'entretien, un échange de CV ou une heure de candidatures côte à côte en visio.
    }

## Le message privé au membre qui passe son tour

buddy-left-out-title = Pas de binôme cette fois
buddy-left-out-alone = Pour l'instant, tu es la seule personne inscrite : il n'y avait donc encore personne avec qui te mettre en binôme.
buddy-left-out-odd = Cette session comptait un nombre impair de personnes, donc quelqu'un devait attendre — c'est juste de l'arithmétique, rien à voir avec toi.
buddy-left-out-promise = Tu passes en premier à la prochaine session, promis.
buddy-left-out-meanwhile = En attendant : `/prep company:...` pour ton prochain entretien, ou encourage quelqu'un dans le canal de soutien — ça fait du bien à tous les deux.

## /buddy join, /buddy leave, /buddy status

buddy-next-manual = La formation des binômes a lieu quand la modération la lance avec `/mod pair`.
buddy-next = Prochaine formation des binômes : { $when } (ton heure).
buddy-joined = Inscription faite pour : { $purpose }. Je te présenterai un binôme par message privé.
buddy-rejoined = Ton inscription existait déjà ; ton objectif est maintenant : { $purpose }.
buddy-leave-any-time = `/buddy leave` te désinscrit à tout moment.
buddy-not-joined = Tu n'as pas rejoint les binômes.
buddy-not-joined-hint = `/buddy join` t'inscrit.
buddy-left = Plus de binôme pour toi à partir de maintenant. Merci d'avoir pratiqué avec les autres — `/buddy join` te fait revenir quand tu veux.
buddy-status-not-joined = Tu n'as pas rejoint les binômes. `/buddy join purpose:mock-interview` (ou resume-review, networking) te met en binôme avec quelqu'un chaque semaine.
buddy-field-purpose = Objectif
buddy-field-current = Binôme actuel
buddy-current-waiting = aucun cette fois — tu passes en premier la prochaine fois
buddy-current-none = pas encore de binôme

## /mod pair

buddy-pairing-title = Formation des binômes
buddy-scheduled-title = Formation des binômes programmée
buddy-day-time-alone = `day` et `time` vont avec `schedule:weekly`.
buddy-day-time-alone-hint = Par exemple `/mod pair schedule:weekly day:mon time:09:00` ; `/mod pair` seul forme les binômes tout de suite.
buddy-confirm-with-schedule = `confirm` va avec `/mod pair` seul, pour refaire des binômes peu après une session.
buddy-confirm-with-schedule-hint = Par exemple `/mod pair schedule:{ $schedule }`.
buddy-schedule-off = La formation hebdomadaire des binômes est désactivée.
buddy-schedule-was-off = La formation hebdomadaire des binômes n'était pas programmée.
buddy-scheduled = Les binômes seront formés chaque { $day } à { $time } ({ $zone }). Prochaine fois : { $next }.
buddy-repeat = La session { $round } a eu lieu le { $when }, il y a moins d'une semaine ; une nouvelle session maintenant donnerait à tout le monde un nouveau binôme et un nouveau message. Rien n'a été modifié.
buddy-repeat-hint = Pour refaire des binômes quand même : `/mod pair confirm:yes`.
buddy-nobody = Personne ne s'est encore inscrit. Les membres s'inscrivent avec `/buddy join`.
buddy-round-title = Session { $round } : { $count ->
        [one] { $count } binôme
       *[other] { $count } binômes
    }
buddy-waits = @{ $name } attend cette fois-ci et passera en premier la prochaine fois.
buddy-everyone-told = Tout le monde a reçu un message privé.

# The moderators' audit log (`/mod audit`), in the community's language.
buddy-audit-round = tour { $round }
buddy-audit-nobody = personne d’inscrit
buddy-audit-weekly = chaque semaine, le { $day } à { $time }
buddy-audit-off = jumelage hebdomadaire désactivé
