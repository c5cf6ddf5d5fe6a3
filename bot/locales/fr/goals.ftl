# `/goal` (bot/features/goals) : objectifs hebdomadaires par type d'activité, et objectifs
# d'apprentissage.

goal-week-progress = Cette semaine : { $goals }
goal-week-progress-item = { $kind } { $done }/{ $target }
goal-one-at-a-time = Modifie un objectif hebdomadaire ou un objectif d'apprentissage — un à la fois.
goal-one-at-a-time-hint = Par exemple `/goal activity:applied per_week:5`, ou `/goal learning:done number:1`.
goal-need-both = Indique à la fois `activity` et `per_week`, par exemple `/goal activity:applied per_week:5`.
goal-need-both-hint = `/goal` seul affiche ta progression.
goal-none-to-remove = Tu n'as pas d'objectif hebdomadaire pour { $kind } à supprimer.
goal-removed = Ton objectif hebdomadaire pour { $kind } est supprimé.
goal-removed-title = Objectif supprimé
goal-set = Objectif fixé : { $kind }, { $target } par semaine. Cette semaine pour l'instant : { $done }/{ $target }.
goal-set-title = Objectif fixé
goal-learning-what = Que faire de l'objectif d'apprentissage { $number } ? Ajoute `learning:done` ou `learning:remove`, par exemple `/goal learning:done number:{ $number }`.
goal-learning-which = Quel objectif d'apprentissage ? Ajoute son `number` indiqué par `/goal`, par exemple `/goal learning:{ $action } number:1`.
goal-learning-none = Tu n'as aucun objectif d'apprentissage en cours.
goal-learning-none-hint = Une compétence à renforcer dans `/reflect skill_gap:...` en devient un.
goal-learning-no-number = Il n'y a pas d'objectif d'apprentissage n° { $number } ; tu en as { $count }.
goal-learning-no-number-hint = `/goal` affiche les numéros.
goal-learning-done = « { $text } » est atteint. Combler une lacune que tu as repérée toi-même, c'est exactement ce qui rend le prochain entretien plus facile.
goal-learning-done-title = Objectif d'apprentissage atteint 🎉
goal-learning-removed = Objectif d'apprentissage « { $text } » supprimé.
goal-learning-removed-title = Objectif d'apprentissage supprimé
goal-field-learning = Objectifs d'apprentissage
goal-learning-how = `/goal learning:done number:n` en marque un comme atteint ; `/goal learning:remove number:n` le supprime.
goal-field-learning-completed = Objectifs d'apprentissage atteints
goal-title = Tes objectifs
goal-none-yet = Tu n'as pas encore d'objectifs. Essaie `/goal activity:applied per_week:5` — de petits objectifs réguliers valent mieux que de grands.
goal-line = { $kind } : { $bar } { $done }/{ $target }
goal-line-met = { $kind } : { $bar } { $done }/{ $target } ✓
goal-no-weekly = Pas encore d'objectif hebdomadaire : `/goal activity:applied per_week:5` en fixe un.
goal-title-week = Tes objectifs — semaine du { $day }
