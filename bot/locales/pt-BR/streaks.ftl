# Sequências: /streak e /pause (bot/features/streaks: __init__.py, rules.py, heatmap.py)

## A sequência em uma linha (rules.streak_line), abaixo de um registro, conquista, rejeição ou check-in

streak-label = Sequência
streak-label-yours = Sua sequência
streak-line = { $label }: { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
} (recorde: { $best })
streak-line-banked = { $label }: { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
} (recorde: { $best }) · { $freezes ->
    [one] { $freezes } proteção guardada
   *[other] { $freezes } proteções guardadas
}
streak-line-uncounted = { $label }: hoje não é um dos seus dias que contam, então a sequência espera o próximo — mas hoje ainda soma ao seu total de { $total ->
    [one] { $total } dia ativo
   *[other] { $total } dias ativos
}.
streak-line-broken = { $label }: recomeça hoje — seu recorde continua sendo { $best ->
    [one] { $best } dia
   *[other] { $best } dias
}.
streak-line-none = { $label }: registre qualquer coisa hoje para começar uma.
# $days: uma lista de datas curtas, como "seg 16 nov e ter 17 nov".
streak-freezes-kept = { $count ->
    [one] { $count } proteção manteve
   *[other] { $count } proteções mantiveram
} sua sequência viva em { $days }.
streak-freezes-covering = { $count ->
    [one] { $count } proteção está cobrindo
   *[other] { $count } proteções estão cobrindo
} { $days } — sua sequência está segura. Registre algo hoje para mantê-la.
# Os símbolos são os da faixa de dias; mantenha-os, e os espaços largos entre os itens.
streak-strip-legend = ■ ativo   ❄ proteção usada   ‖ em pausa   – não conta   · perdido   ○ hoje

## /streak

streak-title-own = Sua sequência
streak-title-other = Sequência de { $name }
streak-not-found = { $name } ainda não registrou nada aqui.
streak-private = @{ $name } mantém a sequência em privado. Mas um `/cheer` sempre chega.
streak-field-current = Sequência atual
streak-field-best = Melhor sequência
streak-field-total = Dias ativos no total
streak-field-freezes = Proteções guardadas
streak-field-strip = Últimos { $count } dias
streak-field-counting = Dias que contam
streak-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
streak-freezes-of = { $count } de { $max }
streak-counting-weekdays = só dias úteis (fins de semana nunca quebram a sequência)
streak-about-new = { $name } ainda não registrou nenhum dia — um `/cheer` pode ser o empurrãozinho que falta.
streak-about-restart = { $name } marcou presença em { $total ->
    [one] { $total } dia
   *[other] { $total } dias
} até agora. Sequências recomeçam; um `/cheer` ajuda.
streak-about-going = { $name } está com uma sequência de { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}. Mande um `/cheer` para dar mais gás.
streak-encourage-first = Toda sequência começa com um pequeno passo. Experimente `/log activity:applied`.
streak-encourage-break = Pausas acontecem — você marcou presença em { $total ->
    [one] { $total } dia
   *[other] { $total } dias
} até agora, e esse esforço continua contando. Um pequeno passo hoje começa uma nova sequência.
streak-encourage-open = Nada registrado hoje ainda: um pequeno passo mantém a sequência.
streak-encourage-done = Você marcou presença hoje. É isso que importa.

## A imagem do mapa de calor do /streak (heatmap.py)

streak-heatmap-title = @{ $name } · últimas { $weeks } semanas
streak-heatmap-alt = Calendário das últimas { $weeks } semanas de { $name }: { $active ->
    [one] { $active } dia ativo
   *[other] { $active } dias ativos
}, { $frozen } cobertos por uma proteção, { $paused } em pausa. Quadrados verdes são dias ativos; azuis com um floco de neve, proteções; roxos vazados, dias em pausa; cinza, dias perdidos.

## /pause

streak-pause-title = Pausa
streak-pause-both = Informe `days` ou `off`, não os dois.
streak-pause-from-tomorrow = Hoje já conta, então sua pausa começa amanhã: em pausa de { $start } até { $end }.
streak-pause-through = Em pausa até { $end } (inclusive).
streak-pause-rest = Descansar faz parte do trabalho: esses dias não vão quebrar sua sequência, e os check-ins não vão mandar lembretes. `/pause off` encerra antes.
streak-pause-started-title = Aproveite a pausa
streak-pause-none = Você não está em pausa.
streak-pause-none-hint = Comece uma com `/pause days:7`.
streak-pause-cancelled = Sua pausa a partir de { $start } foi cancelada; todos os dias contam normalmente.
streak-pause-cancelled-title = Pausa cancelada
streak-pause-ended = Que bom ter você de volta! Sua pausa acabou, e hoje volta a contar.
streak-pause-ended-title = Pausa encerrada
streak-pause-status-none = Você não está em pausa. `/pause days:7` tira uma semana de folga (até { $max } dias); dias em pausa nunca quebram sua sequência.
streak-pause-status-upcoming = Sua pausa começa { $start } e vai até { $end } (inclusive). `/pause off` cancela.
streak-pause-status-active = Você está em pausa até { $end } (inclusive). `/pause off` encerra antes.
