# Die Konsole: eine simulierte Community im Terminal (adapters/console)

console-bad-instant = `{ $value }` ist kein Zeitpunkt; nutze 2026-11-02T09:00:00Z.
console-clock-backwards = Die Uhr läuft nie rückwärts: Es ist bereits { $now }.
console-bang-help = Die Konsole versteht `!time 2026-11-02T09:00:00Z` (stellt die Uhr vor) und `!mod USER` (nimmt USER ins Moderationsteam auf).
console-unreadable = Diese Zeile konnte ich nicht lesen. Schreib `USER: /command ...`, `USER in #channel: /command ...`, `!time ISO` oder `!mod USER`.
console-not-member = `{ $text }` ist kein Mitglied; schreib @name.
console-not-channel = `{ $text }` ist kein Kanal; schreib #name.
