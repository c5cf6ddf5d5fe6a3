# /settings (bot/features/settings)

settings-title = Suas configurações
settings-field-timezone = Fuso horário
settings-field-streak-days = Dias da sequência
settings-field-reminders = Lembretes
settings-field-leaderboard = Ranking
settings-field-cheers-via = Incentivos por
settings-field-quiet-hours = Horário de silêncio
settings-field-language = Idioma
settings-zone-source = { $source ->
    [yours] { $zone } (o seu)
    [community] { $zone } (o da comunidade)
   *[default] { $zone } (padrão)
}
settings-days-weekdays = de segunda a sexta
settings-days-all = todos os dias
settings-on = ativado
settings-off = desativado
settings-via-dm = mensagem direta
settings-via-channel = canal de apoio
settings-via-channel-unset = canal de apoio (nenhum definido ainda, então por mensagem direta por enquanto)
settings-language-auto = { $language } (automático)
settings-changed-days-weekdays = dias da sequência → de segunda a sexta (fins de semana não contam nem quebram)
settings-changed-days-all = dias da sequência → todos os dias
settings-changed-reminders = lembretes → { $choice }
settings-changed-leaderboard = ranking → { $choice }
settings-changed-cheers-via = incentivos por → { $via }
settings-changed-quiet-hours = horário de silêncio → { $window }
settings-changed-zone-community = fuso horário → o da comunidade ({ $zone }); sua sequência continua segura com a mudança
settings-changed-zone = fuso horário → { $zone } (sua sequência continua segura com a mudança)
settings-changed-language = idioma → { $language }
settings-changed-language-auto = idioma → automático ({ $language } por enquanto)
settings-no-support-channel = Esta comunidade ainda não tem canal de apoio, então seus incentivos chegam por mensagem direta até que a moderação defina um.
settings-updated = Atualizado: { $changes }.
settings-unchanged = Nada mudou: essas já eram suas configurações.
settings-how = Mude qualquer uma delas com `/settings name:value`, por exemplo `/settings timezone:Europe/Berlin`.
settings-bad-language = `{ $value }` não é um idioma que o Rebound fala.
settings-bad-language-hint = Escolha um destes: { $languages }, ou `auto` para seguir o idioma do seu { $platform }.
