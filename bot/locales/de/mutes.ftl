# Stummschaltungen und die Teilen-Grenze (bot/features/mutes): was ein stummgeschaltetes
# Mitglied erfährt, und eine befristete Stummschaltung, die abläuft.

# Wie lange eine Stummschaltung dauert, in der Zeitzone der lesenden Person:
# "bis Donnerstag, 5. November, 09:00 (Europe/Berlin)".
mute-until = bis { $when } ({ $zone })
mute-until-lifted = bis auf Weiteres

# Was ein stummgeschaltetes Mitglied gerade nicht tun kann: das `$what` von mute-muted
# ("deshalb ist … gerade nicht möglich").
mute-what-share = das Teilen von Beiträgen
mute-what-support = das Posten im Support-Kanal
mute-what-wins = das Posten im Erfolge-Kanal
mute-what-cheers = das Anfeuern anderer

mute-muted = Die Moderation hat dich { $until } stummgeschaltet, deshalb ist { $what } gerade nicht möglich.
mute-muted-reason = Die Moderation hat dich { $until } stummgeschaltet, deshalb ist { $what } gerade nicht möglich. Angegebener Grund: { $reason }.
mute-muted-hint = Deine privaten Befehle (Einträge, Serien, Vorlagen) funktionieren weiterhin. Wende dich an die Moderation, wenn du Fragen hast.

# Zu viele Beiträge in kurzer Zeit; $time etwa 09:00.
mute-flood = Du hast { $minutes ->
        [one] in der letzten Minute
       *[other] in den letzten { $minutes } Minuten
    } { $count ->
        [one] 1 Beitrag
       *[other] { $count } Beiträge
    } geteilt – das ist vorerst die Grenze, damit niemandes Beiträge untergehen.
mute-flood-hint = Bitte gönn dem Kanal eine kleine Verschnaufpause; ab { $time } kannst du wieder teilen.

# Eine befristete Stummschaltung ist abgelaufen: der Moderationslog-Kanal, dann eine Direktnachricht an das Mitglied.
mute-ended-echo-title = Stummschaltung beendet
mute-ended-echo = Die Stummschaltung von @{ $name } ist abgelaufen – Teilen und Anfeuern sind wieder möglich.
mute-ended-echo-former = Die Stummschaltung eines ehemaligen Mitglieds ist abgelaufen – Teilen und Anfeuern sind wieder möglich.
mute-ended-dm-title = Du kannst wieder teilen
mute-ended-dm = Deine Stummschaltung ist beendet, du kannst also wieder Beiträge teilen und andere anfeuern. Willkommen zurück – schön, dass du da bist.
