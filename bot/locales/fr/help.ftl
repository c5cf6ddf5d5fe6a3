# `/help` (bot/features/help). Les descriptions des commandes elles-mêmes sont traduites avec
# leurs déclarations ; ici, ce sont les phrases de l'aide autour d'elles.

help-title = Rebound — commandes
help-intro = Rebound t'aide à tenir bon : enregistrer tes petits pas, tenir une série bienveillante, rebondir après un refus et vous encourager les uns les autres. `/help command:log` affiche le détail d'une commande.
help-section = { $section ->
    [activity] Activité et séries
    [rejection] Après un refus
    [together] Ensemble
    [you] Pour toi
   *[moderators] Modération
}
help-section-more = Plus
# $text : la description d'une commande.
help-moderators-only = { $text } (modération uniquement)
# $about : à quoi sert un groupe de commandes ; $commands : ses sous-commandes, comme `setup, mute`.
help-group = { $about } : { $commands }.
help-group-about = { $about }.
help-option = • { $name } : { $help }
help-option-optional = • { $name } : { $help } (facultatif)
help-example = par ex. { $example }
help-no-command = Il n'y a pas de commande `/{ $command }`.
help-no-command-hint = `/help` liste toutes les commandes.
