# Les types d'activité que les membres enregistrent (bot/core/kinds.py) : `/log`, objectifs,
# `/undo`.

# Comment une réponse nomme un type dans une phrase : « Enregistré : apprentissage. »
kind-label = { $kind ->
    [applied] candidature envoyée
    [networked] réseautage
    [learned] apprentissage
    [practiced] entraînement (simulation d'entretien ou questions)
    [interviewed] entretien passé
    [followed_up] relance
    [researched] recherche sur une entreprise
    [resume] travail sur CV, LinkedIn ou portfolio
    [selfcare] moment pour prendre soin de toi
    [volunteered] bénévolat
   *[other] { $kind }
}
# Le nom court d'un type dans les listes d'objectifs : « candidatures 2/5 ». L'anglais
# affiche le choix que les membres tapent.
kind-name = { $kind ->
    [applied] candidatures
    [networked] réseautage
    [learned] apprentissage
    [practiced] entraînement
    [interviewed] entretiens
    [followed_up] relances
    [researched] recherches
    [resume] CV
    [selfcare] soin de soi
    [volunteered] bénévolat
   *[other] { $kind }
}
# Un type enregistré plusieurs fois d'un coup : « réseautage ×3 ».
kind-times = { $label } ×{ $count }
