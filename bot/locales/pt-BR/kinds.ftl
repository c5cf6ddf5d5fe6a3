# Os tipos de atividade que os membros registram (bot/core/kinds.py): `/log`, metas, `/undo`.

# Como uma resposta nomeia um tipo numa frase: "Registrado: aprendizado."
kind-label = { $kind ->
    [applied] candidatura enviada
    [networked] networking
    [learned] aprendizado
    [practiced] prática (simulação de entrevista ou perguntas)
    [interviewed] entrevista
    [followed_up] follow-up
    [researched] pesquisa sobre uma empresa
    [resume] trabalho no currículo, LinkedIn ou portfólio
    [selfcare] autocuidado
    [volunteered] voluntariado
   *[other] { $kind }
}
# O nome curto de um tipo nas listas de metas: "candidaturas 2/5" (como nas opções de `/goal`).
kind-name = { $kind ->
    [applied] candidaturas
    [networked] networking
    [learned] aprendizado
    [practiced] prática
    [interviewed] entrevistas
    [followed_up] follow-ups
    [researched] pesquisa de empresas
    [resume] currículo e perfil
    [selfcare] autocuidado
    [volunteered] voluntariado
   *[other] { $kind }
}
# Um tipo registrado várias vezes de uma vez: "networking ×3".
kind-times = { $label } ×{ $count }
