# O console: uma comunidade simulada no terminal (adapters/console)

console-bad-instant = `{ $value }` não é um instante válido; use 2026-11-02T09:00:00Z.
console-clock-backwards = O relógio nunca volta para trás: ele já marca { $now }.
console-bang-help = O console entende `!time 2026-11-02T09:00:00Z` (avança o relógio) e `!mod USER` (torna USER moderador).
console-unreadable = Não consegui ler essa linha. Escreva `USER: /command ...`, `USER in #channel: /command ...`, `!time ISO` ou `!mod USER`.
console-not-member = `{ $text }` não é um membro; escreva @nome.
console-not-channel = `{ $text }` não é um canal; escreva #nome.
