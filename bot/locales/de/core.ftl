# Der Kern von Rebound: Fehler, auf die jeder Befehl stoßen kann.

error-moderators-only = `/{ $command }` ist der Moderation dieser Community vorbehalten.
error-moderators-only-hint = Wende dich an die Moderation, wenn du findest, dass sich etwas ändern sollte.
error-apology = Entschuldige – bei uns ist etwas schiefgelaufen, und es wurde nichts geändert. Versuch es gleich noch einmal; die Moderation kann in den Logs sehen, was passiert ist.
error-restarting = Rebound startet gerade neu. Es wurde nichts geändert; versuch es in einer Minute noch einmal.
error-no-command = Es gibt keinen Befehl `/{ $command }`.
error-unusable-text = Mit deiner Eingabe konnte dieser Befehl nichts anfangen, deshalb wurde er nicht ausgeführt. Probier `/help`.
error-unusable-text-of = Mit deiner Eingabe konnte `/{ $command }` nichts anfangen, deshalb wurde der Befehl nicht ausgeführt. Probier `/help`.

# Ruhezeiten (bot/core/quiet.py)
quiet-off = aus
quiet-bad-window = `quiet_hours` erwartet zwei Stunden wie `22-08` (von 22:00 bis 08:00) oder `off`.
quiet-same-hours = `quiet_hours` braucht zwei verschiedene Stunden, etwa `22-08`, oder `off`.

# Wie sich ein Check-in-Zeitplan wiederholt (bot/features/checkins/recurrence.py)
recurrence-daily = jeden Tag um { $time }
recurrence-weekdays = jeden Werktag um { $time }
recurrence-weekly = jeden { $day } um { $time }

# Datumsmuster (CLDR: EEEE Wochentag, EEE seine Kurzform, d Tag, MMMM Monat, MMM seine
# Kurzform, y Jahr; Text in 'Anführungszeichen' bleibt stehen).
date-day-month = d. MMMM
date-long-day = EEEE, d. MMMM
date-long-day-year = EEEE, d. MMMM y
date-short-day = EEE d. MMM
