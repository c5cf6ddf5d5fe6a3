# `/win` und `/wins` (bot/features/wins): Erfolge festhalten und teilen.

win-offer-needs-company = Welche Firma hat dir das Angebot gemacht? Ergänze `company:`, etwa `/win text:"Jobangebot!" company:Acme offer:yes`.
win-well-done = Gut gemacht. Solche Erfolge verdienen es, bemerkt zu werden – sie beweisen, dass sich die Mühe lohnt.
win-offer-marked = Deine Bewerbung bei { $company } ist jetzt als Angebot markiert.
win-title = Erfolg festgehalten 🎉
win-title-offer = Ein Angebot – herzlichen Glückwunsch! 🎉
win-field-showing-up = Dranbleiben zählt
win-kept-private-no-channel = Privat gehalten: Diese Community hat noch keinen Erfolge-Kanal. Die Moderation kann einen festlegen mit `/mod setup wins_channel:#channel`.
# $reason: warum das Mitglied gerade nicht teilen kann (eine Stummschaltung oder das Limit fürs Teilen).
win-kept-private-because = Privat gehalten: { $reason }
win-kept-private = Privat gehalten.
win-posting = Wird in { $channel } gepostet, als Beitrag { $number }.

# Der Beitrag im Erfolge-Kanal, in der Sprache der Community.
win-post = { $offer ->
    [yes] @{ $name } hat ein Jobangebot zu verkünden:
   *[no] @{ $name } hat einen Erfolg zu teilen:
}
win-post-company = { $offer ->
    [yes] @{ $name } hat ein Jobangebot zu verkünden ({ $company }):
   *[no] @{ $name } hat einen Erfolg zu teilen ({ $company }):
}
win-post-quote = „{ $text }“
win-post-title = 🎉 { $name } hat gute Neuigkeiten

# `/wins`
win-none-yet = Noch keine Erfolge festgehalten. Sie zählen auch, wenn sie klein sind: eine Antwort aus dem Recruiting, ein gutes Networking-Gespräch, eine Einladung zum Vorstellungsgespräch. `/win text:...` hält einen fest.
win-list-title-empty = Deine Erfolge
win-list-title = Deine Erfolge ({ $count })
win-list-line = { $day } – { $text }
win-list-line-company = { $day } – { $text } ({ $company })
win-list-offer = { $line } · Angebot 🎉
win-list-more = …und { $count } frühere.
win-list-read = Lies sie an den schweren Tagen.

# A win a moderator removed, in lists.
win-removed-by-moderator = (von der Moderation entfernt)
