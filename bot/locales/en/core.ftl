# Rebound's core: errors every command can meet.

error-moderators-only = `/{ $command }` is for moderators of this community.
error-moderators-only-hint = Ask a moderator if you think something needs changing.
error-apology = Sorry — something went wrong on our side and nothing was changed. Please try again in a moment; the moderators can see what happened in the logs.
error-restarting = Rebound is restarting. Nothing was changed; please try again in a minute.
error-no-command = There is no command `/{ $command }`.
error-unusable-text = That command could not use what you wrote, so it did not go ahead. Try `/help`.
error-unusable-text-of = `/{ $command }` could not use what you wrote, so it did not go ahead. Try `/help`.

# Quiet hours (bot/core/quiet.py)
quiet-off = off
quiet-bad-window = `quiet_hours` takes two hours like `22-08` (from 22:00 to 08:00), or `off`.
quiet-same-hours = `quiet_hours` needs two different hours, like `22-08`, or `off`.

# How a check-in schedule recurs (bot/features/checkins/recurrence.py)
recurrence-daily = every day at { $time }
recurrence-weekdays = every weekday at { $time }
recurrence-weekly = every { $day } at { $time }

# Date patterns (CLDR: EEEE weekday, EEE its short form, d day, MMMM month, MMM its short
# form, y year; text in 'quotes' is kept). Keep the parts; order and words as the language
# writes dates.
date-day-month = d MMMM
date-long-day = EEEE d MMMM
date-long-day-year = EEEE d MMMM y
date-short-day = EEE d MMM
