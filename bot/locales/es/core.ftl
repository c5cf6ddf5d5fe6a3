# El núcleo de Rebound: errores que cualquier comando puede encontrar.

error-moderators-only = `/{ $command }` es solo para quienes moderan esta comunidad.
error-moderators-only-hint = Si crees que algo debería cambiar, pregúntale a alguien del equipo de moderación.
error-apology = Lo sentimos: algo falló de nuestro lado y no se cambió nada. Vuelve a intentarlo en un momento; el equipo de moderación puede ver qué pasó en los registros.
error-restarting = Rebound se está reiniciando. No se cambió nada; vuelve a intentarlo en un minuto.
error-no-command = No existe el comando `/{ $command }`.
error-unusable-text = Ese comando no pudo usar lo que escribiste, así que no se ejecutó. Prueba con `/help`.
error-unusable-text-of = `/{ $command }` no pudo usar lo que escribiste, así que no se ejecutó. Prueba con `/help`.

# Horas de silencio (bot/core/quiet.py)
quiet-off = desactivadas
quiet-bad-window = `quiet_hours` lleva dos horas, como `22-08` (de 22:00 a 08:00), o `off`.
quiet-same-hours = `quiet_hours` necesita dos horas distintas, como `22-08`, o `off`.

# Cómo se repite un check-in programado (bot/features/checkins/recurrence.py)
recurrence-daily = todos los días a las { $time }
recurrence-weekdays = de lunes a viernes a las { $time }
recurrence-weekly = cada { $day } a las { $time }

# Patrones de fecha (CLDR: EEEE día de la semana, EEE su forma corta, d día, MMMM mes,
# MMM su forma corta, y año; el texto entre 'comillas' se mantiene).
date-day-month = d 'de' MMMM
date-long-day = EEEE, d 'de' MMMM
date-long-day-year = EEEE, d 'de' MMMM 'de' y
date-short-day = EEE d MMM
