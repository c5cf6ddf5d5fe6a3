# Denúncias de membros (/report), a fila da equipe de moderação (/mod reports) e o
# histórico de moderação de um membro (/mod history) (bot/features/reports). Os números de
# publicação e de denúncia ($number, $page) são identificadores; $count é uma quantidade.

## /report

report-either = Escolha o que denunciar: uma publicação ou um membro.
report-either-hint = Por exemplo, `/report post:12 reason:"..."` ou `/report member:@sam reason:"..."`.
report-crisis-title = Denúncia não enviada
report-crisis = Sua denúncia não foi enviada: uma denúncia nunca leva palavras sobre suicídio ou autolesão. Se as palavras de alguém magoaram ou preocuparam você, você pode denunciar de novo com outras palavras, e alguém da equipe de moderação vai analisar.
report-reason-needed = Conte o que aconteceu, para que a equipe de moderação possa analisar.
report-reason-needed-hint = Por exemplo, `/report member:{ $member } reason:"Mensagens grosseiras depois da minha entrevista"`.
report-self = Você não pode se denunciar.
report-self-hint = Se algo está pesando para você, a equipe de moderação está aqui para conversar.
report-no-post = Não existe a publicação { $number } nesta comunidade.
report-no-post-hint = Cada publicação compartilhada mostra o número dela (`post 12`); use esse número.
report-post-removed = A publicação { $number } já foi removida, então não há nada a denunciar.
report-post-by-rebound = A publicação { $number } foi feita pelo próprio Rebound, então não há nenhum membro a denunciar.
report-post-by-rebound-hint = Se algo nela preocupa você, fale com alguém da equipe de moderação.
report-post-own = A publicação { $number } é sua, então não há nada a denunciar.
report-post-own-hint = Se quiser que ela saia do ar, a equipe de moderação pode removê-la.
report-duplicate = Você já denunciou a publicação { $number }, e a equipe de moderação já recebeu sua denúncia.
report-duplicate-hint = A equipe vai analisar. Se aconteceu algo novo, fale com alguém da moderação.
# $period: hour ou day (as últimas 24 horas).
report-limit = Você fez { $count ->
        [one] { $count } denúncia
       *[other] { $count } denúncias
    } { $period ->
        [hour] na última hora
       *[day] nas últimas 24 horas
    }, que é o limite por enquanto.
# $when: um horário de hoje (09:00) ou um dia e horário (seg 2 nov 09:00).
report-limit-hint = Obrigado por cuidar da comunidade. Você pode denunciar de novo a partir de { $when }; se for algo urgente, fale diretamente com alguém da equipe de moderação.

# A confirmação para quem denunciou: um agradecimento e depois uma das frases seguintes.
report-sent-title = Denúncia enviada
report-sent-post = Obrigado por nos contar. A equipe de moderação recebeu sua denúncia sobre a publicação { $number } e vai analisá-la.
report-sent-member = Obrigado por nos contar. A equipe de moderação recebeu sua denúncia sobre @{ $name } e vai analisá-la.
report-sent-unaware = @{ $name } não vai saber quem fez a denúncia.
report-sent-unaware-author = Quem escreveu a publicação não vai saber quem fez a denúncia.
report-sent-moderator = Como @{ $name } faz parte da equipe de moderação, a denúncia não foi publicada no canal de registro da moderação; a equipe vai vê-la em `/mod reports`.
report-sent-queue = A equipe de moderação vai vê-la em `/mod reports`.

# Sobre o que é uma denúncia. $member: "@sam" ou "um ex-membro"; $what: "conquista em #conquistas".
report-subject-post = a publicação { $number }
report-subject-post-by = a publicação { $number } de { $member }
report-subject-post-what = a publicação { $number } ({ $what })
report-subject-post-by-what = a publicação { $number } de { $member } ({ $what })

# Uma denúncia nova no canal de registro da moderação: uma linha cada.
report-echo-title = Denúncia { $number }
report-echo = @{ $reporter } denunciou { $subject }.
report-echo-reason = Motivo: { $reason }
report-echo-resolve = `/mod reports resolve:{ $number }` fecha a denúncia depois de tratada.

## /mod reports

report-note-alone = A nota acompanha a denúncia que você fecha.
report-note-alone-hint = Por exemplo, `/mod reports resolve:3 note:"Removi a publicação"`.
report-queue-title-empty = Denúncias
report-none-open = Nenhuma denúncia aberta.
report-resolved-earlier = Resolvidas anteriormente: { $count }.
report-none-open-how = Os membros denunciam publicações e membros em particular com `/report`; as novas denúncias aparecem aqui.
report-queue-title = { $count ->
        [one] { $count } denúncia aberta
       *[other] { $count } denúncias abertas
    }
# $when: seg 2 nov 09:00; $reporter: "@ana" ou "um ex-membro".
report-queue-line = Denúncia { $number } · { $when } · { $reporter } denunciou { $subject }
report-queue-line-reason = Denúncia { $number } · { $when } · { $reporter } denunciou { $subject }: { $reason }
report-queue-more = …e mais { $count }; resolva estas para vê-las.
report-field-times = Horários
report-times-oldest = seu horário ({ $zone }); das mais antigas para as mais recentes
report-field-resolve = Resolver
report-resolve-how = `/mod reports resolve:n note:"o que foi feito"` fecha uma.
report-field-as-they-arrive = Conforme chegam
report-as-they-arrive = `/mod setup modlog_channel:#channel` publica ali as novas denúncias.

report-no-report = Não existe a denúncia { $number } nesta comunidade.
report-no-report-hint = `/mod reports` lista as abertas com os números.
report-already-resolved = A denúncia { $number } já foi resolvida por { $member } em { $when }.
report-already-resolved-hint = `/mod reports` lista as abertas.
report-resolved-title = Denúncia resolvida
report-resolved = A denúncia { $number } foi resolvida.
report-resolved-reporter-told = Quem fez a denúncia recebeu uma mensagem direta dizendo que ela foi tratada (sua nota fica só com a equipe de moderação).
# Uma denúncia resolvida no canal de registro da moderação.
report-echo-resolved-title = Denúncia { $number } resolvida
report-echo-resolved = @{ $moderator } resolveu a denúncia { $number }, sobre { $subject }.
report-echo-resolved-note = @{ $moderator } resolveu a denúncia { $number }, sobre { $subject }: { $note }

## /mod history

report-history-title = Histórico de moderação de { $member }
report-history-title-page = Histórico de moderação de { $member } — página { $page } de { $count }
report-history-empty = Nenhuma ação de moderação ou denúncia sobre { $member }.
report-field-now = Agora
report-history-muted = Silenciamento ativo { $until }
report-history-not-muted = Sem silenciamento
report-history-open-reports = { $count ->
        [0] nenhuma denúncia aberta
        [one] { $count } denúncia aberta
       *[other] { $count } denúncias abertas
    }
report-history-now = { $mute }; { $reports }.
report-history-now-alone = { $mute }.
report-times-newest = seu horário ({ $zone }); das mais recentes para as mais antigas
report-field-older = Anteriores
report-history-older = `/mod history member:{ $member } page:{ $page }`
report-history-no-page = A página { $page } não existe: o histórico tem { $count ->
        [one] { $count } página
       *[other] { $count } páginas
    }.
report-history-no-page-hint = `/mod history member:{ $member } page:{ $last }` mostra a mais antiga.
# Uma denúncia no histórico: $status é um dos report-status-*.
report-history-line = { $when } · { $reporter } · denúncia · { $subject } — denúncia { $number } ({ $status })
report-history-line-reason = { $when } · { $reporter } · denúncia · { $subject } — denúncia { $number } ({ $status }): { $reason }
report-status-open = aberta
report-status-resolved = resolvida por { $member }
report-status-resolved-note = resolvida por { $member }: “{ $note }”

# A entrada do registro de auditoria para uma denúncia resolvida (o registro da comunidade,
# no idioma dela). $member representa o nome atual do membro: mantenha como está.
report-audit = denúncia { $number }
report-audit-about = denúncia { $number } sobre { $member }
