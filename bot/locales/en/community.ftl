# /mod setup: a community's channels, timezone, support resources, goal and moderators
# (bot/features/community). The language keys (setup-*language*) are in language.ftl.

setup-title = Community setup
setup-updated = Updated: { $changes }.
setup-how = Change any of these with `/mod setup name:value`, e.g. `/mod setup support_channel:#support`.
setup-modlog-private = Please keep { $channel } visible to moderators only: reports posted there say who reported.
setup-moderators-empty = `moderators` needs at least one member: it sets who, besides the admins, moderates this community. Nothing was changed.
setup-moderators-empty-hint = Mention each one with @, like `/mod setup moderators:@ana,@bo`. Admins stay moderators without being named, so `moderators:@{ $name }` leaves just you and the admins.

# What changed, joined with "; " into setup-updated. $option is the option's name.
setup-changed-channel = { $option ->
        [checkin_channel] checkin channel
        [support_channel] support channel
        [wins_channel] wins channel
       *[modlog_channel] modlog channel
    } → { $channel }
setup-changed-timezone = timezone → { $zone }
setup-changed-resources = support resources updated
setup-changed-resources-default = support resources → the built-in default
setup-changed-goal = weekly goal → { $count } applications
setup-changed-goal-removed = weekly goal removed
setup-changed-role = moderator role → { $role }
setup-changed-role-none = moderator role → none
# $moderators as setup-moderators-none or a list like "@mia (admin), @bo"; $detail
# joins the setup-moderators-* sentences with "; ".
setup-changed-moderators = moderators → { $moderators } ({ $detail })
setup-moderators-added = added { $names }
setup-moderators-removed = removed { $names }
setup-moderators-kept-self = you stay on the list, so you keep access
setup-moderators-kept-admins = admins stay moderators without being named
setup-moderators-no-change = no change
# The last two of several names: "@a, @b and @c" ($names is "@a, @b").
setup-names-and = { $names } and { $last }
setup-moderator-admin = @{ $name } (admin)
setup-moderators-none = none

# A moderator added or removed: the moderator log channel, then a direct message to them.
setup-echo-moderators-title = Moderators changed
setup-echo-moderator-added = @{ $actor } made @{ $name } a moderator.
setup-echo-moderator-removed = @{ $actor } removed @{ $name } from the moderators.
# The audit log's entry (the community's record, in its language); $member stands for
# the member's current name: keep it as it is.
setup-audit-moderator-added = made { $member } a moderator
setup-audit-moderator-removed = removed { $member } from the moderators
# $place: the community's name, or setup-this-community.
setup-this-community = this community
setup-dm-moderator-added-title = You are a moderator now
setup-dm-moderator-added = @{ $actor } made you a moderator of { $place }. `/help command:mod` shows what moderators can do: set up check-ins, read member reports, mute, remove posts. Thank you for looking after the community.
setup-dm-moderator-removed-title = You are no longer a moderator
setup-dm-moderator-removed = @{ $actor } removed you from the moderators of { $place }. Your own streak, entries and settings are unchanged. Thank you for the care you gave the community.

# The setup as it stands (the reply's fields).
setup-field-checkin-channel = Check-in channel
setup-field-support-channel = Support channel
setup-field-wins-channel = Wins channel
setup-field-modlog-channel = Moderator log channel
setup-field-timezone = Timezone
setup-field-goal = Weekly goal
setup-field-role = Moderator role
setup-field-moderators = Listed moderators
setup-field-resources = Support resources
setup-field-problems = Posting problems
setup-not-set = not set
setup-timezone-default = UTC (default)
setup-goal = { $count } applications
setup-resources-default = (default) { $resources }
setup-channel-problem = { $channel } — ⚠ { $problem }
setup-posting-problem = cannot post in #{ $channel }: { $problem }
