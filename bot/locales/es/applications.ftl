# Candidaturas (bot/features/applications): cómo las respuestas nombran la etapa de una
# candidatura ("en la etapa de …").

app-stage = { $stage ->
    [applied] candidatura
    [interview] entrevista
    [rejected] rechazo
    [offer] oferta
   *[other] { $stage }
}
