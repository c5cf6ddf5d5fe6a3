# `/win` et `/wins` (bot/features/wins) : enregistrer ses victoires et les partager.

win-offer-needs-company = Quelle entreprise t'a fait l'offre ? Ajoute `company:`, par exemple `/win text:"Une offre !" company:Acme offer:yes`.
win-well-done = Bravo. Des victoires comme celle-ci méritent d'être remarquées — elles prouvent que tes efforts paient.
win-offer-marked = Ta candidature chez { $company } est maintenant marquée comme offre.
win-title = Victoire enregistrée 🎉
win-title-offer = Une offre — félicitations ! 🎉
win-field-showing-up = Être là, ça compte
win-kept-private-no-channel = Gardé privé : cette communauté n'a pas encore de canal des victoires. La modération peut en définir un avec `/mod setup wins_channel:#channel`.
# $reason : pourquoi le membre ne peut pas partager pour l'instant (une mise en sourdine ou
# la limite de partage).
win-kept-private-because = Gardé privé : { $reason }
win-kept-private = Gardé privé.
win-posting = Publication dans { $channel }, message n° { $number }.

# Le message dans le canal des victoires, dans la langue de la communauté.
win-post = { $offer ->
    [yes] @{ $name } a une offre à partager :
   *[no] @{ $name } a une victoire à partager :
}
win-post-company = { $offer ->
    [yes] @{ $name } a une offre à partager ({ $company }) :
   *[no] @{ $name } a une victoire à partager ({ $company }) :
}
win-post-quote = « { $text } »
win-post-title = 🎉 { $name } a une bonne nouvelle

# `/wins`
win-none-yet = Aucune victoire enregistrée pour l'instant. Elles comptent même quand elles sont petites : une réponse d'un recruteur, un bon échange de réseautage, une invitation à un entretien. `/win text:...` en enregistre une.
win-list-title-empty = Tes victoires
win-list-title = Tes victoires ({ $count })
win-list-line = { $day } — { $text }
win-list-line-company = { $day } — { $text } ({ $company })
win-list-offer = { $line } · offre 🎉
win-list-more = …et { $count } plus anciennes.
win-list-read = Relis-les les jours difficiles.

# A win a moderator removed, in lists.
win-removed-by-moderator = (retiré par l'équipe de modération)
