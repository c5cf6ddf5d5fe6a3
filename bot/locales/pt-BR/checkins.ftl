# Check-ins: /checkin, os comandos /mod checkin-* (bot/features/checkins/__init__.py)
# e suas execuções: perguntas, lembretes e resumos (bot/features/checkins/runs.py).
# Perguntas, resumos e respostas publicados no canal ficam no idioma da comunidade;
# respostas privadas e lembretes, no idioma do membro.

## /checkin

checkin-nothing-given = Conte ao grupo pelo menos uma coisa: o que você fez, o que vem agora, um obstáculo ou seu humor.
checkin-nothing-given-hint = Por exemplo, `/checkin did:"enviei 2 candidaturas" mood:4`.
checkin-muted = A moderação silenciou você, então sua resposta não pode ser publicada no canal.
checkin-muted-hint = Responda com `private:yes`: continua contando para sua sequência e para o resumo.
checkin-several-open = Há vários check-ins abertos agora: { $channels }.
checkin-several-open-hint = Responda no canal do check-in que você quer.
checkin-none-open = Não há nenhum check-in aberto para responder agora.
checkin-none-scheduled = Nenhum check-in está programado; a moderação pode criar um com `/mod checkin-schedule`.
# Também depois que `/mod setup timezone:` move as programações.
checkin-next-opens = O próximo abre em { $channel }: { $when }.

# A resposta de um membro, publicada abaixo da pergunta.
checkin-answer-title = { $name } fez check-in
checkin-answer-did = Feito: { $text }
checkin-answer-next = Próximo passo: { $text }
checkin-answer-blocker = Obstáculo: { $text }
checkin-answer-mood = Humor: { $mood }/5 ({ $mood ->
        [1] difícil
        [2] pra baixo
        [3] ok
        [4] bem
       *[5] ótimo
    })
checkin-answer-empty = Fez check-in.
# Substitui uma resposta que o autor tornou privada (a plataforma apaga a mensagem).
checkin-answer-withdrawn = (resposta tornada privada pelo autor)

# A resposta ao /checkin.
checkin-done-title = Check-in feito ✓
checkin-done = Obrigado por fazer check-in em { $channel }.
checkin-updated-title = Check-in atualizado
checkin-updated = Atualizei sua resposta em { $channel }.
checkin-update-until = Você pode atualizá-la até { $closes }.
checkin-share-posted = Vou publicá-la abaixo do check-in em { $channel }.
checkin-share-removed = A moderação removeu sua resposta do canal, então esta atualização fica salva, mas não é publicada.
checkin-share-edited = Sua resposta em { $channel } foi editada para ficar igual; nenhuma cópia foi publicada.
checkin-share-withdrawn = Agora é privada: tirei sua resposta da conversa e dos obstáculos do resumo.
checkin-share-private = Fica privada: você só entra na contagem de respostas do resumo.

## /mod checkin-schedule

checkin-no-channel = Em qual canal o check-in deve ficar? Esta comunidade ainda não tem um canal de check-ins.
checkin-no-channel-hint = Adicione `channel:#checkins`, ou defina o padrão uma vez com `/mod setup checkin_channel:#checkins`.
checkin-weekly-needs-day = Um check-in semanal precisa de um `day`.
checkin-weekly-needs-day-hint = Por exemplo, `/mod checkin-schedule ... cadence:weekly day:mon time:09:00`.
checkin-day-only-weekly = { $cadence ->
        [daily] `day` é só para check-ins semanais; um diário acontece todos os dias.
       *[weekdays] `day` é só para check-ins semanais; um de dias úteis acontece de segunda a sexta.
    }
checkin-day-only-weekly-hint = Tire o `day`, ou use `cadence:weekly`.
checkin-clash-same = O check-in { $number } já está programado em { $channel } { $recurrence }.
checkin-clash-same-hint = Se quiser mudá-lo, use `/mod checkin-cancel id:{ $number }` primeiro.
checkin-clash = O check-in { $number } já está programado em { $channel } { $recurrence }, então este { $cadence ->
        [daily] diário
        [weekdays] de segunda a sexta
       *[weekly] semanal
    } publicaria duas perguntas ao mesmo tempo ali.
checkin-clash-hint = Cancele-o primeiro com `/mod checkin-cancel id:{ $number }` e programe este de novo, ou escolha outro horário ou canal.
checkin-schedule-crisis-title = Check-in não programado
checkin-schedule-crisis = Não programei este check-in: a pergunta é publicada para o canal inteiro, e uma pergunta nunca leva palavras sobre suicídio ou autolesão. Programe de novo com outras palavras, ou sem `prompt:` para usar a pergunta padrão.
checkin-scheduled-title = Check-in programado
checkin-scheduled = O check-in { $number } vai acontecer em { $channel } { $recurrence } ({ $zone }).
checkin-scheduled-first = O primeiro: { $when }.
checkin-scheduled-closes-next = Cada um fecha quando o próximo abre, e nessa hora publico o resumo. Quem está com os lembretes ativados recebe um aviso antes de fechar.
checkin-scheduled-closes-after = Cada um fecha após { $hours } horas, ou quando o próximo abrir, se isso vier antes, e nessa hora publico o resumo. Quem está com os lembretes ativados recebe um aviso antes de fechar.
checkin-scheduled-neighbour = Observação: o check-in { $number } também acontece em { $channel } { $recurrence }. Um check-in fecha assim que o próximo do mesmo canal abre; `/mod checkin-cancel id:{ $number }` interrompe aquele.
# O registro de auditoria da moderação.
checkin-audit-scheduled = id { $number }: { $recurrence } { $zone }
checkin-audit-target = check-in { $number }

## /mod checkin-schedules

checkin-list-title = Check-ins programados
checkin-list-field = Check-in { $number }
# Onde e quando uma programação acontece (também em /mod checkin-cancel).
checkin-where-when = { $channel }, { $recurrence }
checkin-list-summary-after = resumo após { $hours } h
checkin-list-next = próximo: { $when }
checkin-list-not-planned = próximo: sem previsão
checkin-list-prompt = pergunta: "{ $prompt }"
checkin-list-open-title = Abertos agora
checkin-list-open = { $channel } até { $until } · { $count ->
        [0] 0 respostas
        [one] 1 resposta
       *[other] { $count } respostas
    }
checkin-list-open-no-close = { $channel } até o resumo · { $count ->
        [0] 0 respostas
        [one] 1 resposta
       *[other] { $count } respostas
    }
checkin-list-none = Nenhum check-in está programado. Comece um ritmo com `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`.
checkin-list-how = Os horários seguem o fuso da comunidade, { $zone }. Cancele um com `/mod checkin-cancel id:n`.

## /mod checkin-cancel

checkin-cancel-unknown = Não há nenhum check-in programado com o número { $id } aqui.
checkin-cancel-unknown-hint = `/mod checkin-schedules` lista todos com seus números.
checkin-cancel-already = O check-in { $number } já está cancelado.
checkin-cancelled-title = Check-in cancelado
checkin-cancelled = Cancelei o check-in { $number } ({ $what }). Nenhuma pergunta nova será publicada.
checkin-cancelled-closed = O que estava aberto foi fechado e o resumo foi publicado.

## /mod checkin-now

checkin-now-title = Check-in aberto
checkin-now-opened = Check-in aberto em { $channel }. Ele fecha em { $closes }, e nessa hora publico o resumo.
checkin-now-busy = { $which ->
        [extra] Um check-in extra
       *[scheduled] O check-in { $number }
    } está aberto em { $channel } até { $until }, e os membros foram avisados de que podem responder até lá, então não abri outro ali.
checkin-now-busy-hint = Os membros já podem responder com `/checkin`. Quando ele fechar, `/mod checkin-now` abre um extra; outro canal funciona na hora.

## Um novo fuso horário da comunidade (a resposta a /mod setup timezone:)

checkin-zone-moved = { $count ->
        [one] { $count } check-in programado agora acontece
       *[other] { $count } check-ins programados agora acontecem
    } às { $times } { $zone }.
# Dois ou mais horários: `08:00, 09:00 e 17:30` ($first: todos menos o último, separados por vírgulas).
checkin-zone-times = { $first } e { $last }
checkin-zone-sooner = O check-in aberto em { $channel } agora fecha em { $when }, quando o próximo abrir.

## A pergunta (runs.py)

checkin-prompt-title = Check-in · { $period }
checkin-prompt-title-late = Check-in · { $period } (publicado com atraso)
checkin-period-extra = { $when } (extra)
checkin-period-extra-n = { $when } (extra { $n })
checkin-prompt-default = Como vai sua busca? Conte o que você fez, o que vem agora e o que está atrapalhando.
checkin-how-to-answer = Responda com `/checkin did:... next:... blocker:... mood:1-5`; adicione `private:yes` para ficar só entre nós. Conta para sua sequência.
checkin-open-until = Aberto até { $when }.
checkin-late = Desculpe o atraso: eu estava offline na hora marcada ({ $when }).
checkin-button = Fazer check-in

## O lembrete, por mensagem direta

checkin-remind-title = Um lembrete amigável de check-in
checkin-remind =
    O check-in em { $channel } fecha em { $when }. Duas linhas já bastam: `/checkin did:... next:...`; adicione `private:yes` para ficar só com você.
    Agora não dá? `/pause` faz uma pausa, e `/settings reminders:off` desativa estes lembretes.

## O resumo

checkin-summary-title = Resumo do check-in · { $period }
checkin-summary-offline = Fiquei offline durante todo este check-in, então nenhuma pergunta foi enviada; mesmo assim, aqui está o que a comunidade fez.
checkin-summary-answers = { $count ->
        [one] { $count } membro fez
       *[other] { $count } membros fizeram
    } check-in. Obrigado por estarem aqui.
checkin-summary-nobody = Ninguém fez check-in desta vez, e tudo bem: o próximo é um novo começo.
checkin-summary-logged = Registrado neste período: { $applied ->
        [0] 0 candidaturas
        [one] { $applied } candidatura
       *[other] { $applied } candidaturas
    }, { $interviews ->
        [0] 0 entrevistas
        [one] { $interviews } entrevista
       *[other] { $interviews } entrevistas
    }, { $wins ->
        [0] 0 conquistas
        [one] { $wins } conquista
       *[other] { $wins } conquistas
    }.
checkin-summary-nothing-logged = Nada registrado neste período: descansar também conta.
checkin-summary-mood = Humor médio: { NUMBER($mood, minimumFractionDigits: 1) }/5.
checkin-summary-blockers = Obstáculos: alguém pode ajudar?
checkin-summary-blocker = • { $name }: { $blocker }
checkin-summary-more-blockers = …e mais { $count }
# A meta semanal: $bar é ▰▰▰▱▱▱▱▱▱▱, $done/$goal conta candidaturas.
checkin-goal-this-week = { $reached ->
        [yes] Esta semana até agora: { $bar } { $done }/{ $goal } candidaturas. Meta alcançada, parabéns a todos!
       *[no] Esta semana até agora: { $bar } { $done }/{ $goal } candidaturas
    }
checkin-goal-week-of = { $reached ->
        [yes] Semana de { $day }: { $bar } { $done }/{ $goal } candidaturas. Meta alcançada, parabéns a todos!
       *[no] Semana de { $day }: { $bar } { $done }/{ $goal } candidaturas
    }
# Uma destas frases fecha cada resumo, em rodízio.
checkin-encourage-steps = Pequenos passos, repetidos, somam até chegar a um emprego. Até o próximo check-in.
checkin-encourage-ticket = Cada candidatura é mais um bilhete no sorteio, e cada rejeição é informação, não um veredito.
checkin-encourage-showing-up = O difícil é aparecer, e este grupo continua aparecendo.
checkin-encourage-invisible = Numa busca de emprego, o progresso costuma ser invisível até deixar de ser. Siga em frente.
checkin-encourage-rest = Descansar também conta. Cuidem de vocês e uns dos outros.
