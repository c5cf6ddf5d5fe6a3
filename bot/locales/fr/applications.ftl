# Candidatures (bot/features/applications) : comment les réponses nomment l'étape d'une
# candidature.

app-stage = { $stage ->
    [applied] candidature envoyée
    [interview] entretien
    [rejected] refusée
    [offer] offre
   *[other] { $stage }
}
