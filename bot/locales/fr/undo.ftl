# `/undo` (bot/features/undo) : annuler la dernière entrée des dernières 24 heures.

undo-nothing = Il n'y a rien à annuler sur les dernières 24 heures. `/undo` annule ta dernière activité, victoire, refus, bilan ou réponse de check-in, jusqu'à un jour après.
undo-nothing-title = Rien à annuler
undo-title = Annulé
# $entry : ce qui a été supprimé, tel que `undo-entry` et les lignes ci-dessous le décrivent.
undo-removed = Supprimé : { $entry }.
# Quand une entrée a été faite : $day vaut today, yesterday ou other (alors $date la donne).
undo-when = { $day ->
    [today] aujourd'hui à { $time }
    [yesterday] hier à { $time }
   *[other] le { $date } à { $time }
}
undo-entry = { $kind ->
    [log] ton activité enregistrée { $when }
    [checkin] ta réponse au check-in envoyée { $when }
    [win] ta victoire enregistrée { $when }
    [rejection] ton refus enregistré { $when }
   *[reflection] ton bilan enregistré { $when }
}
# $what : l'activité enregistrée, comme `réseautage ×3` ; $where : son entreprise et son poste.
undo-entry-log = { $entry } : { $what }
undo-entry-log-where = { $entry } : { $what } — { $where }
undo-entry-win-removed = { $entry } (la modération en avait supprimé le texte)
undo-entry-quote = { $entry } : « { $text } »
# $place : l'entreprise, ou le canal du check-in.
undo-entry-at = { $entry } ({ $place })
undo-post-withdrawn = { $anonymous ->
    [yes] Le message anonyme correspondant dans { $channel } a été retiré.
   *[no] Le message correspondant dans { $channel } a été retiré.
}
undo-post-withdrawn-unknown = { $anonymous ->
    [yes] Le message anonyme correspondant a été retiré de son canal.
   *[no] Le message correspondant a été retiré de son canal.
}
undo-learning-goal-removed = L'objectif d'apprentissage ajouté en même temps, « { $text } », est supprimé aussi.
undo-prompt-cancelled = Les questions de bilan prévues pour cette entrée sont annulées.
undo-app-untracked = La candidature chez { $company } n'est plus suivie.
undo-app-back = Ta candidature chez { $company } revient à l'étape « { $stage } ».
undo-streak-now = { $count ->
    [one] Ta série est maintenant de { $count } jour.
   *[other] Ta série est maintenant de { $count } jours.
}
undo-streak-paused = { $count ->
    [one] Ta série est à 0 jour pour l'instant ; ton { $count } jour actif compte toujours.
   *[other] Ta série est à 0 jour pour l'instant ; tes { $count } jours actifs comptent toujours.
}
undo-streak-reset = Ta série revient à 0 jour : n'importe quelle entrée aujourd'hui la relance.
