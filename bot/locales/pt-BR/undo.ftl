# `/undo` (bot/features/undo): desfazer o último registro das últimas 24 horas.

undo-nothing = Não há nada das últimas 24 horas para desfazer. `/undo` desfaz seu último registro de atividade, conquista, rejeição, reflexão ou resposta de check-in por até um dia depois de feito.
undo-nothing-title = Nada para desfazer
undo-title = Desfeito
# $entry: o que foi removido, como `undo-entry` e as linhas abaixo o descrevem.
undo-removed = Removi { $entry }.
# Quando um registro foi feito: $day é today, yesterday ou other (então $date diz a data).
undo-when = { $day ->
    [today] hoje às { $time }
    [yesterday] ontem às { $time }
   *[other] em { $date } às { $time }
}
undo-entry = { $kind ->
    [log] o registro de atividade que você fez { $when }
    [checkin] a resposta de check-in que você deu { $when }
    [win] a conquista que você registrou { $when }
    [rejection] a rejeição que você registrou { $when }
   *[reflection] a reflexão que você escreveu { $when }
}
# $what: a atividade registrada, como `networking ×3`; $where: a empresa e a vaga.
undo-entry-log = { $entry }: { $what }
undo-entry-log-where = { $entry }: { $what } — { $where }
undo-entry-win-removed = { $entry } (a moderação tinha removido o texto)
undo-entry-quote = { $entry }: “{ $text }”
# $place: a empresa, ou o canal do check-in.
undo-entry-at = { $entry } ({ $place })
undo-post-withdrawn = { $anonymous ->
    [yes] O post anônimo correspondente em { $channel } foi retirado.
   *[no] O post correspondente em { $channel } foi retirado.
}
undo-post-withdrawn-unknown = { $anonymous ->
    [yes] O post anônimo correspondente foi retirado do canal.
   *[no] O post correspondente foi retirado do canal.
}
undo-learning-goal-removed = A meta de aprendizado que tinha sido criada, “{ $text }”, também foi removida.
undo-prompt-cancelled = As perguntas de reflexão que estavam agendadas foram canceladas.
undo-app-untracked = { $company } não está mais registrada como candidatura.
undo-app-back = Sua candidatura para { $company } voltou para a etapa de { $stage }.
undo-streak-now = { $count ->
    [one] Sua sequência agora é de { $count } dia.
   *[other] Sua sequência agora é de { $count } dias.
}
undo-streak-paused = { $count ->
    [one] Sua sequência está em 0 dias por enquanto; seu { $count } dia ativo continua contando.
   *[other] Sua sequência está em 0 dias por enquanto; seus { $count } dias ativos continuam contando.
}
undo-streak-reset = Sua sequência voltou a 0 dias: qualquer registro hoje começa uma nova.
