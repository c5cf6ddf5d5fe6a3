# /settings (bot/features/settings)

settings-title = Your settings
settings-field-timezone = Timezone
settings-field-streak-days = Streak days
settings-field-reminders = Reminders
settings-field-leaderboard = Leaderboard
settings-field-cheers-via = Cheers via
settings-field-quiet-hours = Quiet hours
settings-field-language = Language
settings-zone-source = { $source ->
    [yours] { $zone } (yours)
    [community] { $zone } (the community's)
   *[default] { $zone } (default)
}
settings-days-weekdays = weekdays
settings-days-all = every day
settings-on = on
settings-off = off
settings-via-dm = direct message
settings-via-channel = support channel
settings-via-channel-unset = support channel (none set yet, so direct message for now)
settings-language-auto = { $language } (automatic)
settings-changed-days-weekdays = streak days → weekdays (weekends neither count nor break)
settings-changed-days-all = streak days → every day
settings-changed-reminders = reminders → { $choice }
settings-changed-leaderboard = leaderboard → { $choice }
settings-changed-cheers-via = cheers via → { $via }
settings-changed-quiet-hours = quiet hours → { $window }
settings-changed-zone-community = timezone → the community's ({ $zone }) — your streak is safe across the change
settings-changed-zone = timezone → { $zone } (your streak is safe across the change)
settings-changed-language = language → { $language }
settings-changed-language-auto = language → automatic ({ $language } for now)
settings-no-support-channel = This community has no support channel yet, so your cheers come by direct message until a moderator sets one.
settings-updated = Updated: { $changes }.
settings-unchanged = Nothing changed — those were already your settings.
settings-how = Change any of these with `/settings name:value`, e.g. `/settings timezone:Europe/Berlin`.
settings-bad-language = `{ $value }` is not a language Rebound speaks.
settings-bad-language-hint = Choose one of { $languages }, or `auto` to follow your { $platform } language.
