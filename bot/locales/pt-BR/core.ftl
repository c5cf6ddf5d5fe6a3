# O núcleo do Rebound: erros que qualquer comando pode encontrar.

error-moderators-only = `/{ $command }` é só para a moderação desta comunidade.
error-moderators-only-hint = Se você acha que algo precisa mudar, fale com alguém da moderação.
error-apology = Desculpe: algo deu errado do nosso lado e nada foi alterado. Tente de novo daqui a pouco; a moderação consegue ver o que aconteceu nos registros.
error-restarting = O Rebound está reiniciando. Nada foi alterado; tente de novo em um minuto.
error-no-command = Não existe o comando `/{ $command }`.
error-unusable-text = Esse comando não conseguiu usar o que você escreveu, então não foi executado. Experimente `/help`.
error-unusable-text-of = `/{ $command }` não conseguiu usar o que você escreveu, então não foi executado. Experimente `/help`.

# Horário de silêncio (bot/core/quiet.py)
quiet-off = desativado
quiet-bad-window = `quiet_hours` recebe duas horas, como `22-08` (das 22:00 às 08:00), ou `off`.
quiet-same-hours = `quiet_hours` precisa de duas horas diferentes, como `22-08`, ou `off`.

# Como um check-in programado se repete (bot/features/checkins/recurrence.py)
recurrence-daily = todos os dias às { $time }
recurrence-weekdays = de segunda a sexta às { $time }
recurrence-weekly = toda semana, { $day }, às { $time }

# Padrões de data (CLDR: EEEE dia da semana, EEE sua forma curta, d dia, MMMM mês,
# MMM sua forma curta, y ano; o texto entre 'aspas' é mantido).
date-day-month = d 'de' MMMM
date-long-day = EEEE, d 'de' MMMM
date-long-day-year = EEEE, d 'de' MMMM 'de' y
date-short-day = EEE d MMM
