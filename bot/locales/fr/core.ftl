# Le cœur de Rebound : les erreurs que toute commande peut rencontrer.

error-moderators-only = `/{ $command }` est réservée à l'équipe de modération de cette communauté.
error-moderators-only-hint = Adresse-toi à la modération si tu penses que quelque chose doit changer.
error-apology = Désolé — quelque chose s'est mal passé de notre côté et rien n'a été modifié. Réessaie dans un instant ; la modération peut voir ce qui s'est passé dans les journaux.
error-restarting = Rebound redémarre. Rien n'a été modifié ; réessaie dans une minute.
error-no-command = La commande `/{ $command }` n'existe pas.
error-unusable-text = Cette commande n'a pas pu utiliser ce que tu as écrit, elle n'a donc pas été exécutée. Essaie `/help`.
error-unusable-text-of = `/{ $command }` n'a pas pu utiliser ce que tu as écrit, la commande n'a donc pas été exécutée. Essaie `/help`.

# Heures calmes (bot/core/quiet.py)
quiet-off = désactivées
quiet-bad-window = `quiet_hours` attend deux heures comme `22-08` (de 22:00 à 08:00), ou `off`.
quiet-same-hours = `quiet_hours` a besoin de deux heures différentes, comme `22-08`, ou `off`.

# La récurrence d'un programme de check-in (bot/features/checkins/recurrence.py)
recurrence-daily = tous les jours à { $time }
recurrence-weekdays = chaque jour de semaine à { $time }
recurrence-weekly = chaque { $day } à { $time }

# Formats de date (CLDR : EEEE jour de la semaine, EEE sa forme courte, d jour, MMMM mois,
# MMM sa forme courte, y année ; le texte entre 'apostrophes' est conservé).
date-day-month = d MMMM
date-long-day = EEEE d MMMM
date-long-day-year = EEEE d MMMM y
date-short-day = EEE d MMM
