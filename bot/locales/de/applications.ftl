# Bewerbungen (bot/features/applications): wie Antworten die Phase einer Bewerbung nennen.

app-stage = { $stage ->
    [applied] beworben
    [interview] Vorstellungsgespräch
    [rejected] abgesagt
    [offer] Angebot
   *[other] { $stage }
}
