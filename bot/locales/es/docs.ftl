# La referencia de comandos, docs/commands*.md (scripts/gen_commands_doc.py)

docs-title = Referencia de comandos
docs-intro =
    Todos los comandos que Rebound entiende, en Discord, en Slack (`/rebound <command> ...`) y en
    la consola. Las opciones se escriben `name:value`; un valor con espacios va entre comillas
    dobles (`note:"Backend role at Acme"`). En una línea de uso, `[name:value]` es opcional. Los
    comandos marcados como *solo para moderadores* requieren a alguien del equipo de moderación
    (`/mod setup moderators:` o el rol de moderación).
docs-contents = Contenido
docs-head-option = Opción
docs-head-type = Tipo
docs-head-required = Obligatoria
docs-head-accepts = Acepta
docs-head-description = Descripción
docs-type-string = texto
docs-type-integer = número entero
docs-type-boolean = sí/no
docs-type-choice = opción
docs-type-member = miembro
docs-type-channel = canal
docs-type-role = rol
docs-type-members = miembros
docs-yes = sí
docs-no = no
docs-one-of = uno de { $choices }
docs-range = de { $min } a { $max }
docs-at-least = al menos { $min }
docs-at-most = como máximo { $max }
docs-any = cualquiera
docs-yes-or-no = `yes` o `no`
docs-up-to = hasta { $count } caracteres
docs-moderators-only = *Solo para moderadores.*
docs-no-options = Sin opciones.
docs-examples = Ejemplos:
docs-other-languages = También en: { $links }
