# L'onglet d'accueil du membre (bot/features/home). `$log`, `$help`, `$goal`, `$win`, `$wins` :
# une commande telle que les membres la tapent sur leur plateforme, avec un exemple, comme
# `/log applied`.

home-title = Ton Rebound
home-how-to = Chaque petit pas compte. Enregistres-en un avec { $log }, et retrouve toutes les commandes avec { $help }.
home-streak-title = Ta série
home-first-streak = Chaque série commence par un petit pas — une candidature, un échange de réseautage, une heure d'apprentissage. Essaie { $log }.
home-goals-title = Objectifs de la semaine
home-first-goals = Fixe-toi un petit objectif régulier avec { $goal }.
home-nudge-start = Chaque série commence par un petit pas. Essaie { $log }.
home-nudge-today = Aujourd'hui compte ✓ — tu étais là.
home-nudge-break = { $count ->
    [one] Les pauses, ça arrive — ton { $count } jour actif compte toujours. Un petit pas aujourd'hui lance une nouvelle série.
   *[other] Les pauses, ça arrive — tes { $count } jours actifs comptent toujours. Un petit pas aujourd'hui lance une nouvelle série.
}
home-nudge-keep = Rien d'enregistré aujourd'hui pour l'instant : un petit pas suffit pour garder ta série.
home-goals-none = Pas encore d'objectifs. De petits objectifs réguliers valent mieux que de grands : { $goal }.
home-goal = { $kind } : { $done }/{ $target }
home-goal-met = { $kind } : { $done }/{ $target } ✓
home-learning-goal = apprentissage : { $text }
home-wins-title = Victoires récentes
home-wins-none = Aucune victoire enregistrée pour l'instant. Elles comptent même quand elles sont petites — la réponse d'un recruteur, une invitation à un entretien. { $win } en enregistre une.
home-wins-read = Relis-les les jours difficiles. { $wins } les affiche toutes.
