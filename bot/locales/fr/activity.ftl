# `/log` (bot/features/activity) : enregistrer les activités de recherche d'emploi.

log-logged = Enregistré : { $what }.
log-logged-company = Enregistré : { $what } — { $company }.
log-logged-company-role = Enregistré : { $what } — { $company }, { $role }.
log-cheer = { $kind ->
    [applied] Encore une candidature envoyée — ça demande du courage.
    [networked] Les contacts ouvrent des portes. Bravo d'avoir tendu la main.
    [learned] Chaque compétence que tu ajoutes finit par rapporter.
    [practiced] L'entraînement transforme le trac en confiance.
    [interviewed] Tu as décroché un entretien — ça en dit déjà long sur toi.
    [followed_up] Relancer, c'est ainsi que les bons profils restent en tête.
    [researched] Ça se voit en entretien quand on s'est renseigné. Bien joué.
    [resume] Un CV plus affûté travaille pour toi pendant que tu te reposes.
    [selfcare] Prendre soin de toi fait partie de la recherche, ce n'est pas une pause.
   *[volunteered] Donner de son temps aux autres développe des compétences et ouvre des perspectives.
}
log-title = { $kind ->
    [applied] Candidature enregistrée ✓
    [networked] Réseautage enregistré ✓
    [learned] Apprentissage enregistré ✓
    [practiced] Entraînement enregistré ✓
    [interviewed] Entretien enregistré ✓
    [followed_up] Relance enregistrée ✓
    [researched] Recherche enregistrée ✓
    [resume] Travail sur le CV enregistré ✓
    [selfcare] Soin de soi enregistré 💚
   *[volunteered] Bénévolat enregistré ✓
}
log-app-already-tracked = Ta candidature chez { $company } est déjà suivie, à l'étape « { $stage } ».
log-app-tracked = La candidature chez { $company } est suivie (étape : { $stage }).
log-app-moved = La candidature chez { $company } passe à l'étape « { $stage } ».
