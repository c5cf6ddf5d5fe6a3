# `/help` (bot/features/help). Die Beschreibungen der Befehle selbst werden mit ihren
# Deklarationen übersetzt; hier stehen die Sätze der Hilfe drumherum.

help-title = Rebound – Befehle
help-intro = Rebound hilft dir dranzubleiben: kleine Schritte eintragen, eine Serie führen, die menschlich bleibt, dich von Absagen erholen und euch gegenseitig Mut machen. `/help command:log` zeigt die Details eines Befehls.
help-section = { $section ->
    [activity] Aktivität und Serien
    [rejection] Nach einer Absage
    [together] Gemeinsam
    [you] Für dich
   *[moderators] Moderation
}
help-section-more = Mehr
# $text: die Beschreibung eines Befehls.
help-moderators-only = { $text } (nur für die Moderation)
# $about: wofür eine Gruppe von Befehlen da ist; $commands: ihre Unterbefehle, etwa `setup, mute`.
help-group = { $about }: { $commands }.
help-group-about = { $about }.
help-option = • { $name }: { $help }
help-option-optional = • { $name }: { $help } (optional)
help-example = z. B. { $example }
help-no-command = Es gibt keinen Befehl `/{ $command }`.
help-no-command-hint = `/help` listet alle Befehle auf.
