# Candidaturas (bot/features/applications): como as respostas nomeiam a etapa de uma
# candidatura ("na etapa de …").

app-stage = { $stage ->
    [applied] candidatura
    [interview] entrevista
    [rejected] rejeição
    [offer] oferta
   *[other] { $stage }
}
