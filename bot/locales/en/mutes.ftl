# Mutes and the sharing limit (bot/features/mutes): what a muted member is told, and a
# timed mute running out.

# How long a mute lasts, in the reader's zone: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mute-until = until { $when } ({ $zone })
mute-until-lifted = until a moderator lifts it

# What a muted member cannot do right now: the `$what` of mute-muted.
mute-what-share = post shared content
mute-what-support = post to the support channel
mute-what-wins = post to the wins channel
mute-what-cheers = send cheers

mute-muted = A moderator has muted you { $until }, so you cannot { $what } right now.
mute-muted-reason = A moderator has muted you { $until }, so you cannot { $what } right now. Reason given: { $reason }.
mute-muted-hint = Your private commands (logging, streaks, templates) still work. Reach out to a moderator if you have questions.

# Too many posts in a short time; $time is like 09:00.
mute-flood = You have shared { $count ->
        [one] 1 post
       *[other] { $count } posts
    } in the last { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    } — that is the limit for now, so nobody's posts get buried.
mute-flood-hint = Please give the channel a little breathing room; you can share again from { $time }.

# A timed mute ran out: the moderator log channel, then a direct message to the member.
mute-ended-echo-title = Mute ended
mute-ended-echo = @{ $name }'s mute ran out, so they can share and cheer again.
mute-ended-echo-former = A former member's mute ran out, so they can share and cheer again.
mute-ended-dm-title = You can share again
mute-ended-dm = Your mute has ended, so you can share posts and cheer others again. Welcome back — we are glad you are here.
