# The core around commands: a community's lifecycle (bot/core/lifecycle.py), posts a
# platform refused (bot/core/delivery.py), direct messages that could not be delivered
# (bot/core/undelivered.py), timezones (bot/core/zones.py) and a community's own admins
# (bot/core/grants.py).

## A community that installed, removed or added back Rebound

system-not-installed = Rebound was removed from this community, so it is not taking commands here. If it is added back within { $days ->
        [one] 1 day
       *[other] { $days } days
    }, everything is still here: streaks, check-ins and settings.
system-welcome-back-title = Rebound is back
# $name: the community's name, or system-welcome-your-community.
system-welcome-back = Everything in { $name } is where you left it: streaks, check-ins, goals and settings. `/mod setup` shows the configuration; `/help` lists every command.
system-welcome-title = Thanks for adding Rebound
# Followed by the three numbered steps below, one a line.
system-welcome = Rebound helps the job seekers of { $name } keep going together: streaks, check-ins and encouragement after every rejection. Three steps to set it up:
system-welcome-step-channels = A moderator picks the channels: `/mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
system-welcome-step-checkin = Schedule a check-in: `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`
system-welcome-step-first = Invite everyone to log a first step, like `/log activity:applied`. `/help` shows everything else.
system-welcome-your-community = your community
system-welcome-to-owner = I could not post this in a channel of { $name }, so it comes to you as its owner.

## A post the platform refused for good, told to its author by direct message
## $post: the post's number; $channel: like #wins; $problem: the platform's own words.

system-not-posted-title = Not posted
system-not-posted-in = Your post { $post } could not be posted in { $channel }.
system-not-posted-in-why = Your post { $post } could not be posted in { $channel } ({ $problem }).
system-not-posted = Your post { $post } could not be posted in the channel.
system-not-posted-why = Your post { $post } could not be posted in the channel ({ $problem }).
system-not-posted-saved = What you shared is saved, and moderators can see the channel's problem in `/mod setup`.

## Direct messages a platform would not deliver

system-dm-files-here = The file is in your direct messages with Rebound.
system-dm-own-closed = Your direct messages are closed, so here it is privately instead.
system-dm-other-closed = I could not deliver the direct message: that member does not accept direct messages from Rebound. Your command itself went through.

## Timezones

system-unknown-timezone = `{ $name }` is not a timezone I know.
# $zones: timezone names, like `Europe/Berlin, Europe/Busingen`.
system-unknown-timezone-close = `{ $name }` is not a timezone I know. Did you mean { $zones }?
system-unknown-timezone-hint = Use an IANA name such as Europe/Berlin or America/New_York.

## What makes someone one of a community's own admins, by platform

system-admin-discord = Manage Server on Discord
system-admin-slack = a workspace admin or owner on Slack
system-admin-console = made a moderator with `!mod`
# A scheduled direct message the platform refused (scheduled work has nobody to tell).
delivery-problem-dms-closed = { $name } does not accept direct messages
