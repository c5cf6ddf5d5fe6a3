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

# A member-list option's description (Discord has no such type: members type mentions).
discord-members-option = { $help } (mention them: @ana @bo)

## Discord: outside a server, and a command's form (adapters/discord/adapter.py)

discord-outside-server = Rebound works inside a server, where your community is: use the command in one of its channels.
# The hint under a form's box; $help is the option's own description. Members type the
# number, `yes` or `no`, or one of $choices (in English) into the box.
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes or no)
discord-modal-choices = { $help }: { $choices }

## Why a post could not be delivered: kept with the channel, shown in `/mod setup` and in
## the "not posted" message (adapters/discord/adapter.py, adapters/slack/delivery.py)
delivery-problem-discord-forbidden = missing permission to post
delivery-problem-discord-message-deleted = the message to answer under was deleted
delivery-problem-discord-channel-gone = the channel was deleted or the bot cannot see it
delivery-problem-discord-rate-limited = Discord is rate-limiting the bot
delivery-problem-discord-server-error = Discord had a server error ({ $status })
# $detail is Discord's own words, in English.
delivery-problem-discord-refused = Discord refused the message ({ $status }: { $detail })
delivery-problem-discord-unreachable = Discord could not be reached
delivery-problem-slack-not-in-channel = not in channel: invite the app with /invite @Rebound
delivery-problem-slack-channel-not-found = channel not found: it may be private or deleted; invite the app with /invite @Rebound or choose another channel in /mod setup
delivery-problem-slack-archived = the channel is archived: choose another channel in /mod setup
delivery-problem-slack-restricted = posting is restricted in this channel: ask a workspace admin, or choose another channel in /mod setup
delivery-problem-slack-not-installed = Rebound is not installed in this workspace

## Slack: the pages an installer's browser shows after an install (adapters/slack/oauth.py).
## Backticked text is shown as code; keep commands and channel names as they are.
slack-oauth-installed-in = Rebound is installed in { $workspace }
slack-oauth-installed = Rebound is installed
slack-oauth-your-workspace = your workspace
slack-oauth-new = Rebound is now part of { $workspace }. Three steps to get going:
slack-oauth-welcome-back = Welcome back. Everything { $workspace } had is still here: streaks, check-ins, goals and settings. `/rebound mod setup` shows the configuration. If anything needs setting up again:
slack-oauth-step-invite = Invite Rebound to the channels it should post in: type `/invite @Rebound` in each of them.
slack-oauth-step-setup = As a workspace admin, choose those channels: `/rebound mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
slack-oauth-step-schedule = Schedule a check-in, like `/rebound mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`, and invite everyone to log a first step with `/rebound log applied`. `/rebound help` shows every command.
slack-oauth-close = You can close this tab and head back to Slack.
slack-oauth-nothing-changed = Nothing was changed.
slack-oauth-again = Start the install again
slack-oauth-denied-title = Rebound was not installed
slack-oauth-denied = The install was cancelled in Slack, so Rebound was not added to your workspace.
slack-oauth-browser-title = This install did not start in this browser
slack-oauth-browser = To keep your workspace safe, an install has to finish in the browser it started in, within ten minutes.
slack-oauth-state-title = This install link has expired or was already used
slack-oauth-state = Each install link works once, for ten minutes.
slack-oauth-unconfirmed-title = Slack did not confirm this install
slack-oauth-missing-code = The link back from Slack was incomplete.
slack-oauth-invalid-code = The confirmation from Slack had expired or was already used.
slack-oauth-storage-title = Rebound could not save this install
slack-oauth-storage = Please try again in a minute. If it keeps happening, tell whoever runs Rebound.
slack-oauth-unknown-title = Slack did not finish the install
slack-oauth-unknown = Slack answered `{ $reason }`, so Rebound was not installed.
