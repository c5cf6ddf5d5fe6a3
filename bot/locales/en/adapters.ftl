# The Slack and Discord adapters (adapters/slack, adapters/discord): what they say
# themselves, about members and channels they cannot find and in the forms they open.
# Commands, option names and the values members type (yes, no, choices) stay English.

## Slack: members and channels named in a command (adapters/slack/directory.py)

slack-list-unavailable = Slack is busy right now, so I could not look through this workspace's members and channels. Nothing was changed: please try again in a minute.
# $candidates: each member as a mention with their user name, separated by commas.
slack-member-ambiguous = More than one member is called `{ $name }` in this workspace: { $candidates }. Nothing was changed.
slack-member-ambiguous-more = More than one member is called `{ $name }` in this workspace: { $candidates } and { $count } more. Nothing was changed.
slack-member-ambiguous-hint = Mention the one you mean with @ and pick them from Slack's list.
slack-member-ambiguous-hint-example = Mention the one you mean with @ and pick them from Slack's list, or use their user name, like @{ $example }.
slack-member-not-found = I could not find a member called `{ $name }` in this workspace.
slack-member-not-found-hint = Mention them with @ and pick them from Slack's list, like @ana.
slack-channel-not-found = I could not find a channel called `{ $name }` in this workspace.
slack-channel-not-found-hint = Pick it from Slack's list after typing #, like #wins.

## Slack: a command's form (adapters/slack/blocks.py)

slack-modal-save = Save
slack-modal-cancel = Cancel
# The shown names of a yes-or-no menu (what is sent stays `yes` or `no`).
slack-modal-yes = yes
slack-modal-no = no
# $label: the option's name, like "Body".
slack-modal-continued = { $label } (continued)
slack-modal-continued-hint = Only when it is longer than the box above: it goes on here.

## Discord: members and channels named in a command (adapters/discord/events.py)

discord-member-not-here = <@{ $id }> is not a member of this server.
discord-member-not-here-hint = Mention members of this server, like @ana @bo.
discord-member-not-found = I could not find a member called `{ $name }` in this server.
discord-member-not-found-hint = Mention them with @ and pick them from Discord's list, like @ana.
discord-channel-not-found = `{ $name }` is not a channel of this server.
discord-channel-not-found-hint = Pick it from Discord's list after typing #, like #wins.

## Discord: outside a server, and a command's form (adapters/discord/adapter.py)

discord-outside-server = Rebound works inside a server, where your community is: use the command in one of its channels.
# The hint under a form's box; $help is the option's own description. Members type the
# number, `yes` or `no`, or one of $choices (in English) into the box.
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes or no)
discord-modal-choices = { $help }: { $choices }
