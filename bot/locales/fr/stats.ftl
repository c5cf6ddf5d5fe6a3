# `/stats` (bot/features/stats) : le parcours d'un membre en chiffres.

stats-title = Ton parcours
stats-applications = Candidatures
stats-interviews = Entretiens
stats-offers = Offres
stats-rejections = Refus
stats-reflections = Bilans
stats-wins = Victoires
stats-cheers-given = Encouragements donnés
stats-cheers-received = Encouragements reçus
stats-current-streak = Série actuelle
stats-best-streak = Meilleure série
stats-active-days = Jours actifs
stats-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
stats-rejections-only-you = Tu es la seule personne ici à avoir enregistré un refus ce mois-ci — et tu as continué. Toute recherche d'emploi est faite surtout de refus ; ils en disent peu sur ta valeur.
stats-rejections-nobody = Personne ici n'a encore enregistré de refus ce mois-ci — quand ça arrivera, souviens-toi que toute recherche d'emploi est faite surtout de refus, et qu'ils en disent peu sur ta valeur.
stats-rejections-members = { $count ->
    [one] { $count } membre a enregistré un refus ce mois-ci — tu n'es pas la seule personne dans ce cas.
   *[other] { $count } membres ont enregistré un refus ce mois-ci — tu n'es pas la seule personne dans ce cas.
}
