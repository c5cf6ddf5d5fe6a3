# Member reports (/report), the moderators' queue (/mod reports) and one member's
# moderation record (/mod history) (bot/features/reports). Post and report numbers
# ($number, $page) are identifiers; $count is a count.

## /report

report-either = Report either a post or a member.
report-either-hint = Like `/report post:12 reason:"..."` or `/report member:@sam reason:"..."`.
report-crisis-title = Report not sent
report-crisis = Your report was not sent: a report never carries words about suicide or self-harm. If someone's words hurt or worried you, you can report again in other words, and a moderator will look into it.
report-reason-needed = Please say what happened, so the moderators can look into it.
report-reason-needed-hint = Like `/report member:{ $member } reason:"Rude messages after my interview"`.
report-self = You cannot report yourself.
report-self-hint = If something is weighing on you, a moderator is there to talk to.
report-no-post = There is no post { $number } in this community.
report-no-post-hint = Each shared post shows its number (`post 12`); use that number.
report-post-removed = Post { $number } was already removed, so there is nothing to report.
report-post-by-rebound = Post { $number } was posted by Rebound itself, so there is no member to report.
report-post-by-rebound-hint = If something about it worries you, please tell a moderator.
report-post-own = Post { $number } is your own post, so there is nothing to report.
report-post-own-hint = If you want it taken down, a moderator can remove it.
report-duplicate = You already reported post { $number }, and the moderators have it.
report-duplicate-hint = They will look into it. If something new happened, tell a moderator.
# $period: hour or day (the last 24 hours).
report-limit = You have made { $count ->
        [one] 1 report
       *[other] { $count } reports
    } { $period ->
        [hour] in the last hour
       *[day] in the last 24 hours
    }, the limit for now.
# $when: a time today (09:00) or a day and time (Mon 2 Nov 09:00).
report-limit-hint = Thank you for looking out for the community. You can report again from { $when }; if something is urgent, please tell a moderator directly.

# The reporter's confirmation: a thank-you, then one of the sentences after it.
report-sent-title = Report sent
report-sent-post = Thank you for telling us. The moderators have your report about post { $number } and will look into it.
report-sent-member = Thank you for telling us. The moderators have your report about @{ $name } and will look into it.
report-sent-unaware = @{ $name } will not learn who reported.
report-sent-unaware-author = Its author will not learn who reported.
report-sent-moderator = Because @{ $name } is a moderator, it was not posted in the moderator log channel; the moderators will see it in `/mod reports`.
report-sent-queue = The moderators will see it in `/mod reports`.

# What a report is about. $member: "@sam" or "a former member"; $what: "win in #wins".
report-subject-post = post { $number }
report-subject-post-by = post { $number } by { $member }
report-subject-post-what = post { $number } ({ $what })
report-subject-post-by-what = post { $number } by { $member } ({ $what })

# A new report in the moderator log channel: one line each.
report-echo-title = Report { $number }
report-echo = @{ $reporter } reported { $subject }.
report-echo-reason = Reason: { $reason }
report-echo-resolve = `/mod reports resolve:{ $number }` closes it once it is handled.

## /mod reports

report-note-alone = A note goes with the report it closes.
report-note-alone-hint = Like `/mod reports resolve:3 note:"Removed the post"`.
report-queue-title-empty = Reports
report-none-open = No open reports.
report-resolved-earlier = { $count } resolved earlier.
report-none-open-how = Members report posts and members privately with `/report`; new reports show up here.
report-queue-title = { $count ->
        [one] 1 open report
       *[other] { $count } open reports
    }
# $when: Mon 2 Nov 09:00; $reporter: "@ana" or "a former member".
report-queue-line = Report { $number } · { $when } · { $reporter } reported { $subject }
report-queue-line-reason = Report { $number } · { $when } · { $reporter } reported { $subject }: { $reason }
report-queue-more = …and { $count } more; resolve these to see them.
report-field-times = Times
report-times-oldest = your time ({ $zone }); oldest first
report-field-resolve = Resolve
report-resolve-how = `/mod reports resolve:n note:"what was done"` closes one.
report-field-as-they-arrive = As they arrive
report-as-they-arrive = `/mod setup modlog_channel:#channel` posts new reports there.

report-no-report = There is no report { $number } in this community.
report-no-report-hint = `/mod reports` lists the open ones with their numbers.
report-already-resolved = Report { $number } was already resolved by { $member } on { $when }.
report-already-resolved-hint = `/mod reports` lists the open ones.
report-resolved-title = Report resolved
report-resolved = Report { $number } is resolved.
report-resolved-reporter-told = The reporter was told by DM that it was handled (your note stays with the moderators).
# A resolved report in the moderator log channel.
report-echo-resolved-title = Report { $number } resolved
report-echo-resolved = @{ $moderator } resolved report { $number }, about { $subject }.
report-echo-resolved-note = @{ $moderator } resolved report { $number }, about { $subject }: { $note }

## /mod history

report-history-title = Moderation history of { $member }
report-history-title-page = Moderation history of { $member } — page { $page } of { $count }
report-history-empty = No moderation actions or reports about { $member }.
report-field-now = Now
report-history-muted = Muted { $until }
report-history-not-muted = Not muted
report-history-open-reports = { $count ->
        [0] no open reports
        [one] 1 open report
       *[other] { $count } open reports
    }
report-history-now = { $mute }; { $reports }.
report-history-now-alone = { $mute }.
report-times-newest = your time ({ $zone }); newest first
report-field-older = Older
report-history-older = `/mod history member:{ $member } page:{ $page }`
report-history-no-page = There is no page { $page }: the history has { $count ->
        [one] 1 page
       *[other] { $count } pages
    }.
report-history-no-page-hint = `/mod history member:{ $member } page:{ $last }` shows the oldest.
# One report in the history: $status is one of report-status-*.
report-history-line = { $when } · { $reporter } · report · { $subject } — report { $number } ({ $status })
report-history-line-reason = { $when } · { $reporter } · report · { $subject } — report { $number } ({ $status }): { $reason }
report-status-open = open
report-status-resolved = resolved by { $member }
report-status-resolved-note = resolved by { $member }: “{ $note }”

# The audit log's entry for a resolved report (the community's record, in its language).
# $member stands for the member's current name: keep it as it is.
report-audit = report { $number }
report-audit-about = report { $number } about { $member }
