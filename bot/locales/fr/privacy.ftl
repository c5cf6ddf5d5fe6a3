# /privacy export et /privacy delete (bot/features/privacy)

## /privacy export

privacy-export-title = Tes données
privacy-export = Voici tout ce que Rebound enregistre sur toi dans cette communauté. `/privacy delete confirm:DELETE` l'efface.
privacy-export-alt = Tes données Rebound au format JSON
# La valeur "about" dans le fichier JSON exporté (ses noms de champs restent en anglais).
privacy-export-about = Tout ce que Rebound enregistre sur toi dans cette communauté. Les identifiants des autres membres sont omis (null).
privacy-field-records = Enregistrements
privacy-field-scheduled = Messages programmés
# $tables : chaque table avec son nombre (privacy-records-table), jointes par ", ".
privacy-records = { $total } — { $tables }
privacy-records-table = `{ $table }` : { $count }
privacy-records-none = seulement tes paramètres

## /privacy delete

privacy-delete-unconfirmed = Rien n'a été effacé : la confirmation doit être { $word }, en majuscules.
privacy-delete-unconfirmed-hint = `/privacy delete confirm:DELETE` efface tout ce qui te concerne ici. `/privacy export` t'en donne d'abord une copie.
privacy-deleted-title = Tes données sont effacées
privacy-deleted = C'est fait. Tout ce qui te concerne dans cette communauté est effacé : tes paramètres et { $records ->
    [one] { $records } enregistrement
    [many] { $records } d'enregistrements
   *[other] { $records } enregistrements
}.
privacy-deleted-jobs = C'est fait. Tout ce qui te concerne dans cette communauté est effacé : tes paramètres, { $records ->
    [one] { $records } enregistrement
    [many] { $records } d'enregistrements
   *[other] { $records } enregistrements
} et { $jobs ->
    [one] { $jobs } message programmé
    [many] { $jobs } de messages programmés
   *[other] { $jobs } messages programmés
}.
# $records : ce qui reste (les messages privacy-kept-*), joint par "; ".
privacy-kept = { $count ->
    [one] { $count } autre enregistrement de `/privacy export` reste
   *[other] { $count } autres enregistrements de `/privacy export` restent
} sans ton nom : { $records }.
privacy-kept-cheers-giver = { $count ->
    [one] l'encouragement que tu as donné, avec la personne encouragée
   *[other] les { $count } encouragements que tu as donnés, avec les personnes encouragées
}
privacy-kept-strengths-noticer = { $count ->
    [one] le point fort que tu as remarqué chez quelqu'un, sur sa liste
   *[other] les { $count } points forts que tu as remarqués chez d'autres, sur leurs listes
}
privacy-kept-audit-actor = { $count ->
    [one] ton action de modération dans le journal d'audit
   *[other] tes { $count } actions de modération dans le journal d'audit
}
privacy-kept-audit-target = { $count ->
    [one] l'entrée de modération te concernant dans le journal d'audit
   *[other] les { $count } entrées de modération te concernant dans le journal d'audit
}
privacy-kept-mutes-member = { $count ->
    [one] la mise en sourdine que la modération t'a imposée
   *[other] les { $count } mises en sourdine que la modération t'a imposées
}
privacy-kept-mutes-by = { $count ->
    [one] la mise en sourdine que tu as imposée en tant que modérateur ou modératrice
   *[other] les { $count } mises en sourdine que tu as imposées en tant que modérateur ou modératrice
}
privacy-kept-templates = { $count ->
    [one] le modèle que tu as ajouté
   *[other] les { $count } modèles que tu as ajoutés
}
privacy-kept-checkin-schedules = { $count ->
    [one] le check-in programmé que tu as mis en place
   *[other] les { $count } check-ins programmés que tu as mis en place
}
privacy-kept-reporter = { $count ->
    [one] le signalement que tu as fait à la modération
   *[other] les { $count } signalements que tu as faits à la modération
}
privacy-kept-reported = { $count ->
    [one] le signalement te concernant, un dossier de modération
   *[other] les { $count } signalements te concernant, des dossiers de modération
}
privacy-kept-resolver = { $count ->
    [one] le signalement que tu as traité en tant que modérateur ou modératrice
   *[other] les { $count } signalements que tu as traités en tant que modérateur ou modératrice
}
# Lignes d'une table sans message propre ; $record : la table.colonne (données).
privacy-kept-other = { $count ->
    [one] { $count } enregistrement dans { $record }
   *[other] { $count } enregistrements dans { $record }
}
privacy-deleted-mute = La mise en sourdine que la modération t'a imposée reste en vigueur { $until } : une mise en sourdine et le dossier de modération qui l'accompagne appartiennent à la communauté, qui les conserve au titre de son intérêt légitime (RGPD, art. 17, § 3) ; effacer tes données ne la lève donc pas.
privacy-deleted-end = Si tu utilises à nouveau Rebound ici, tu repars de zéro. Prends soin de toi.

## Ce qu'affiche une publication retirée dans son canal (langue de la communauté)

privacy-removed-by-author = (retirée par son auteur ou autrice)
