# /cheer und der Anfeuern-Button unter geteilten Beiträgen (bot/features/cheers)

## Unter einem geteilten Beitrag, in der Sprache der Community

cheer-post-line = Beitrag { $post } · anfeuern per Button oder mit `/cheer post:{ $post }`
cheer-button = Anfeuern

## Ablehnungen

cheer-member-or-post = Gib entweder ein Mitglied oder einen Beitrag an, nicht beides.
cheer-member-or-post-hint = Etwa `/cheer member:@ana` oder `/cheer post:12`.
cheer-yourself = Dich selbst kannst du nicht anfeuern – auch wenn du es verdient hast.
cheer-yourself-hint = `/strengths add` hält fest, worauf du stolz bist; `/win` trägt einen Erfolg ein.
cheer-daily-limit = Du hast heute schon { $limit }× Zuspruch gegeben – das ist das Tageslimit.
cheer-daily-limit-hint = Danke, dass du so viele Menschen aufbaust! Ab Mitternacht deiner Zeit kannst du wieder anfeuern.
cheer-no-post = Es gibt keinen Beitrag { $post }, den du anfeuern könntest.
cheer-post-removed = Es gibt keinen Beitrag { $post } zum Anfeuern – er wurde entfernt.
cheer-no-post-hint = Die Beitragsnummer steht am Ende jedes geteilten Beitrags.
cheer-post-by-rebound = Beitrag { $post } stammt von Rebound selbst, da gibt es niemanden anzufeuern.
cheer-post-by-rebound-hint = Feuere eine geteilte Absage oder einen geteilten Erfolg an – oder ein Mitglied mit `/cheer member:@name`.

## Die Antwort an die Person, die anfeuert

# An wen der Zuspruch geht, wenn der Beitrag anonym ist.
cheer-who-anonymous = die Person hinter Beitrag { $post }
cheer-not-sent-title = Zuspruch nicht gesendet
cheer-not-sent = Dein Zuspruch an { $who } wurde nicht gesendet: Eine Nachricht an ein anderes Mitglied enthält nie Worte über Suizid oder Selbstverletzung. Wenn du die Person aufbauen wolltest, erreicht sie Zuspruch mit anderen Worten.
cheer-sent-title = Zuspruch gesendet
# $via: wie der Zuspruch ankommt; $time: wann die Ruhezeiten der Person enden (09:00); $channel: #support.
cheer-sent = Dein Zuspruch an { $who } ist unterwegs { $via ->
    [held] – per Direktnachricht um { $time } Uhr Ortszeit der Person, wenn ihre Ruhezeiten enden
    [channel] – in { $channel }
   *[dm] – per Direktnachricht
}.
cheer-already-sent = Dein Zuspruch an { $who } ist schon unterwegs, deshalb wird er nicht doppelt gesendet.
cheer-left = Heute noch möglich: { $count }× Zuspruch.
cheer-anonymous-both = Die Person sieht deinen Namen nicht, und ihr Name bleibt ebenfalls privat.
cheer-strength-anonymous = „{ $strength }“ geht mit deinem Zuspruch mit – als Stärke, die anderen aufgefallen ist.
cheer-strength-added = „{ $strength }“ kommt zu den Stärken der Person dazu – anderen aufgefallen.
cheer-strength-full = Die Liste der Stärken dieser Person ist voll, daher geht „{ $strength }“ mit deinem Zuspruch mit, wird aber nicht eingetragen.
cheer-strength-known = „{ $strength }“ stand schon auf der Liste der Stärken dieser Person, deshalb wird es nicht doppelt eingetragen.

## Was die empfangende Person bekommt (eine Direktnachricht in ihrer Sprache oder einen
## Beitrag im Support-Kanal in der Sprache der Community)

cheer-got-title = Du hast Zuspruch bekommen 💛
cheer-words = „{ $message }“
# $outcome: ob die Stärke auf die /strengths-Liste der empfangenden Person gekommen ist.
cheer-noticed = Aufgefallen ist eine Stärke von dir: { $strength } – { $outcome ->
    [added] sie steht jetzt auf deiner Liste in `/strengths`
    [full] deine Liste ist voll, daher steht sie nicht darauf – `/strengths remove number:n` schafft Platz
   *[known] sie stand schon auf deiner Liste
}.
cheer-dm-anonymous = Jemand aus der Community hat dich zu deinem anonymen Beitrag { $post } angefeuert.
cheer-dm-anonymous-end = Die Person weiß nicht, dass du es warst.
cheer-dm = @{ $giver } feuert dich an!
cheer-dm-post = @{ $giver } feuert dich zu deinem Beitrag { $post } an!
cheer-channel = @{ $receiver }, Zuspruch von @{ $giver }!
cheer-channel-post = @{ $receiver }, Zuspruch von @{ $giver } zu deinem Beitrag { $post }!
cheer-channel-title = 💛 Zuspruch
# Wie der Beitrag im Support-Kanal gespeichert wird; die Worte folgen in der nächsten Zeile.
cheer-stored = Zuspruch
