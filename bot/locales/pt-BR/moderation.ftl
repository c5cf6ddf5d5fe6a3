# Moderator tools (bot/features/moderation): /mod mute, /mod unmute, /mod mutes,
# /mod remove, /mod audit, /mod stats and /mod export; what they post to the moderator
# log channel, what they tell members by DM, and what they write to the audit log.

## Shared words
mod-former-member = um ex-membro
# An audit entry Rebound wrote by itself (a mute that ended on its own).
mod-system-actor = Rebound (automático)
mod-field-times = Horários
mod-questions = Se tiver dúvidas, fale com alguém da equipe de moderação.
mod-until-lifted = até a equipe de moderação retirar
mod-span-days = por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
mod-reason-given = Motivo informado: { $reason }

## /mod mute
mod-mute-self = Você não pode se silenciar.
# $kind says what makes someone an admin there: "Manage Server on Discord".
mod-admin-by-admin = @{ $member } é admin desta comunidade ({ $kind }), assim como você. Os admins são os donos da comunidade, então ninguém pode silenciá-los, nem mesmo outro admin. Nada foi alterado.
mod-admin-by-admin-hint = Se algo preocupa você, converse diretamente com essa pessoa.
mod-admin-by-mod = @{ $member } é admin desta comunidade ({ $kind }), então a equipe de moderação não pode silenciar essa pessoa. Nada foi alterado.
mod-admin-by-mod-hint = Se algo no comportamento dessa pessoa preocupa você, converse diretamente com ela ou com outro admin.
mod-muted-title = Membro silenciado
# $span: "for 3 days" or "until a moderator lifts it"; $until: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mod-mute-done = Você silenciou @{ $member } { $span }.
mod-mute-done-until = Você silenciou @{ $member } { $span }, { $until }.
mod-mute-replaces = Isso substitui o silenciamento anterior.
mod-mute-how-lift = `/mod unmute member:@{ $member }` retira o silenciamento na hora. A pessoa foi avisada por mensagem direta.
mod-mute-how-lift-timed = O silenciamento termina sozinho; `/mod unmute member:@{ $member }` retira na hora. A pessoa foi avisada por mensagem direta.
mod-muted-dm-title = Sua conta foi silenciada
mod-muted-dm = A equipe de moderação silenciou você { $until }. Enquanto isso, você não pode compartilhar publicações nem incentivar outras pessoas; seus comandos privados (registros, sequências, modelos, reflexões) continuam funcionando.
# Posted to the moderator log channel.
mod-echo-muted = @{ $moderator } silenciou @{ $member } { $span }.
mod-echo-muted-reason = @{ $moderator } silenciou @{ $member } { $span }: { $reason }.

## /mod unmute
mod-not-muted = { $member } não tem nenhum silenciamento ativo.
mod-not-muted-hint = `/mod audit` mostra os silenciamentos recentes e quando terminaram.
mod-unmuted-title = Silenciamento retirado
# $member is "@sam", or how the moderator named someone who erased their data.
mod-echo-unmuted = @{ $moderator } retirou o silenciamento de { $member }.
mod-unmute-done = @{ $member } pode voltar a compartilhar e incentivar. A pessoa foi avisada por mensagem direta.
mod-unmute-done-gone = { $member } vai poder compartilhar e incentivar de novo quando voltar.
mod-unmuted-dm-title = Você já pode compartilhar de novo
mod-unmuted-dm = A equipe de moderação retirou seu silenciamento, então você já pode compartilhar publicações e incentivar outras pessoas de novo.

## /mod mutes
mod-mutes-title = Silenciamentos ativos: { $count }
mod-mutes-none = Ninguém está silenciado agora. `/mod mute member:@name` silencia alguém.
mod-mutes-until = até { $when }
mod-mutes-line = { $member } · { $until } · aplicado por { $by } em { $since }
mod-mutes-line-reason = { $member } · { $until } · aplicado por { $by } em { $since } — { $reason }
mod-mutes-times = seu horário ({ $zone }); `/mod unmute member:@name` retira um silenciamento na hora

## What a post is, by its kind
mod-kind-rejection = rejeição compartilhada
mod-kind-win = conquista
mod-kind-answer = resposta ao check-in
mod-kind-cheer = incentivo
mod-kind-checkin = pergunta do check-in
mod-kind-summary = resumo do check-in
mod-kind-modlog = entrada do registro de moderação
mod-kind-post = publicação
mod-kind-message = mensagem
# "win in #wins"
mod-post-in = { $what } em { $channel }
mod-post-number = publicação { $number }
mod-report-number = denúncia { $number }

## /mod remove
# What a removed post says in its channel.
mod-removed = (conteúdo removido pela equipe de moderação)
mod-removed-title = Publicação removida
# $post: "win in #wins".
mod-remove-done = Publicação { $number } removida ({ $post }): a mensagem foi retirada do canal e o texto apagado do armazenamento do Rebound.
mod-remove-author-told = A pessoa que publicou foi avisada por mensagem direta.
# $reports: "report 3" or "reports 1, 2 and 5".
mod-reports-many = denúncias { $listed } e { $last }
mod-closes = Isso encerra o que foi denunciado sobre ela ({ $reports }).
mod-closes-told-all = Isso encerra o que foi denunciado sobre ela ({ $reports }); { $count ->
        [one] a pessoa que a denunciou foi avisada
       *[other] as pessoas que a denunciaram foram avisadas
    }.
mod-closes-told-others = Isso encerra o que foi denunciado sobre ela ({ $reports }); { $count ->
        [one] a outra pessoa que a denunciou foi avisada
       *[other] as outras pessoas que a denunciaram foram avisadas
    }.
mod-echo-removed = @{ $moderator } removeu a publicação { $number } ({ $post }).
mod-echo-removed-by = @{ $moderator } removeu a publicação { $number } de @{ $author } ({ $post }).
mod-removed-dm-title = Uma publicação sua foi removida
mod-removed-dm = A equipe de moderação removeu sua publicação { $number } ({ $what }).
mod-removed-dm-in = A equipe de moderação removeu sua publicação { $number } ({ $what }) em { $channel }.
mod-removed-dm-erased = O texto foi apagado; o resto do seu histórico (sua sequência, suas contagens) continua igual.
mod-no-post = Não existe a publicação { $number } nesta comunidade.
mod-no-post-hint = Cada publicação compartilhada mostra o seu número (`Publicação 12`); use esse número.
mod-already-removed = A publicação { $number } já foi removida.
mod-not-member-post = A publicação { $number } ({ $what }) foi postada pelo Rebound, não compartilhada por um membro, então o `/mod remove` não mexe nela.
mod-not-member-post-hint = O `/mod remove` vale para o que os membros compartilham: rejeições, conquistas, respostas de check-in e incentivos exibidos em um canal.
# To someone whose report was closed. $about: "post 12" or "@sam".
mod-report-handled-title = Sua denúncia foi analisada
mod-report-handled = A equipe de moderação analisou sua denúncia ({ $about }) e a encerrou. Obrigado por ajudar a manter esta comunidade acolhedora e segura.
mod-report-handled-removed = A equipe de moderação analisou sua denúncia ({ $about }) e a encerrou: a publicação foi removida. Obrigado por ajudar a manter esta comunidade acolhedora e segura.

## The audit log's own record, written in the community's language when it happens
# $member stands for the member's current name, filled in when the log is shown.
mod-audit-mute-reason = { $span }: { $reason }
mod-audit-post-by = publicação { $number } de { $member }
mod-audit-report-about = denúncia { $number } sobre { $member }
# The note a report keeps when it was closed by removing its post.
mod-resolution-post-removed = publicação removida
mod-audit-export = CSV agregado, { $rows ->
        [one] { $rows } linha
       *[other] { $rows } linhas
    }

## /mod audit
mod-audit-title = Registro de auditoria
mod-audit-empty = Ainda não há ações de moderação. Silenciamentos, remoções, mudanças de configuração, exportações e edições de modelos vão aparecer aqui.
# $what: "mutes", "mutes by or about @sam".
mod-audit-empty-of = Ainda não há { $what }.
mod-audit-no-page = A página { $page } não existe: o registro de auditoria tem { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } ({ $total ->
        [one] { $total } ação
       *[other] { $total } ações
    }).
mod-audit-no-page-of = A página { $page } não existe: há { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } de { $what } ({ $total ->
        [one] { $total } ação
       *[other] { $total } ações
    }).
mod-audit-no-page-hint = `{ $usage }` mostra a mais antiga.
mod-audit-no-page-hint-all = `{ $usage }` mostra todas.
mod-audit-times = horário da comunidade ({ $zone }); mais recentes primeiro
mod-audit-older = Mais antigas
mod-audit-next = `{ $usage }` mostra a próxima página.
mod-audit-page = Registro de auditoria — página { $page } de { $pages }
mod-audit-page-of = Registro de auditoria: { $what } — página { $page } de { $pages }
mod-audit-bad-action = `{ $action }` não é uma ação do registro de auditoria.
mod-audit-bad-action-guess = `{ $action }` não é uma ação do registro de auditoria. Você quis dizer `{ $guess }`?
# $actions: the action codes, as moderators type them.
mod-audit-actions = Ações: { $actions }.
mod-filter-by-or-about = { $what } de ou sobre { $member }
mod-filter-any-by-or-about = ações de ou sobre { $member }
# How /mod audit names the entries of one action.
mod-noun-mute = silenciamentos
mod-noun-unmute = silenciamentos retirados
mod-noun-mute-expired = silenciamentos expirados
mod-noun-remove-post = publicações removidas
mod-noun-moderators = mudanças na equipe de moderação
mod-noun-resolve-report = denúncias resolvidas
mod-noun-setup = mudanças de configuração
mod-noun-export = exportações
mod-noun-checkin-schedule = agendamentos de check-in
mod-noun-checkin-cancel = check-ins cancelados
mod-noun-checkin-now = check-ins abertos manualmente
mod-noun-template-add = modelos adicionados
mod-noun-template-replace = modelos substituídos
mod-noun-template-remove = modelos removidos
mod-noun-pair = rodadas de duplas
mod-noun-pair-schedule = mudanças no agendamento de duplas
mod-noun-other = entradas `{ $action }`

## /mod stats
mod-stats-title = Painel da comunidade · { $community }
mod-stats-intro = Atualizado em { $day }. Só números — sem nomes nem anotações. O gráfico mostra as últimas { $weeks } semanas por tipo; `/mod export` traz todas as semanas em CSV.
mod-stats-members = Membros
mod-stats-active-7 = Ativos, últimos 7 dias
mod-stats-active-30 = Ativos, últimos 30 dias
mod-stats-checkins = Check-ins, últimos 30 dias
mod-stats-by-kind = Atividade por tipo, últimos 30 dias
mod-stats-streaks = Sequências atuais
mod-stats-goal = Meta coletiva da semana
mod-stats-goal-progress = { $done } de { $goal } candidaturas
# One row of a count: "applied: 12", "7–13: 4".
mod-stats-count = { $label }: { $count }
mod-stats-nothing = nada registrado ainda
# Counted things that are not `/log` kinds.
mod-stats-kind = { $kind ->
        [rejection] rejeição
        [win] conquista
        [checkin] check-in
        [reflection] reflexão
        [cheer] incentivo
       *[other] { $kind }
    }
mod-stats-no-runs = nenhum check-in aconteceu (`/mod checkin-schedule` agenda um)
mod-stats-runs = { $runs ->
        [one] { $runs } check-in
       *[other] { $runs } check-ins
    }
# $runs: "3 check-ins".
mod-stats-runs-no-answers = { $runs }, nenhuma resposta até agora
mod-stats-answers = { $answers ->
        [one] { $answers } resposta
       *[other] { $answers } respostas
    }
mod-stats-per-run = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } por check-in
# $facts: "6 check-ins, 14 answers, 2.3 per check-in"; $share is a percentage.
mod-stats-share = { $facts } — em média, { $share }% dos membros ativos responderam
mod-stats-streaks-none = ninguém registrou nada ainda
mod-stats-streak-zero = 0 dias
# $buckets: "0 days: 2 · 1–2: 3 · …".
mod-stats-streaks-of = { $buckets } (de { $members ->
        [one] { $members } membro que registrou algo
       *[other] { $members } membros que registraram algo
    })

## /mod export
mod-export-title = Exportação da comunidade
mod-export-done = { $rows ->
        [one] { $rows } linha
       *[other] { $rows } linhas
    }: para cada semana (começando na segunda-feira) e tipo, quantos registros e quantos membros.
mod-export-done-week = { $rows ->
        [one] { $rows } linha
       *[other] { $rows } linhas
    }, a semana de { $first }: para cada semana (começando na segunda-feira) e tipo, quantos registros e quantos membros.
mod-export-done-weeks = { $rows ->
        [one] { $rows } linha
       *[other] { $rows } linhas
    }, semanas de { $first } a { $last }: para cada semana (começando na segunda-feira) e tipo, quantos registros e quantos membros.
mod-export-private = Nenhum nome, anotação ou outro texto pessoal é incluído.
mod-export-alt = Contagem agregada de atividade por semana e tipo
