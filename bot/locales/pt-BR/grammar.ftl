# A linha de comando e as verificações por que passa cada valor de opção: a gramática em texto
# do console e do `/rebound` do Slack (bot/core/grammar.py) e a validação compartilhada por
# todos os adaptadores (bot/core/declarations.py, bot/core/intake.py). Nomes de comandos, nomes
# de opções, valores de escolha e as linhas de uso (`/log activity:applied|...`) ficam como os
# membros digitam.

## Lendo uma linha de comando

grammar-unclosed-quote = Um valor entre aspas está sem o `{ $mark }` de fechamento.
grammar-unclosed-quote-hint = Feche as aspas, como em note:"Backend role at Acme" (escreva \" para pôr aspas dentro do texto).
grammar-type-a-command = Digite um comando, como /help.
# $names: os subcomandos do grupo, como `setup, mute, unmute`.
grammar-needs-subcommand = `/{ $group }` precisa de um subcomando: { $names }.
grammar-needs-subcommand-hint = Experimente `/help command:{ $group }`.
grammar-no-command = Não existe o comando `/{ $command }`.
# $names: comandos como `/log, /logs`.
grammar-suggest-commands = Você quis dizer { $names }? `/help` lista todos os comandos.
grammar-help-lists-all = `/help` lista todos os comandos.
grammar-no-subcommand = `/{ $group }` não tem o subcomando `{ $word }`.
grammar-no-subcommand-hint = Os subcomandos dele são { $names }; `/help command:{ $group }` explica cada um.
grammar-no-subcommand-hint-close = Você quis dizer `/{ $group } { $close }`? Os subcomandos dele são { $names }; `/help command:{ $group }` explica cada um.
grammar-given-twice = `{ $option }` aparece duas vezes.
# $usage: uma linha de uso, como `/log activity:applied|... [note:text]`.
grammar-usage = Uso: { $usage }
grammar-not-understood = Não entendi `{ $word }` em `/{ $command }`.
grammar-write-options = Escreva as opções como nome:valor. Uso: { $usage }
# $usages: as linhas de uso dos subcomandos, unidas com grammar-or.
grammar-group-usages = Você quis dizer { $usages }? O comando sozinho: `{ $usage }`.
# Duas alternativas; três ficam `a ou b ou c`.
grammar-or = { $first } ou { $second }
grammar-not-a-member = `{ $item }` em `{ $option }` não é um membro.
grammar-not-a-member-hint = Mencione cada membro com @, como @ana,@bo.

## Opções que um comando não tem

grammar-takes-no-options = `/{ $command }` não tem a opção `{ $option }`; esse comando não recebe opções.
grammar-no-option = `/{ $command }` não tem a opção `{ $option }`.
grammar-no-option-close = `/{ $command }` não tem a opção `{ $option }`. Você quis dizer `{ $close }`?
# $typed: a palavra como foi digitada, como `compnay:Acme`; $rest: a opção que recebe texto livre.
grammar-quote-the-text = Se `{ $typed }` faz parte do seu texto, coloque o texto entre aspas, como { $rest }:"… { $typed }". Uso: { $usage }

## Valores que não servem para a opção
## Uma mensagem `-given` repete o valor recusado ($value: um número, ou texto entre crases).

grammar-unsaveable = `{ $option }` de `/{ $command }` tem um caractere que não pode ser salvo (um caractere NUL ou metade de um emoji).
grammar-unsaveable-hint = Digite de novo sem ele, por favor.
# $help: para que serve a opção, como o comando a declara.
grammar-required = `/{ $command }` precisa de `{ $option }` ({ $help }).
grammar-too-long = `{ $option }` de `/{ $command }` tem { $length } caracteres; o limite é { $limit }.
grammar-too-long-hint = Encurte o texto e tente de novo, por favor.
grammar-yes-or-no = `{ $option }` de `/{ $command }` precisa ser `yes` ou `no`.
grammar-yes-or-no-given = `{ $option }` de `/{ $command }` precisa ser `yes` ou `no`, não { $value }.
# $choices: os valores de escolha, como `applied, interviewed, offer`.
grammar-one-of = `{ $option }` de `/{ $command }` precisa ser um destes: { $choices }.
grammar-one-of-given = `{ $option }` de `/{ $command }` precisa ser um destes: { $choices } (não { $value }).
grammar-must-be-member = `{ $option }` de `/{ $command }` precisa ser um membro, como @nome.
grammar-must-be-channel = `{ $option }` de `/{ $command }` precisa ser um canal, como #nome.
grammar-must-be-members = `{ $option }` de `/{ $command }` precisa ser uma lista de membros, como @ana,@bo.
grammar-whole-number = `{ $option }` de `/{ $command }` precisa ser um número inteiro.
grammar-whole-number-given = `{ $option }` de `/{ $command }` precisa ser um número inteiro, não { $value }.
grammar-between = `{ $option }` de `/{ $command }` precisa estar entre { $low } e { $high }.
grammar-between-given = `{ $option }` de `/{ $command }` precisa estar entre { $low } e { $high }, não { $value }.
grammar-at-least = `{ $option }` de `/{ $command }` precisa ser no mínimo { $low }.
grammar-at-least-given = `{ $option }` de `/{ $command }` precisa ser no mínimo { $low }, não { $value }.
grammar-at-most = `{ $option }` de `/{ $command }` precisa ser no máximo { $high }.
grammar-at-most-given = `{ $option }` de `/{ $command }` precisa ser no máximo { $high }, não { $value }.
grammar-not-a-time = `{ $text }` não é um horário; use o formato de 24 horas HH:MM, como 09:00.
