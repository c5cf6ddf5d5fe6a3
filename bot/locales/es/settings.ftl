# /settings (bot/features/settings)

settings-title = Tus ajustes
settings-field-timezone = Zona horaria
settings-field-streak-days = Días de racha
settings-field-reminders = Recordatorios
settings-field-leaderboard = Clasificación
settings-field-cheers-via = Ánimos por
settings-field-quiet-hours = Horas de silencio
settings-field-language = Idioma
settings-zone-source = { $source ->
    [yours] { $zone } (la tuya)
    [community] { $zone } (la de la comunidad)
   *[default] { $zone } (predeterminada)
}
settings-days-weekdays = de lunes a viernes
settings-days-all = todos los días
settings-on = activado
settings-off = desactivado
settings-via-dm = mensaje directo
settings-via-channel = canal de apoyo
settings-via-channel-unset = canal de apoyo (aún no hay ninguno, así que por ahora por mensaje directo)
settings-language-auto = { $language } (automático)
settings-changed-days-weekdays = días de racha → de lunes a viernes (los fines de semana ni cuentan ni la rompen)
settings-changed-days-all = días de racha → todos los días
settings-changed-reminders = recordatorios → { $choice }
settings-changed-leaderboard = clasificación → { $choice }
settings-changed-cheers-via = ánimos por → { $via }
settings-changed-quiet-hours = horas de silencio → { $window }
settings-changed-zone-community = zona horaria → la de la comunidad ({ $zone }); tu racha sigue a salvo con el cambio
settings-changed-zone = zona horaria → { $zone } (tu racha sigue a salvo con el cambio)
settings-changed-language = idioma → { $language }
settings-changed-language-auto = idioma → automático ({ $language } por ahora)
settings-no-support-channel = Esta comunidad aún no tiene canal de apoyo, así que los ánimos te llegarán por mensaje directo hasta que alguien del equipo de moderación configure uno.
settings-updated = Actualizado: { $changes }.
settings-unchanged = No cambió nada: ya eran tus ajustes.
settings-how = Cambia cualquiera de ellos con `/settings name:value`, por ejemplo `/settings timezone:Europe/Berlin`.
settings-bad-language = `{ $value }` no es un idioma que Rebound hable.
settings-bad-language-hint = Elige uno de estos: { $languages }, o `auto` para seguir el idioma de tu { $platform }.
