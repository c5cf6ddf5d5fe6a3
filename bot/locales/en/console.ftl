# The console: a simulated community in the terminal (adapters/console)

console-bad-instant = `{ $value }` is not an instant; use 2026-11-02T09:00:00Z.
console-clock-backwards = The clock never moves backwards: it is already { $now }.
console-bang-help = The console understands `!time 2026-11-02T09:00:00Z` (move the clock forward) and `!mod USER` (make USER a moderator).
console-unreadable = I could not read that line. Write `USER: /command ...`, `USER in #channel: /command ...`, `!time ISO` or `!mod USER`.
console-not-member = `{ $text }` is not a member; write @name.
console-not-channel = `{ $text }` is not a channel; write #name.
