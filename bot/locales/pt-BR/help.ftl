# `/help` (bot/features/help). As descrições dos próprios comandos são traduzidas junto com
# as declarações deles; estas são as frases da ajuda em volta delas.

help-title = Rebound — comandos
help-intro = O Rebound ajuda você a seguir em frente: registre pequenos passos, mantenha uma sequência gentil, recupere-se das rejeições e incentive os outros. `/help command:log` mostra os detalhes de um comando.
help-section = { $section ->
    [activity] Atividade e sequências
    [rejection] Depois de uma rejeição
    [together] Juntos
    [you] Você
   *[moderators] Moderação
}
help-section-more = Mais
# $text: a descrição de um comando.
help-moderators-only = { $text } (só para a moderação)
# $about: para que serve um grupo de comandos; $commands: os subcomandos, como `setup, mute`.
help-group = { $about }: { $commands }.
help-group-about = { $about }.
help-option = • { $name }: { $help }
help-option-optional = • { $name }: { $help } (opcional)
help-example = ex.: { $example }
help-no-command = Não existe o comando `/{ $command }`.
help-no-command-hint = `/help` lista todos os comandos.
