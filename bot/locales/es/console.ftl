# La consola: una comunidad simulada en la terminal (adapters/console)

console-bad-instant = `{ $value }` no es un instante válido; usa 2026-11-02T09:00:00Z.
console-clock-backwards = El reloj nunca retrocede: ya marca { $now }.
console-bang-help = La consola entiende `!time 2026-11-02T09:00:00Z` (adelanta el reloj) y `!mod USER` (hace moderador a USER).
console-unreadable = No pude leer esa línea. Escribe `USER: /command ...`, `USER in #channel: /command ...`, `!time ISO` o `!mod USER`.
console-not-member = `{ $text }` no es un miembro; escribe @nombre.
console-not-channel = `{ $text }` no es un canal; escribe #nombre.
