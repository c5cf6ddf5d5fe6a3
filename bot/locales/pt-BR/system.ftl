# O núcleo em volta dos comandos: o ciclo de vida de uma comunidade (bot/core/lifecycle.py),
# publicações que uma plataforma recusou (bot/core/delivery.py), mensagens diretas que não
# puderam ser entregues (bot/core/undelivered.py), fusos horários (bot/core/zones.py) e os
# admins da própria comunidade (bot/core/grants.py).

## Uma comunidade que instalou, removeu ou adicionou de novo o Rebound

system-not-installed = O Rebound foi removido desta comunidade, então não está recebendo comandos aqui. Se ele for adicionado de novo em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }, tudo continua aqui: sequências, check-ins e configurações.
system-welcome-back-title = O Rebound está de volta
# $name: o nome da comunidade, ou system-welcome-your-community.
system-welcome-back = Tudo em { $name } está do jeito que você deixou: sequências, check-ins, metas e configurações. `/mod setup` mostra a configuração; `/help` lista todos os comandos.
system-welcome-title = Obrigado por adicionar o Rebound
# Seguida pelos três passos numerados abaixo, um por linha.
system-welcome = O Rebound ajuda quem está buscando emprego em { $name } a seguir em frente, em conjunto: sequências, check-ins e incentivo depois de cada rejeição. Três passos para configurar:
system-welcome-step-channels = Alguém da moderação escolhe os canais: `/mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
system-welcome-step-checkin = Programe um check-in: `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`
system-welcome-step-first = Convide todo mundo a registrar um primeiro passo, como `/log activity:applied`. `/help` mostra todo o resto.
system-welcome-your-community = sua comunidade
system-welcome-to-owner = Não consegui publicar isto em um canal de { $name }, então estou enviando para você, como responsável pela comunidade.

## Uma publicação que a plataforma recusou de vez, avisada a quem escreveu por mensagem direta
## $post: o número da publicação; $channel: como #wins; $problem: as palavras da própria plataforma.

system-not-posted-title = Não publicado
system-not-posted-in = Sua publicação { $post } não pôde ser postada em { $channel }.
system-not-posted-in-why = Sua publicação { $post } não pôde ser postada em { $channel } ({ $problem }).
system-not-posted = Sua publicação { $post } não pôde ser postada no canal.
system-not-posted-why = Sua publicação { $post } não pôde ser postada no canal ({ $problem }).
system-not-posted-saved = O que você compartilhou está salvo, e a moderação consegue ver o problema do canal em `/mod setup`.

## Mensagens diretas que uma plataforma não quis entregar

system-dm-files-here = O arquivo está nas suas mensagens diretas com o Rebound.
system-dm-own-closed = Suas mensagens diretas estão fechadas, então aqui vai, em particular.
system-dm-other-closed = Não consegui entregar a mensagem direta: esse membro não aceita mensagens diretas do Rebound. Seu comando em si foi executado normalmente.

## Fusos horários

system-unknown-timezone = `{ $name }` não é um fuso horário que eu conheça.
# $zones: nomes de fusos horários, como `Europe/Berlin, Europe/Busingen`.
system-unknown-timezone-close = `{ $name }` não é um fuso horário que eu conheça. Você quis dizer { $zones }?
system-unknown-timezone-hint = Use um nome IANA, como America/Sao_Paulo ou Europe/Lisbon.

## O que torna alguém admin da própria comunidade, por plataforma

system-admin-discord = permissão Gerenciar servidor no Discord
system-admin-slack = admin ou proprietário do espaço de trabalho no Slack
system-admin-console = feito moderador com `!mod`
# A scheduled direct message the platform refused (scheduled work has nobody to tell).
delivery-problem-dms-closed = { $name } não aceita mensagens diretas
