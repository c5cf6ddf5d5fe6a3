# La console : une communauté simulée dans le terminal (adapters/console)

console-bad-instant = `{ $value }` n'est pas un instant valide ; utilise 2026-11-02T09:00:00Z.
console-clock-backwards = L'horloge ne recule jamais : il est déjà { $now }.
console-bang-help = La console comprend `!time 2026-11-02T09:00:00Z` (avancer l'horloge) et `!mod USER` (faire entrer USER dans l'équipe de modération).
console-unreadable = Je n'ai pas pu lire cette ligne. Écris `USER: /command ...`, `USER in #channel: /command ...`, `!time ISO` ou `!mod USER`.
console-not-member = `{ $text }` n'est pas un membre ; écris @nom.
console-not-channel = `{ $text }` n'est pas un canal ; écris #nom.
