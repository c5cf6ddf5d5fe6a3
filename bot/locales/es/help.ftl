# `/help` (bot/features/help). Las descripciones de los comandos se traducen con sus
# declaraciones; estas son las frases de la ayuda que las rodean.

help-title = Rebound — comandos
help-intro = Rebound te ayuda a seguir adelante: registra pasos pequeños, mantén una racha amable, recupérate de los rechazos y anima a los demás. `/help command:log` muestra los detalles de un comando.
help-section = { $section ->
    [activity] Actividad y rachas
    [rejection] Después de un rechazo
    [together] En comunidad
    [you] Tú
   *[moderators] Moderación
}
help-section-more = Más
# $text: la descripción de un comando.
help-moderators-only = { $text } (solo moderación)
# $about: para qué sirve un grupo de comandos; $commands: sus subcomandos, como `setup, mute`.
help-group = { $about }: { $commands }.
help-group-about = { $about }.
help-option = • { $name }: { $help }
help-option-optional = • { $name }: { $help } (opcional)
help-example = p. ej. { $example }
help-no-command = No existe el comando `/{ $command }`.
help-no-command-hint = `/help` muestra todos los comandos.
