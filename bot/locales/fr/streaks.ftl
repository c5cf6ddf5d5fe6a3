# Séries : /streak et /pause (bot/features/streaks : __init__.py, rules.py, heatmap.py)

## La série en une ligne (rules.streak_line), sous une activité, une victoire, un refus ou un check-in

streak-label = Série
streak-label-yours = Ta série
streak-line = { $label } : { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
} (record : { $best })
streak-line-banked = { $label } : { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
} (record : { $best }) · { $freezes ->
    [one] { $freezes } gel de série en réserve
   *[other] { $freezes } gels de série en réserve
}
streak-line-uncounted = { $label } : aujourd'hui ne fait pas partie de tes jours comptés, la série attend donc le prochain — mais il s'ajoute quand même à ton total de { $total ->
    [one] { $total } jour actif
   *[other] { $total } jours actifs
}.
streak-line-broken = { $label } : elle repart aujourd'hui — ton record reste de { $best ->
    [one] { $best } jour
   *[other] { $best } jours
}.
streak-line-none = { $label } : enregistre n'importe quoi aujourd'hui pour en lancer une.
# $days : une liste de dates courtes, comme "lun 16 nov et mar 17 nov".
streak-freezes-kept = { $count ->
    [one] { $count } gel de série a maintenu
   *[other] { $count } gels de série ont maintenu
} ta série en vie : { $days }.
streak-freezes-covering = { $count ->
    [one] { $count } gel de série couvre
   *[other] { $count } gels de série couvrent
} { $days } — ta série ne risque rien. Enregistre quelque chose aujourd'hui pour la garder.
# Les symboles sont ceux de la bande des jours ; garde-les, ainsi que les grands espaces entre les éléments.
streak-strip-legend = ■ actif   ❄ gel utilisé   ‖ en pause   – non compté   · manqué   ○ aujourd'hui

## /streak

streak-title-own = Ta série
streak-title-other = La série de { $name }
streak-not-found = { $name } n'a encore rien enregistré ici.
streak-private = @{ $name } garde sa série privée. Un `/cheer` lui parvient toujours, cela dit.
streak-field-current = Série actuelle
streak-field-best = Meilleure série
streak-field-total = Jours actifs au total
streak-field-freezes = Gels de série en réserve
streak-field-strip = Les { $count } derniers jours
streak-field-counting = Jours comptés
streak-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
streak-freezes-of = { $count } sur { $max }
streak-counting-weekdays = jours de semaine uniquement (les week-ends ne cassent jamais la série)
streak-about-new = { $name } n'a encore enregistré aucun jour — un `/cheer` pourrait être le petit coup de pouce qu'il lui faut.
streak-about-restart = { $name } a été au rendez-vous { $total ->
    [one] { $total } jour
   *[other] { $total } jours
} jusqu'ici. Les séries repartent ; un `/cheer` aide.
streak-about-going = { $name } enchaîne une série de { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}. Envoie un `/cheer` pour l'aider à continuer.
streak-encourage-first = Chaque série commence par un petit pas. Essaie `/log activity:applied`.
streak-encourage-break = Les coupures, ça arrive — tu as été au rendez-vous { $total ->
    [one] { $total } jour
   *[other] { $total } jours
} jusqu'ici, et cet effort compte toujours. Un petit pas aujourd'hui lance une nouvelle série.
streak-encourage-open = Rien d'enregistré aujourd'hui pour l'instant : un petit pas suffit pour garder ta série.
streak-encourage-done = Tu as été au rendez-vous aujourd'hui. C'est ce qui compte.

## L'image de la carte de chaleur de /streak (heatmap.py)

streak-heatmap-title = @{ $name } · { $weeks } dernières semaines
streak-heatmap-alt = Calendrier des { $weeks } dernières semaines de { $name } : { $active ->
    [one] { $active } jour actif
   *[other] { $active } jours actifs
}, { $frozen } couverts par un gel de série, { $paused } en pause. Les carrés verts sont les jours actifs, les carrés bleus avec un flocon les gels de série, les carrés violets vides les jours de pause, les carrés gris les jours manqués.

## /pause

streak-pause-title = Pause
streak-pause-both = Indique `days` ou `off`, pas les deux.
streak-pause-from-tomorrow = Aujourd'hui compte déjà, ta pause commence donc demain : en pause du { $start } au { $end } inclus.
streak-pause-through = En pause jusqu'au { $end } inclus.
streak-pause-rest = Le repos fait partie du travail : ces jours ne casseront pas ta série, et les check-ins ne t'enverront pas de rappels. `/pause off` y met fin plus tôt.
streak-pause-started-title = Profite de ta pause
streak-pause-none = Tu n'es pas en pause.
streak-pause-none-hint = Lance-en une avec `/pause days:7`.
streak-pause-cancelled = Ta pause à partir du { $start } est annulée ; chaque jour compte comme d'habitude.
streak-pause-cancelled-title = Pause annulée
streak-pause-ended = Bon retour ! Ta pause est terminée et aujourd'hui compte à nouveau.
streak-pause-ended-title = Pause terminée
streak-pause-status-none = Tu n'es pas en pause. `/pause days:7` te donne une semaine de repos (jusqu'à { $max } jours) ; les jours de pause ne cassent jamais ta série.
streak-pause-status-upcoming = Ta pause commence le { $start } et dure jusqu'au { $end } inclus. `/pause off` l'annule.
streak-pause-status-active = Tu es en pause jusqu'au { $end } inclus. `/pause off` y met fin plus tôt.
