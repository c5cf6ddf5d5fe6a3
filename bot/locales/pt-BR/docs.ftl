# A referência de comandos, docs/commands*.md (scripts/gen_commands_doc.py)

docs-title = Referência de comandos
docs-intro =
    Todos os comandos que o Rebound entende, no Discord, no Slack (`/rebound <command> ...`) e no
    console. As opções são escritas como `name:value`; um valor com espaços vai entre aspas
    duplas (`note:"Backend role at Acme"`). Numa linha de uso, `[name:value]` é opcional. Os
    comandos marcados como *só para moderadores* precisam de alguém da moderação
    (`/mod setup moderators:` ou o cargo de moderação).
docs-contents = Sumário
docs-head-option = Opção
docs-head-type = Tipo
docs-head-required = Obrigatória
docs-head-accepts = Aceita
docs-head-description = Descrição
docs-type-string = texto
docs-type-integer = número inteiro
docs-type-boolean = sim/não
docs-type-choice = escolha
docs-type-member = membro
docs-type-channel = canal
docs-type-role = cargo
docs-type-members = membros
docs-yes = sim
docs-no = não
docs-one-of = um de { $choices }
docs-range = de { $min } a { $max }
docs-at-least = no mínimo { $min }
docs-at-most = no máximo { $max }
docs-any = qualquer
docs-yes-or-no = `yes` ou `no`
docs-up-to = até { $count } caracteres
docs-moderators-only = *Só para moderadores.*
docs-no-options = Sem opções.
docs-examples = Exemplos:
docs-other-languages = Também em: { $links }
