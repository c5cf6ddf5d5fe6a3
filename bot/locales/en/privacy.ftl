# /privacy export and /privacy delete (bot/features/privacy)

## /privacy export

privacy-export-title = Your data
privacy-export = Here is everything Rebound stores about you in this community. `/privacy delete confirm:DELETE` erases it.
privacy-export-alt = Your Rebound data as JSON
# The "about" value inside the exported JSON file (its field names stay English).
privacy-export-about = Everything Rebound stores about you in this community. Ids of other members are left out (null).
privacy-field-records = Records
privacy-field-scheduled = Scheduled messages
# $tables: each table with its count (privacy-records-table), joined with ", ".
privacy-records = { $total } — { $tables }
privacy-records-table = `{ $table }`: { $count }
privacy-records-none = only your settings

## /privacy delete

privacy-delete-unconfirmed = Nothing was deleted: the confirmation must be { $word }, in capitals.
privacy-delete-unconfirmed-hint = `/privacy delete confirm:DELETE` erases everything about you here. `/privacy export` gives you a copy first.
privacy-deleted-title = Your data is erased
privacy-deleted = Done. Everything about you in this community is erased: your settings and { $records ->
    [one] { $records } record
   *[other] { $records } records
}.
privacy-deleted-jobs = Done. Everything about you in this community is erased: your settings, { $records ->
    [one] { $records } record
   *[other] { $records } records
} and { $jobs ->
    [one] { $jobs } scheduled message
   *[other] { $jobs } scheduled messages
}.
# $records: what stays (the privacy-kept-* messages), joined with "; ".
privacy-kept = { $count ->
    [one] { $count } other record from `/privacy export` stays
   *[other] { $count } other records from `/privacy export` stay
} without your name: { $records }.
privacy-kept-cheers-giver = { $count ->
    [one] the cheer you gave, with the person you cheered
   *[other] the { $count } cheers you gave, with the people you cheered
}
privacy-kept-strengths-noticer = { $count ->
    [one] the strength you noticed in someone, on their list
   *[other] the { $count } strengths you noticed in others, on their lists
}
privacy-kept-audit-actor = { $count ->
    [one] your moderator action in the audit log
   *[other] your { $count } moderator actions in the audit log
}
privacy-kept-audit-target = { $count ->
    [one] the moderation record about you in the audit log
   *[other] the { $count } moderation records about you in the audit log
}
privacy-kept-mutes-member = { $count ->
    [one] the mute a moderator gave you
   *[other] the { $count } mutes moderators gave you
}
privacy-kept-mutes-by = { $count ->
    [one] the mute you gave as a moderator
   *[other] the { $count } mutes you gave as a moderator
}
privacy-kept-templates = { $count ->
    [one] the template you added
   *[other] the { $count } templates you added
}
privacy-kept-checkin-schedules = { $count ->
    [one] the check-in schedule you set up
   *[other] the { $count } check-in schedules you set up
}
privacy-kept-reporter = { $count ->
    [one] the report you made to the moderators
   *[other] the { $count } reports you made to the moderators
}
privacy-kept-reported = { $count ->
    [one] the report about you, a moderation record
   *[other] the { $count } reports about you, moderation records
}
privacy-kept-resolver = { $count ->
    [one] the report you resolved as a moderator
   *[other] the { $count } reports you resolved as a moderator
}
# Rows of a table without a message of their own; $record: the table.column (data).
privacy-kept-other = { $count ->
    [one] { $count } { $record } record
   *[other] { $count } { $record } records
}
privacy-deleted-mute = A moderator's mute on you stays in force { $until }: a mute and the moderation record about it are the community's, kept under its legitimate interest (GDPR Art. 17(3)), so erasing your data does not lift it.
privacy-deleted-end = If you use Rebound here again, you start fresh. Take care of yourself.

## What a withdrawn post reads in its channel (the community's language)

privacy-removed-by-author = (removed by its author)
