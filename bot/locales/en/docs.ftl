# The command reference, docs/commands*.md (scripts/gen_commands_doc.py)

docs-title = Command reference
docs-intro =
    Every command Rebound understands, on Discord, on Slack (`/rebound <command> ...`) and in
    the console. Options are written `name:value`; a value with spaces goes in double quotes
    (`note:"Backend role at Acme"`). In a usage line, `[name:value]` is optional. Commands
    marked *moderators only* need a moderator (`/mod setup moderators:` or the moderator
    role).
docs-contents = Contents
docs-head-option = Option
docs-head-type = Type
docs-head-required = Required
docs-head-accepts = Accepts
docs-head-description = Description
docs-type-string = text
docs-type-integer = whole number
docs-type-boolean = yes/no
docs-type-choice = choice
docs-type-member = member
docs-type-channel = channel
docs-type-role = role
docs-type-members = members
docs-yes = yes
docs-no = no
docs-one-of = one of { $choices }
docs-range = { $min } to { $max }
docs-at-least = at least { $min }
docs-at-most = at most { $max }
docs-any = any
docs-yes-or-no = `yes` or `no`
docs-up-to = up to { $count } characters
docs-moderators-only = *Moderators only.*
docs-no-options = No options.
docs-examples = Examples:
docs-other-languages = Also in: { $links }
