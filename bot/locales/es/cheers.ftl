# /cheer y el botón Animar en las publicaciones compartidas (bot/features/cheers)

## Bajo una publicación compartida, en el idioma de la comunidad

cheer-post-line = Publicación { $post } · anima con el botón o con `/cheer post:{ $post }`
cheer-button = Animar

## Rechazos

cheer-member-or-post = Anima a un miembro o una publicación: elige uno de los dos.
cheer-member-or-post-hint = Por ejemplo, `/cheer member:@ana` o `/cheer post:12`.
cheer-yourself = No puedes enviarte ánimos a ti — aunque te los mereces.
cheer-yourself-hint = `/strengths add` guarda aquello que te enorgullece; `/win` registra un logro.
cheer-daily-limit = Hoy ya animaste { $limit } veces, el límite diario.
cheer-daily-limit-hint = ¡Gracias por levantarle el ánimo a tanta gente! Podrás volver a animar a partir de la medianoche de tu hora.
cheer-no-post = No existe la publicación { $post }, así que no hay a quién animar.
cheer-post-removed = No hay publicación { $post } que animar: se retiró.
cheer-no-post-hint = El número de publicación aparece al final de cada publicación compartida.
cheer-post-by-rebound = La publicación { $post } la publicó el propio Rebound, así que ahí no hay nadie a quien animar.
cheer-post-by-rebound-hint = Anima un rechazo o un logro compartido, o a un miembro con `/cheer member:@name`.

## La respuesta para quien anima

# A quién van los ánimos cuando la publicación es anónima.
cheer-who-anonymous = quien escribió la publicación { $post }
cheer-not-sent-title = Ánimos no enviados
cheer-not-sent = Tus ánimos para { $who } no se enviaron: un mensaje a otro miembro nunca lleva palabras sobre suicidio o autolesiones. Si querías darle fuerzas, unos ánimos con otras palabras sí le llegarán.
cheer-sent-title = Ánimos enviados
# $via: cómo viajan los ánimos; $time: cuándo terminan sus horas de silencio (09:00); $channel: #apoyo.
cheer-sent = Tus ánimos van de camino a { $who } { $via ->
    [held] por mensaje directo a las { $time } de su hora, cuando terminen sus horas de silencio
    [channel] en { $channel }
   *[dm] por mensaje directo
}.
cheer-already-sent = Tus ánimos para { $who } ya van de camino, así que no se envían dos veces.
cheer-left = { $count ->
    [one] Hoy puedes animar { $count } vez más.
   *[other] Hoy puedes animar { $count } veces más.
}
cheer-anonymous-both = No verá tu nombre, y su nombre también queda en privado.
cheer-strength-anonymous = “{ $strength }” va con tus ánimos, como una fortaleza que otros notaron.
cheer-strength-added = “{ $strength }” se suma a sus fortalezas, como algo que otros notaron.
cheer-strength-full = Su lista de fortalezas está llena, así que “{ $strength }” va con tus ánimos, pero no se añade a la lista.
cheer-strength-known = “{ $strength }” ya estaba en su lista de fortalezas, así que no se añade dos veces.

## Lo que recibe la otra persona (un mensaje directo en su idioma, o una publicación en el
## canal de apoyo en el idioma de la comunidad)

cheer-got-title = Te llegaron ánimos 💛
cheer-words = “{ $message }”
# $outcome: si la fortaleza entró en la lista de /strengths de quien la recibe.
cheer-noticed = Notaron una de tus fortalezas: { $strength } — { $outcome ->
    [added] ya está en tu lista de `/strengths`
    [full] tu lista está llena, así que no se añadió — `/strengths remove number:n` hace sitio
   *[known] ya estaba en tu lista
}.
cheer-dm-anonymous = Alguien de la comunidad te dio ánimos por tu publicación anónima { $post }.
cheer-dm-anonymous-end = No sabe que fuiste tú.
cheer-dm = ¡@{ $giver } te envió ánimos!
cheer-dm-post = ¡@{ $giver } te envió ánimos por tu publicación { $post }!
cheer-channel = @{ $receiver }, ¡ánimos de parte de @{ $giver }!
cheer-channel-post = @{ $receiver }, ¡ánimos de parte de @{ $giver } por tu publicación { $post }!
cheer-channel-title = 💛 Ánimos
# Cómo se guarda la publicación del canal de apoyo; las palabras de ánimo van en la línea siguiente.
cheer-stored = Ánimos
