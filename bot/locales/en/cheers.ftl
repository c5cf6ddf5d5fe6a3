# /cheer and the Cheer button on shared posts (bot/features/cheers)

## Under a shared post, in the community's language

cheer-post-line = Post { $post } · cheer with the button or `/cheer post:{ $post }`
cheer-button = Cheer

## Refusals

cheer-member-or-post = Cheer either a member or a post.
cheer-member-or-post-hint = Like `/cheer member:@ana` or `/cheer post:12`.
cheer-yourself = You cannot cheer yourself — though you deserve it.
cheer-yourself-hint = `/strengths add` keeps what you are proud of; `/win` records a win.
cheer-daily-limit = You have given { $limit } cheers today, the daily limit.
cheer-daily-limit-hint = Thank you for lifting so many people up! You can cheer again after midnight your time.
cheer-no-post = There is no post { $post } to cheer.
cheer-post-removed = There is no post { $post } to cheer — it was removed.
cheer-no-post-hint = The post number is at the end of each shared post.
cheer-post-by-rebound = Post { $post } was posted by Rebound itself, so there is nobody to cheer there.
cheer-post-by-rebound-hint = Cheer a shared rejection or win, or a member with `/cheer member:@name`.

## The cheerer's reply

# Who the cheer went to, when the post is anonymous.
cheer-who-anonymous = the author of post { $post }
cheer-not-sent-title = Cheer not sent
cheer-not-sent = Your cheer to { $who } was not sent: a message to another member never carries words about suicide or self-harm. If you meant to lift them up, a cheer in other words will reach them.
cheer-sent-title = Cheer sent
# $via: how the cheer travels; $time: when their quiet hours end (09:00); $channel: #support.
cheer-sent = Your cheer is on its way to { $who } { $via ->
    [held] by direct message at { $time } their time, when their quiet hours end
    [channel] in { $channel }
   *[dm] by direct message
}.
cheer-already-sent = Your cheer to { $who } is already on its way, so it is not sent twice.
cheer-left = { $count ->
    [one] { $count } cheer left today.
   *[other] { $count } cheers left today.
}
cheer-anonymous-both = They will not see your name, and their name stays private too.
cheer-strength-anonymous = “{ $strength }” goes with your cheer, as a strength noticed by peers.
cheer-strength-added = “{ $strength }” joins their strengths, noticed by peers.
cheer-strength-full = Their strengths list is full, so “{ $strength }” goes with your cheer but is not added to it.
cheer-strength-known = “{ $strength }” was already on their strengths list, so it is not added twice.

## What the receiver gets (a direct message in their language, or a post in the support
## channel in the community's)

cheer-got-title = You got a cheer 💛
cheer-words = “{ $message }”
# $outcome: whether the strength joined the receiver's /strengths list.
cheer-noticed = They noticed a strength of yours: { $strength } — { $outcome ->
    [added] it is on your `/strengths` list now
    [full] your list is full, so it is not on it — `/strengths remove number:n` makes room
   *[known] it was already on your list
}.
cheer-dm-anonymous = Someone in the community cheered your anonymous post { $post }.
cheer-dm-anonymous-end = They do not know it was you.
cheer-dm = @{ $giver } cheered you!
cheer-dm-post = @{ $giver } cheered you on your post { $post }!
cheer-channel = @{ $receiver }, a cheer from @{ $giver }!
cheer-channel-post = @{ $receiver }, a cheer from @{ $giver } on your post { $post }!
cheer-channel-title = 💛 A cheer
# What the support channel's post is kept as; the cheer's words follow on the next line.
cheer-stored = A cheer
