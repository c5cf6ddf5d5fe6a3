# La sourdine et la limite de partage (bot/features/mutes) : ce qu'on dit à un membre en
# sourdine, et une sourdine temporaire qui arrive à son terme.

# Durée d'une sourdine, dans le fuseau de la personne qui lit : « jusqu'au jeudi 5 novembre, 09:00 (Europe/Paris) ».
mute-until = jusqu'au { $when } ({ $zone })
mute-until-lifted = jusqu'à nouvel ordre

# Ce qu'un membre en sourdine ne peut pas faire en ce moment : le `$what` de mute-muted
# (« tu ne peux donc pas … pour le moment »).
mute-what-share = partager tes publications
mute-what-support = publier dans le canal de soutien
mute-what-wins = publier dans le canal des victoires
mute-what-cheers = encourager les autres

mute-muted = La modération a mis ton compte en sourdine { $until } : tu ne peux donc pas { $what } pour le moment.
mute-muted-reason = La modération a mis ton compte en sourdine { $until } : tu ne peux donc pas { $what } pour le moment. Motif indiqué : { $reason }.
mute-muted-hint = Tes commandes privées (enregistrements, séries, modèles) fonctionnent toujours. Contacte la modération si tu as des questions.

# Trop de publications en peu de temps ; $time ressemble à 09:00.
mute-flood = Tu as partagé { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    } { $minutes ->
        [one] au cours de la dernière minute
       *[other] au cours des { $minutes } dernières minutes
    } — c'est la limite pour l'instant, pour que les publications de chacun ne passent pas inaperçues.
mute-flood-hint = Laisse un peu respirer le canal ; tu pourras partager à nouveau à partir de { $time }.

# Une sourdine temporaire est terminée : le canal du journal de modération, puis un message privé au membre.
mute-ended-echo-title = Fin de la sourdine
mute-ended-echo = La sourdine de @{ $name } est terminée : partager et encourager sont de nouveau possibles.
mute-ended-echo-former = La sourdine d'un ancien membre est terminée : partager et encourager sont de nouveau possibles.
mute-ended-dm-title = Tu peux de nouveau partager
mute-ended-dm = Ta sourdine est terminée : tu peux de nouveau partager des publications et encourager les autres. Bon retour parmi nous — on est heureux que tu sois là.
