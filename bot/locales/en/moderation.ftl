# Moderator tools (bot/features/moderation): /mod mute, /mod unmute, /mod mutes,
# /mod remove, /mod audit, /mod stats and /mod export; what they post to the moderator
# log channel, what they tell members by DM, and what they write to the audit log.

## Shared words
mod-former-member = a former member
# An audit entry Rebound wrote by itself (a mute that ended on its own).
mod-system-actor = Rebound (automatic)
mod-field-times = Times
mod-questions = If you have questions, please reach out to a moderator.
mod-until-lifted = until a moderator lifts it
mod-span-days = for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
mod-reason-given = Reason given: { $reason }

## /mod mute
mod-mute-self = You cannot mute yourself.
# $kind says what makes someone an admin there: "Manage Server on Discord".
mod-admin-by-admin = @{ $member } is one of this community's own admins ({ $kind }), like you. Admins are the community's owners, so they cannot be muted, not even by another admin. Nothing was changed.
mod-admin-by-admin-hint = If something worries you, please talk it through with them directly.
mod-admin-by-mod = @{ $member } is one of this community's own admins ({ $kind }), so moderators cannot mute them. Nothing was changed.
mod-admin-by-mod-hint = If something about how they act worries you, please talk to them or another admin directly.
mod-muted-title = Member muted
# $span: "for 3 days" or "until a moderator lifts it"; $until: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mod-mute-done = Muted @{ $member } { $span }.
mod-mute-done-until = Muted @{ $member } { $span }, { $until }.
mod-mute-replaces = This replaces their earlier mute.
mod-mute-how-lift = `/mod unmute member:@{ $member }` lifts it now. They were told by DM.
mod-mute-how-lift-timed = The mute lifts by itself; `/mod unmute member:@{ $member }` lifts it now. They were told by DM.
mod-muted-dm-title = You have been muted
mod-muted-dm = A moderator has muted you { $until }. While muted you cannot share posts or cheer others; your private commands (logging, streaks, templates, reflections) keep working.
# Posted to the moderator log channel.
mod-echo-muted = @{ $moderator } muted @{ $member } { $span }.
mod-echo-muted-reason = @{ $moderator } muted @{ $member } { $span }: { $reason }.

## /mod unmute
mod-not-muted = { $member } is not muted.
mod-not-muted-hint = `/mod audit` shows recent mutes and when they ended.
mod-unmuted-title = Mute lifted
# $member is "@sam", or how the moderator named someone who erased their data.
mod-echo-unmuted = @{ $moderator } lifted { $member }'s mute.
mod-unmute-done = @{ $member } can share and cheer again. They were told by DM.
mod-unmute-done-gone = { $member } can share and cheer again when they come back.
mod-unmuted-dm-title = You can share again
mod-unmuted-dm = A moderator has lifted your mute, so you can share posts and cheer others again.

## /mod mutes
mod-mutes-title = Active mutes: { $count }
mod-mutes-none = Nobody is muted right now. `/mod mute member:@name` mutes someone.
mod-mutes-until = until { $when }
mod-mutes-line = { $member } · { $until } · muted by { $by } on { $since }
mod-mutes-line-reason = { $member } · { $until } · muted by { $by } on { $since } — { $reason }
mod-mutes-times = your time ({ $zone }); `/mod unmute member:@name` lifts a mute now

## What a post is, by its kind
mod-kind-rejection = shared rejection
mod-kind-win = win
mod-kind-answer = check-in answer
mod-kind-cheer = cheer
mod-kind-checkin = check-in prompt
mod-kind-summary = check-in summary
mod-kind-modlog = moderator log entry
mod-kind-post = post
mod-kind-message = message
# "win in #wins"
mod-post-in = { $what } in { $channel }
mod-post-number = post { $number }
mod-report-number = report { $number }

## /mod remove
# What a removed post says in its channel.
mod-removed = (removed by a moderator)
mod-removed-title = Post removed
# $post: "win in #wins".
mod-remove-done = Removed post { $number }, a { $post }: the message is withdrawn and its text erased from Rebound's store.
mod-remove-author-told = The author was told by DM.
# $reports: "report 3" or "reports 1, 2 and 5".
mod-reports-many = reports { $listed } and { $last }
mod-closes = This closes { $reports } about it.
mod-closes-told-all = This closes { $reports } about it; { $count ->
        [one] its reporter was told
       *[other] their reporters were told
    }.
mod-closes-told-others = This closes { $reports } about it; { $count ->
        [one] the other reporter was told
       *[other] the other reporters were told
    }.
mod-echo-removed = @{ $moderator } removed post { $number } ({ $post }).
mod-echo-removed-by = @{ $moderator } removed post { $number } by @{ $author } ({ $post }).
mod-removed-dm-title = A post of yours was removed
mod-removed-dm = A moderator removed your { $what } (post { $number }).
mod-removed-dm-in = A moderator removed your { $what } (post { $number }) in { $channel }.
mod-removed-dm-erased = Its text is erased; the rest of your record (your streak, your counts) is unchanged.
mod-no-post = There is no post { $number } in this community.
mod-no-post-hint = Each shared post shows its number (`post 12`); use that number.
mod-already-removed = Post { $number } was already removed.
mod-not-member-post = Post { $number } is a { $what } that Rebound posted, not a member's shared post, so `/mod remove` leaves it alone.
mod-not-member-post-hint = `/mod remove` takes what members share: rejections, wins, check-in answers and cheers shown in a channel.
# To someone whose report was closed. $about: "post 12" or "@sam".
mod-report-handled-title = Your report was handled
mod-report-handled = A moderator looked into your report about { $about } and closed it. Thank you for helping keep this community kind and safe.
mod-report-handled-removed = A moderator looked into your report about { $about } and closed it: the post was removed. Thank you for helping keep this community kind and safe.

## The audit log's own record, written in the community's language when it happens
# $member stands for the member's current name, filled in when the log is shown.
mod-audit-mute-reason = { $span }: { $reason }
mod-audit-post-by = post { $number } by { $member }
mod-audit-report-about = report { $number } about { $member }
# The note a report keeps when it was closed by removing its post.
mod-resolution-post-removed = post removed
mod-audit-export = aggregate CSV, { $rows } rows

## /mod audit
mod-audit-title = Audit log
mod-audit-empty = No moderator actions yet. Mutes, removals, setup changes, exports and template edits will appear here.
# $what: "mutes", "mutes by or about @sam".
mod-audit-empty-of = No { $what } yet.
mod-audit-no-page = There is no page { $page }: the audit log has { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } ({ $total ->
        [one] { $total } action
       *[other] { $total } actions
    }).
mod-audit-no-page-of = There is no page { $page }: the { $what } fill { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } ({ $total ->
        [one] { $total } action
       *[other] { $total } actions
    }).
mod-audit-no-page-hint = `{ $usage }` shows the oldest.
mod-audit-no-page-hint-all = `{ $usage }` shows them all.
mod-audit-times = community time ({ $zone }); newest first
mod-audit-older = Older
mod-audit-next = `{ $usage }` shows the next page.
mod-audit-page = Audit log — page { $page } of { $pages }
mod-audit-page-of = Audit log: { $what } — page { $page } of { $pages }
mod-audit-bad-action = `{ $action }` is not an audit action.
mod-audit-bad-action-guess = `{ $action }` is not an audit action. Did you mean `{ $guess }`?
# $actions: the action codes, as moderators type them.
mod-audit-actions = Actions: { $actions }.
mod-filter-by-or-about = { $what } by or about { $member }
mod-filter-any-by-or-about = actions by or about { $member }
# How /mod audit names the entries of one action.
mod-noun-mute = mutes
mod-noun-unmute = unmutes
mod-noun-mute-expired = expired mutes
mod-noun-remove-post = removed posts
mod-noun-moderators = changes to the moderators
mod-noun-resolve-report = resolved reports
mod-noun-setup = setup changes
mod-noun-export = exports
mod-noun-checkin-schedule = check-in schedules
mod-noun-checkin-cancel = cancelled check-ins
mod-noun-checkin-now = check-ins opened by hand
mod-noun-template-add = templates added
mod-noun-template-replace = templates replaced
mod-noun-template-remove = templates removed
mod-noun-pair = pairing runs
mod-noun-pair-schedule = pairing schedule changes
mod-noun-other = `{ $action }` entries

## /mod stats
mod-stats-title = Community dashboard · { $community }
mod-stats-intro = As of { $day }. Counts only — no names or notes. The chart shows the last { $weeks } weeks by kind; `/mod export` gives every week as a CSV.
mod-stats-members = Members
mod-stats-active-7 = Active, last 7 days
mod-stats-active-30 = Active, last 30 days
mod-stats-checkins = Check-ins, last 30 days
mod-stats-by-kind = Activity by kind, last 30 days
mod-stats-streaks = Current streaks
mod-stats-goal = Collective goal this week
mod-stats-goal-progress = { $done } of { $goal } applications
# One row of a count: "applied: 12", "7–13: 4".
mod-stats-count = { $label }: { $count }
mod-stats-nothing = nothing logged yet
# Counted things that are not `/log` kinds.
mod-stats-kind = { $kind ->
        [rejection] rejection
        [win] win
        [checkin] checkin
        [reflection] reflection
        [cheer] cheer
       *[other] { $kind }
    }
mod-stats-no-runs = no check-ins ran (`/mod checkin-schedule` sets one up)
mod-stats-runs = { $runs ->
        [one] { $runs } check-in
       *[other] { $runs } check-ins
    }
# $runs: "3 check-ins".
mod-stats-runs-no-answers = { $runs }, no answers so far
mod-stats-answers = { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }
mod-stats-per-run = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } per check-in
# $facts: "6 check-ins, 14 answers, 2.3 per check-in"; $share is a percentage.
mod-stats-share = { $facts } — on average { $share }% of active members answered
mod-stats-streaks-none = nobody has logged anything yet
mod-stats-streak-zero = 0 days
# $buckets: "0 days: 2 · 1–2: 3 · …".
mod-stats-streaks-of = { $buckets } (of { $members ->
        [one] { $members } member
       *[other] { $members } members
    } who logged anything)

## /mod export
mod-export-title = Community export
mod-export-done = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: for each week (starting Monday) and kind, how many entries and how many members.
mod-export-done-week = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, the week of { $first }: for each week (starting Monday) and kind, how many entries and how many members.
mod-export-done-weeks = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, weeks from { $first } to { $last }: for each week (starting Monday) and kind, how many entries and how many members.
mod-export-private = No names, notes or other personal text are included.
mod-export-alt = Aggregate activity counts per week and kind
