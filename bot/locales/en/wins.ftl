# `/win` and `/wins` (bot/features/wins): recording wins and sharing them.

win-offer-needs-company = Which company made the offer? Add `company:`, like `/win text:"Offer!" company:Acme offer:yes`.
win-well-done = Well done. Wins like this are worth noticing — they are proof the effort is working.
win-offer-marked = Your application to { $company } is now marked as an offer.
win-title = Win recorded 🎉
win-title-offer = An offer — congratulations! 🎉
win-field-showing-up = Showing up counts
win-kept-private-no-channel = Kept private: this community has no wins channel yet. A moderator can set one with `/mod setup wins_channel:#channel`.
# $reason: why the member cannot share right now (a mute, or the sharing limit).
win-kept-private-because = Kept private: { $reason }
win-kept-private = Kept private.
win-posting = Posting it to { $channel } as post { $number }.

# The post in the wins channel, in the community's language.
win-post = { $offer ->
    [yes] @{ $name } has an offer to share:
   *[no] @{ $name } has a win to share:
}
win-post-company = { $offer ->
    [yes] @{ $name } has an offer to share ({ $company }):
   *[no] @{ $name } has a win to share ({ $company }):
}
win-post-quote = “{ $text }”
win-post-title = 🎉 { $name } has good news

# `/wins`
win-none-yet = No wins recorded yet. They count even when small: a reply from a recruiter, a great networking chat, an interview invite. `/win text:...` records one.
win-list-title-empty = Your wins
win-list-title = Your wins ({ $count })
win-list-line = { $day } — { $text }
win-list-line-company = { $day } — { $text } ({ $company })
win-list-offer = { $line } · offer 🎉
win-list-more = …and { $count } earlier.
win-list-read = Read these on the hard days.

# A win a moderator removed, in lists.
win-removed-by-moderator = (removed by a moderator)
