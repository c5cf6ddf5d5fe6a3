# The command line and the checks every option value passes: the text grammar of the
# console and Slack's `/rebound` (bot/core/grammar.py) and the validation shared by every
# adapter (bot/core/declarations.py, bot/core/intake.py). Command names, option names,
# choice values and the usage lines (`/log activity:applied|...`) stay as members type them.

## Reading a command line

grammar-unclosed-quote = A quoted value is missing its closing `{ $mark }`.
grammar-unclosed-quote-hint = Close the quote, like note:"Backend role at Acme" (write \" for a quote inside).
grammar-type-a-command = Type a command, like /help.
# $names: the group's subcommands, like `setup, mute, unmute`.
grammar-needs-subcommand = `/{ $group }` needs a subcommand: { $names }.
grammar-needs-subcommand-hint = Try `/help command:{ $group }`.
grammar-no-command = There is no command `/{ $command }`.
# $names: commands like `/log, /logs`.
grammar-suggest-commands = Did you mean { $names }? `/help` lists every command.
grammar-help-lists-all = `/help` lists every command.
grammar-no-subcommand = `/{ $group }` has no subcommand `{ $word }`.
grammar-no-subcommand-hint = Its subcommands are { $names }; `/help command:{ $group }` explains each.
grammar-no-subcommand-hint-close = Did you mean `/{ $group } { $close }`? Its subcommands are { $names }; `/help command:{ $group }` explains each.
grammar-given-twice = `{ $option }` is given twice.
# $usage: a usage line, like `/log activity:applied|... [note:text]`.
grammar-usage = Usage: { $usage }
grammar-not-understood = I did not understand `{ $word }` in `/{ $command }`.
grammar-write-options = Write options as name:value. Usage: { $usage }
# $usages: the subcommands' usage lines, joined with grammar-or.
grammar-group-usages = Did you mean { $usages }? On its own: `{ $usage }`.
# Two alternatives; three are `a or b or c`.
grammar-or = { $first } or { $second }
grammar-not-a-member = `{ $item }` in `{ $option }` is not a member.
grammar-not-a-member-hint = Mention each member with @, like @ana,@bo.

## Options a command does not have

grammar-takes-no-options = `/{ $command }` has no option `{ $option }`; it takes no options.
grammar-no-option = `/{ $command }` has no option `{ $option }`.
grammar-no-option-close = `/{ $command }` has no option `{ $option }`. Did you mean `{ $close }`?
# $typed: the word as typed, like `compnay:Acme`; $rest: the option taking free text.
grammar-quote-the-text = If `{ $typed }` is part of your text, put the text in quotes, like { $rest }:"… { $typed }". Usage: { $usage }

## Values that do not fit their option
## A `-given` message repeats the refused value ($value: a number, or text in backticks).

grammar-unsaveable = `{ $option }` of `/{ $command }` contains a character that cannot be saved (a NUL character or half of an emoji).
grammar-unsaveable-hint = Please type it again without it.
# $help: what the option is for, as its command declares it.
grammar-required = `/{ $command }` needs `{ $option }` ({ $help }).
grammar-too-long = `{ $option }` of `/{ $command }` is { $length } characters long; the limit is { $limit }.
grammar-too-long-hint = Please shorten it and try again.
grammar-yes-or-no = `{ $option }` of `/{ $command }` must be yes or no.
grammar-yes-or-no-given = `{ $option }` of `/{ $command }` must be yes or no, not { $value }.
# $choices: the choice values, like `applied, interviewed, offer`.
grammar-one-of = `{ $option }` of `/{ $command }` must be one of: { $choices }.
grammar-one-of-given = `{ $option }` of `/{ $command }` must be one of: { $choices } (not { $value }).
grammar-must-be-member = `{ $option }` of `/{ $command }` must be a member, like @name.
grammar-must-be-channel = `{ $option }` of `/{ $command }` must be a channel, like #name.
grammar-must-be-members = `{ $option }` of `/{ $command }` must be members, like @ana,@bo.
grammar-whole-number = `{ $option }` of `/{ $command }` must be a whole number.
grammar-whole-number-given = `{ $option }` of `/{ $command }` must be a whole number, not { $value }.
grammar-between = `{ $option }` of `/{ $command }` must be between { $low } and { $high }.
grammar-between-given = `{ $option }` of `/{ $command }` must be between { $low } and { $high }, not { $value }.
grammar-at-least = `{ $option }` of `/{ $command }` must be at least { $low }.
grammar-at-least-given = `{ $option }` of `/{ $command }` must be at least { $low }, not { $value }.
grammar-at-most = `{ $option }` of `/{ $command }` must be at most { $high }.
grammar-at-most-given = `{ $option }` of `/{ $command }` must be at most { $high }, not { $value }.
grammar-not-a-time = `{ $text }` is not a time of day; use 24-hour HH:MM, like 09:00.
