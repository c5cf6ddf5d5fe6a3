# `/stats` (bot/features/stats): der eigene Weg eines Mitglieds in Zahlen.

stats-title = Dein Weg
stats-applications = Bewerbungen
stats-interviews = Vorstellungsgespräche
stats-offers = Angebote
stats-rejections = Absagen
stats-reflections = Rückblicke
stats-wins = Erfolge
stats-cheers-given = Zuspruch gegeben
stats-cheers-received = Zuspruch erhalten
stats-current-streak = Aktuelle Serie
stats-best-streak = Beste Serie
stats-active-days = Aktive Tage
stats-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
stats-rejections-only-you = Du bist diesen Monat die einzige Person hier, die eine Absage eingetragen hat – und du bist drangeblieben. Jede Jobsuche besteht größtenteils aus Absagen; über deinen Wert sagen sie wenig.
stats-rejections-nobody = Diesen Monat hat hier noch niemand eine Absage eingetragen – wenn es passiert, denk daran: Jede Jobsuche besteht größtenteils aus Absagen, und über deinen Wert sagen sie wenig.
stats-rejections-members = { $count ->
    [one] { $count } Mitglied hat diesen Monat eine Absage eingetragen – du bist nicht allein.
   *[other] { $count } Mitglieder haben diesen Monat eine Absage eingetragen – du bist nicht allein.
}
