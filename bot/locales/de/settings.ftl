# /settings (bot/features/settings)

settings-title = Deine Einstellungen
settings-field-timezone = Zeitzone
settings-field-streak-days = Serientage
settings-field-reminders = Erinnerungen
settings-field-leaderboard = Bestenliste
settings-field-cheers-via = Zuspruch per
settings-field-quiet-hours = Ruhezeiten
settings-field-language = Sprache
settings-zone-source = { $source ->
    [yours] { $zone } (deine)
    [community] { $zone } (die der Community)
   *[default] { $zone } (Standard)
}
settings-days-weekdays = Werktage
settings-days-all = jeden Tag
settings-on = an
settings-off = aus
settings-via-dm = Direktnachricht
settings-via-channel = Support-Kanal
settings-via-channel-unset = Support-Kanal (noch keiner festgelegt, daher vorerst per Direktnachricht)
settings-language-auto = { $language } (automatisch)
settings-changed-days-weekdays = Serientage → Werktage (Wochenenden zählen nicht und unterbrechen auch nichts)
settings-changed-days-all = Serientage → jeden Tag
settings-changed-reminders = Erinnerungen → { $choice }
settings-changed-leaderboard = Bestenliste → { $choice }
settings-changed-cheers-via = Zuspruch per → { $via }
settings-changed-quiet-hours = Ruhezeiten → { $window }
settings-changed-zone-community = Zeitzone → die der Community ({ $zone }) – deine Serie bleibt beim Wechsel erhalten
settings-changed-zone = Zeitzone → { $zone } (deine Serie bleibt beim Wechsel erhalten)
settings-changed-language = Sprache → { $language }
settings-changed-language-auto = Sprache → automatisch (vorerst { $language })
settings-no-support-channel = Diese Community hat noch keinen Support-Kanal, daher kommt Zuspruch per Direktnachricht, bis die Moderation einen festlegt.
settings-updated = Aktualisiert: { $changes }.
settings-unchanged = Nichts geändert – das waren schon deine Einstellungen.
settings-how = Ändere sie mit `/settings name:value`, z. B. `/settings timezone:Europe/Berlin`.
settings-bad-language = `{ $value }` ist keine Sprache, die Rebound spricht.
settings-bad-language-hint = Wähle eine von { $languages } oder `auto`, um der Spracheinstellung in { $platform } zu folgen.
