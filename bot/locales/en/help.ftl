# `/help` (bot/features/help). The commands' own descriptions are translated with their
# declarations; these are the help's sentences around them.

help-title = Rebound — commands
help-intro = Rebound helps you keep going: log small steps, keep a humane streak, recover from rejections and cheer each other on. `/help command:log` shows the details of one command.
help-section = { $section ->
    [activity] Activity and streaks
    [rejection] After a rejection
    [together] Together
    [you] You
   *[moderators] Moderators
}
help-section-more = More
# $text: a command's description.
help-moderators-only = { $text } (moderators only)
# $about: what a group of commands is for; $commands: its subcommands, like `setup, mute`.
help-group = { $about }: { $commands }.
help-group-about = { $about }.
help-option = • { $name }: { $help }
help-option-optional = • { $name }: { $help } (optional)
help-example = e.g. { $example }
help-no-command = There is no command `/{ $command }`.
help-no-command-hint = `/help` lists every command.
