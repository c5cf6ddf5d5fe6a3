# /strengths, /strengths add, /strengths remove et la liste de points forts que d'autres
# fonctionnalités affichent (bot/features/strengths).

strength-peer = { $text } (remarqué par d'autres membres)
strength-title = Tes points forts
strength-empty = Ta liste est vide pour l'instant. Pour quoi les gens te remercient-ils ? Qu'est-ce qui te venait facilement dans ton dernier poste ? Ajoute un point fort avec `/strengths add text:"Expliquer simplement des choses complexes"`.
strength-how = Relis-les avant ton prochain entretien. `/strengths add text:...` en ajoute un ; `/strengths remove number:n` en retire un.
strength-full = Ta liste compte déjà { $count ->
        [one] { $count } point fort
       *[other] { $count } points forts
    }.
strength-full-hint = Retires-en d'abord un avec `/strengths remove number:n`.
strength-already = « { $text } » est déjà sur ta liste.
strength-already-hint = `/strengths` l'affiche.
strength-added = « { $text } » ajouté. Tu as maintenant { $count ->
        [one] { $count } point fort
       *[other] { $count } points forts
    } sur ta liste.
strength-added-title = Point fort ajouté
strength-no-number = Il n'y a pas de point fort numéro { $number } ; ta liste en compte { $count }.
strength-no-number-hint = `/strengths` affiche les numéros.
strength-removed = « { $text } » retiré.
strength-removed-title = Point fort retiré
