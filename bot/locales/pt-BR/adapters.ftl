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

## Discord: fora de um servidor, e o formulário de um comando (adapters/discord/adapter.py)

discord-outside-server = O Rebound funciona dentro de um servidor, onde fica sua comunidade: use o comando em um dos canais dele.
# A dica embaixo da caixa de um formulário; $help é a descrição da própria opção. Os membros
# digitam na caixa o número, `yes` ou `no`, ou um dos $choices (em inglês).
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes ou no)
discord-modal-choices = { $help }: { $choices }
