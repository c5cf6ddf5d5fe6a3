# A aba inicial do membro (bot/features/home). `$log`, `$help`, `$goal`, `$win`, `$wins`:
# um comando como os membros digitam na plataforma deles, com um exemplo, como `/log applied`.

home-title = Seu Rebound
home-how-to = Pequenos passos contam. Registre um com { $log } e veja todos os comandos com { $help }.
home-streak-title = Sua sequência
home-first-streak = Toda sequência começa com um pequeno passo — uma candidatura, uma conversa de networking, uma hora de estudo. Experimente { $log }.
home-goals-title = Metas desta semana
home-first-goals = Defina uma meta pequena e constante com { $goal }.
home-nudge-start = Toda sequência começa com um pequeno passo. Experimente { $log }.
home-nudge-today = Hoje conta ✓ — você apareceu.
home-nudge-break = { $count ->
    [one] Pausas acontecem — seu { $count } dia ativo continua contando. Um pequeno passo hoje começa uma nova sequência.
   *[other] Pausas acontecem — seus { $count } dias ativos continuam contando. Um pequeno passo hoje começa uma nova sequência.
}
home-nudge-keep = Nada registrado hoje ainda: um pequeno passo mantém a sequência.
home-goals-none = Nenhuma meta ainda. Metas pequenas e constantes valem mais do que as grandes: { $goal }.
home-goal = { $kind }: { $done }/{ $target }
home-goal-met = { $kind }: { $done }/{ $target } ✓
home-learning-goal = aprendizado: { $text }
home-wins-title = Conquistas recentes
home-wins-none = Nenhuma conquista registrada ainda. Elas contam mesmo quando são pequenas — uma resposta de recrutador, um convite para entrevista. { $win } registra uma.
home-wins-read = Releia nos dias difíceis. { $wins } mostra todas.
