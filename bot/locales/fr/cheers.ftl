# /cheer et le bouton Encourager sous les publications partagées (bot/features/cheers)

## Sous une publication partagée, dans la langue de la communauté

cheer-post-line = Publication { $post } · encourage avec le bouton ou `/cheer post:{ $post }`
cheer-button = Encourager

## Refus

cheer-member-or-post = Encourage soit un membre, soit une publication.
cheer-member-or-post-hint = Par exemple `/cheer member:@ana` ou `/cheer post:12`.
cheer-yourself = Tu ne peux pas t'encourager toi-même — même si tu le mérites.
cheer-yourself-hint = `/strengths add` garde ce qui te rend fier ou fière ; `/win` enregistre une victoire.
cheer-daily-limit = Tu as déjà envoyé { $limit } encouragements aujourd'hui : c'est la limite quotidienne.
cheer-daily-limit-hint = Merci de remonter le moral à autant de monde ! Tu pourras encourager à nouveau après minuit, à ton heure.
cheer-no-post = Il n'y a pas de publication { $post } à encourager.
cheer-post-removed = Il n'y a pas de publication { $post } à encourager — elle a été retirée.
cheer-no-post-hint = Le numéro de la publication figure à la fin de chaque publication partagée.
cheer-post-by-rebound = La publication { $post } vient de Rebound lui-même : il n'y a donc personne à encourager.
cheer-post-by-rebound-hint = Encourage un refus ou une victoire partagés, ou un membre avec `/cheer member:@name`.

## La réponse à la personne qui encourage

# À qui va l'encouragement quand la publication est anonyme.
cheer-who-anonymous = la personne qui a écrit la publication { $post }
cheer-not-sent-title = Encouragement non envoyé
cheer-not-sent = Ton encouragement pour { $who } n'a pas été envoyé : un message à un autre membre ne contient jamais de mots sur le suicide ou l'automutilation. Si tu voulais lui remonter le moral, un encouragement formulé autrement lui parviendra.
cheer-sent-title = Encouragement envoyé
# $via : comment l'encouragement arrive ; $time : la fin de ses heures calmes (09:00) ; $channel : #soutien.
cheer-sent = Ton encouragement est en route vers { $who } { $via ->
    [held] par message privé à { $time }, heure locale, à la fin de ses heures calmes
    [channel] dans { $channel }
   *[dm] par message privé
}.
cheer-already-sent = Ton encouragement pour { $who } est déjà en route : il n'est pas envoyé deux fois.
cheer-left = { $count ->
    [one] Il te reste { $count } encouragement aujourd'hui.
    [many] Il te reste { $count } d'encouragements aujourd'hui.
   *[other] Il te reste { $count } encouragements aujourd'hui.
}
cheer-anonymous-both = Cette personne ne verra pas ton nom, et son nom à elle reste privé aussi.
cheer-strength-anonymous = « { $strength } » accompagne ton encouragement, comme un point fort remarqué par les autres.
cheer-strength-added = « { $strength } » rejoint ses points forts, remarqué par les autres.
cheer-strength-full = Sa liste de points forts est pleine : « { $strength } » accompagne ton encouragement mais n'y est pas ajouté.
cheer-strength-known = « { $strength } » figurait déjà sur sa liste de points forts : il n'est pas ajouté deux fois.

## Ce que reçoit la personne encouragée (un message privé dans sa langue, ou une publication
## dans le canal de soutien dans la langue de la communauté)

cheer-got-title = Tu as reçu un encouragement 💛
cheer-words = « { $message } »
# $outcome : si le point fort a rejoint la liste /strengths de la personne encouragée.
cheer-noticed = On a remarqué l'un de tes points forts : { $strength } — { $outcome ->
    [added] il figure maintenant sur ta liste `/strengths`
    [full] ta liste est pleine, il n'y figure donc pas — `/strengths remove number:n` fait de la place
   *[known] il figurait déjà sur ta liste
}.
cheer-dm-anonymous = Quelqu'un de la communauté a encouragé ta publication anonyme { $post }.
cheer-dm-anonymous-end = Cette personne ne sait pas que c'était toi.
cheer-dm = @{ $giver } t'encourage !
cheer-dm-post = @{ $giver } t'encourage pour ta publication { $post } !
cheer-channel = @{ $receiver }, un encouragement de la part de @{ $giver } !
cheer-channel-post = @{ $receiver }, un encouragement de la part de @{ $giver } pour ta publication { $post } !
cheer-channel-title = 💛 Un encouragement
# Ce qui est gardé de la publication dans le canal de soutien ; les mots suivent à la ligne.
cheer-stored = Un encouragement
