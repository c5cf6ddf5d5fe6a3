# Os adaptadores do Slack e do Discord (adapters/slack, adapters/discord): o que eles mesmos
# dizem sobre membros e canais que não encontram e nos formulários que abrem.
# Comandos, nomes de opções e os valores que os membros digitam (yes, no, escolhas) ficam em inglês.

## Slack: membros e canais citados em um comando (adapters/slack/directory.py)

slack-list-unavailable = O Slack está sobrecarregado agora, então não consegui consultar os membros e canais deste espaço de trabalho. Nada foi alterado: tente de novo em um minuto, por favor.
# $candidates: cada membro como menção com o nome de usuário, separados por vírgulas.
slack-member-ambiguous = Há mais de um membro chamado `{ $name }` neste espaço de trabalho: { $candidates }. Nada foi alterado.
slack-member-ambiguous-more = Há mais de um membro chamado `{ $name }` neste espaço de trabalho: { $candidates } e mais { $count }. Nada foi alterado.
slack-member-ambiguous-hint = Mencione a pessoa certa com @ e escolha-a na lista do Slack.
slack-member-ambiguous-hint-example = Mencione a pessoa certa com @ e escolha-a na lista do Slack, ou use o nome de usuário dela, como @{ $example }.
slack-member-not-found = Não encontrei nenhum membro chamado `{ $name }` neste espaço de trabalho.
slack-member-not-found-hint = Mencione a pessoa com @ e escolha-a na lista do Slack, como @ana.
slack-channel-not-found = Não encontrei nenhum canal chamado `{ $name }` neste espaço de trabalho.
slack-channel-not-found-hint = Escolha o canal na lista do Slack depois de digitar #, como #wins.

## Slack: o formulário de um comando (adapters/slack/blocks.py)

slack-modal-save = Salvar
slack-modal-cancel = Cancelar
# Os nomes exibidos de um menu de sim ou não (o que é enviado continua sendo `yes` ou `no`).
slack-modal-yes = sim
slack-modal-no = não
# $label: o nome da opção, como "Body".
slack-modal-continued = { $label } (continuação)
slack-modal-continued-hint = Só se o texto for maior que a caixa acima: ele continua aqui.

## Discord: membros e canais citados em um comando (adapters/discord/events.py)

discord-member-not-here = <@{ $id }> não é membro deste servidor.
discord-member-not-here-hint = Mencione membros deste servidor, como @ana @bo.
discord-member-not-found = Não encontrei nenhum membro chamado `{ $name }` neste servidor.
discord-member-not-found-hint = Mencione a pessoa com @ e escolha-a na lista do Discord, como @ana.
discord-channel-not-found = `{ $name }` não é um canal deste servidor.
discord-channel-not-found-hint = Escolha o canal na lista do Discord depois de digitar #, como #wins.

# A member-list option's description (Discord has no such type: members type mentions).
discord-members-option = { $help } (mencione-os: @ana @bo)

## Discord: fora de um servidor, e o formulário de um comando (adapters/discord/adapter.py)

discord-outside-server = O Rebound funciona dentro de um servidor, onde fica sua comunidade: use o comando em um dos canais dele.
# A dica embaixo da caixa de um formulário; $help é a descrição da própria opção. Os membros
# digitam na caixa o número, `yes` ou `no`, ou um dos $choices (em inglês).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes ou no)
discord-modal-choices = { $help }: { $choices }

## Why a post could not be delivered: kept with the channel, shown in `/mod setup` and in
## the "not posted" message (adapters/discord/adapter.py, adapters/slack/delivery.py)
delivery-problem-discord-forbidden = sem permissão para publicar
delivery-problem-discord-message-deleted = a mensagem sob a qual responder foi apagada
delivery-problem-discord-channel-gone = o canal foi apagado ou o bot não consegue vê-lo
delivery-problem-discord-rate-limited = o Discord está limitando a frequência do bot
delivery-problem-discord-server-error = o Discord teve um erro de servidor ({ $status })
# $detail is Discord's own words, in English.
delivery-problem-discord-refused = o Discord recusou a mensagem ({ $status }: { $detail })
delivery-problem-discord-unreachable = não foi possível contatar o Discord
delivery-problem-slack-not-in-channel = o app não está no canal: convide-o com /invite @Rebound
delivery-problem-slack-channel-not-found = canal não encontrado: pode ser privado ou ter sido apagado; convide o app com /invite @Rebound ou escolha outro canal em /mod setup
delivery-problem-slack-archived = o canal está arquivado: escolha outro canal em /mod setup
delivery-problem-slack-restricted = publicar é restrito neste canal: peça a um admin do workspace ou escolha outro canal em /mod setup
delivery-problem-slack-not-installed = o Rebound não está instalado neste workspace

## Slack: the pages an installer's browser shows after an install (adapters/slack/oauth.py).
## Backticked text is shown as code; keep commands and channel names as they are.
slack-oauth-installed-in = O Rebound está instalado em { $workspace }
slack-oauth-installed = O Rebound está instalado
slack-oauth-your-workspace = seu workspace
slack-oauth-new = O Rebound agora faz parte de { $workspace }. Três passos para começar:
slack-oauth-welcome-back = Bem-vindo de volta. Tudo o que { $workspace } tinha continua aqui: sequências, check-ins, metas e configurações. `/rebound mod setup` mostra a configuração. Se algo precisar ser configurado de novo:
slack-oauth-step-invite = Convide o Rebound para os canais onde ele deve publicar: digite `/invite @Rebound` em cada um.
slack-oauth-step-setup = Como admin do workspace, escolha esses canais: `/rebound mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
slack-oauth-step-schedule = Agende um check-in, como `/rebound mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`, e convide todos a registrar um primeiro passo com `/rebound log applied`. `/rebound help` mostra todos os comandos.
slack-oauth-close = Você pode fechar esta aba e voltar ao Slack.
slack-oauth-nothing-changed = Nada foi alterado.
slack-oauth-again = Começar a instalação de novo
slack-oauth-denied-title = O Rebound não foi instalado
slack-oauth-denied = A instalação foi cancelada no Slack, então o Rebound não foi adicionado ao seu workspace.
slack-oauth-browser-title = Esta instalação não começou neste navegador
slack-oauth-browser = Para proteger seu workspace, uma instalação precisa terminar no navegador em que começou, em até dez minutos.
slack-oauth-state-title = Este link de instalação expirou ou já foi usado
slack-oauth-state = Cada link de instalação funciona uma vez, por dez minutos.
slack-oauth-unconfirmed-title = O Slack não confirmou esta instalação
slack-oauth-missing-code = O link de volta do Slack estava incompleto.
slack-oauth-invalid-code = A confirmação do Slack tinha expirado ou já tinha sido usada.
slack-oauth-storage-title = O Rebound não conseguiu salvar esta instalação
slack-oauth-storage = Tente de novo em um minuto. Se continuar acontecendo, avise quem administra o Rebound.
slack-oauth-unknown-title = O Slack não concluiu a instalação
slack-oauth-unknown = O Slack respondeu `{ $reason }`, então o Rebound não foi instalado.
