# /mod setup: canais, fuso horário, recursos de apoio, meta e moderadores de uma comunidade
# (bot/features/community). As chaves de idioma (setup-*language*) ficam em language.ftl.

setup-title = Configuração da comunidade
setup-updated = Atualizado: { $changes }.
setup-how = Altere qualquer um destes itens com `/mod setup name:value`, por exemplo `/mod setup support_channel:#support`.
setup-modlog-private = Deixe { $channel } visível só para a equipe de moderação: as denúncias publicadas ali dizem quem denunciou.
setup-moderators-empty = `moderators` precisa de pelo menos um membro: ele define quem, além dos admins, modera esta comunidade. Nada foi alterado.
setup-moderators-empty-hint = Mencione cada pessoa com @, como `/mod setup moderators:@ana,@bo`. Os admins continuam moderando sem precisar ser citados, então `moderators:@{ $name }` deixa só você e os admins.

# O que mudou, unido com "; " em setup-updated. $option é o nome da opção.
setup-changed-channel = { $option ->
        [checkin_channel] canal de check-ins
        [support_channel] canal de apoio
        [wins_channel] canal de conquistas
       *[modlog_channel] canal de registro da moderação
    } → { $channel }
setup-changed-timezone = fuso horário → { $zone }
setup-changed-resources = recursos de apoio atualizados
setup-changed-resources-default = recursos de apoio → o padrão incluído
setup-changed-goal = meta semanal → { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidaturas
    }
setup-changed-goal-removed = meta semanal removida
setup-changed-role = cargo de moderação → { $role }
setup-changed-role-none = cargo de moderação → nenhum
# $moderators como setup-moderators-none ou uma lista como "@mia (admin), @bo"; $detail
# une as frases setup-moderators-* com "; ".
setup-changed-moderators = moderadores → { $moderators } ({ $detail })
setup-moderators-added = você adicionou { $names }
setup-moderators-removed = você removeu { $names }
setup-moderators-kept-self = você continua na lista, então mantém o acesso
setup-moderators-kept-admins = os admins continuam moderando sem precisar ser citados
setup-moderators-no-change = nenhuma mudança
# Os dois últimos de vários nomes: "@a, @b e @c" ($names é "@a, @b").
setup-names-and = { $names } e { $last }
setup-moderator-admin = @{ $name } (admin)
setup-moderators-none = nenhum

# Alguém entrou ou saiu da moderação: o canal de registro da moderação e depois uma
# mensagem direta para a pessoa.
setup-echo-moderators-title = Mudança na equipe de moderação
setup-echo-moderator-added = @{ $actor } adicionou @{ $name } à equipe de moderação.
setup-echo-moderator-removed = @{ $actor } removeu @{ $name } da equipe de moderação.
# A entrada do registro de auditoria (o registro da comunidade, no idioma dela); $member
# representa o nome atual do membro: mantenha como está.
setup-audit-moderator-added = adicionou { $member } à equipe de moderação
setup-audit-moderator-removed = removeu { $member } da equipe de moderação
# $place: o nome da comunidade, ou setup-this-community.
setup-this-community = esta comunidade
setup-dm-moderator-added-title = Agora você faz parte da moderação
setup-dm-moderator-added = @{ $actor } adicionou você à equipe de moderação de { $place }. `/help command:mod` mostra o que a moderação pode fazer: programar check-ins, ler as denúncias dos membros, silenciar e remover publicações. Obrigado por cuidar da comunidade.
setup-dm-moderator-removed-title = Você não faz mais parte da moderação
setup-dm-moderator-removed = @{ $actor } removeu você da equipe de moderação de { $place }. Sua sequência, seus registros e suas configurações continuam iguais. Obrigado por todo o cuidado que você dedicou à comunidade.

# A configuração atual (os campos da resposta).
setup-field-checkin-channel = Canal de check-ins
setup-field-support-channel = Canal de apoio
setup-field-wins-channel = Canal de conquistas
setup-field-modlog-channel = Canal de registro da moderação
setup-field-timezone = Fuso horário
setup-field-goal = Meta semanal
setup-field-role = Cargo de moderação
setup-field-moderators = Moderadores listados
setup-field-resources = Recursos de apoio
setup-field-problems = Problemas para publicar
setup-not-set = não definido
setup-timezone-default = UTC (padrão)
setup-goal = { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidaturas
    }
setup-resources-default = (padrão) { $resources }
setup-channel-problem = { $channel } — ⚠ { $problem }
setup-posting-problem = não consigo publicar em #{ $channel }: { $problem }
