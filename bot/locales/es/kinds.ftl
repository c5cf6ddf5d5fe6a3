# Los tipos de actividad que registran los miembros (bot/core/kinds.py): `/log`, metas, `/undo`.

# Cómo una respuesta nombra un tipo en una frase: "Registrado: aprendizaje."
kind-label = { $kind ->
    [applied] candidatura enviada
    [networked] networking
    [learned] aprendizaje
    [practiced] práctica (simulacro de entrevista o preguntas)
    [interviewed] entrevista
    [followed_up] seguimiento
    [researched] investigación de una empresa
    [resume] trabajo en el CV, LinkedIn o portafolio
    [selfcare] autocuidado
    [volunteered] voluntariado
   *[other] { $kind }
}
# El nombre corto de un tipo en las listas de metas: "candidaturas 2/5" (como en
# las opciones de `/goal`).
kind-name = { $kind ->
    [applied] candidaturas
    [networked] networking
    [learned] aprendizaje
    [practiced] práctica
    [interviewed] entrevistas
    [followed_up] seguimientos
    [researched] investigar empresas
    [resume] CV y perfil
    [selfcare] autocuidado
    [volunteered] voluntariado
   *[other] { $kind }
}
# Un tipo registrado varias veces a la vez: "networking ×3".
kind-times = { $label } ×{ $count }
