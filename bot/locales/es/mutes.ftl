# Silencios y el límite para compartir (bot/features/mutes): lo que se le dice a un miembro
# silenciado, y un silencio temporal que termina.

# Cuánto dura un silencio, en la zona de quien lee: "hasta el jueves, 5 de noviembre, 09:00 (Europe/Madrid)".
mute-until = hasta el { $when } ({ $zone })
mute-until-lifted = hasta nuevo aviso

# Lo que un miembro silenciado no puede hacer ahora mismo: el `$what` de mute-muted.
mute-what-share = compartir publicaciones
mute-what-support = publicar en el canal de apoyo
mute-what-wins = publicar en el canal de logros
mute-what-cheers = enviar ánimos

mute-muted = El equipo de moderación te ha silenciado { $until }, así que ahora mismo no puedes { $what }.
mute-muted-reason = El equipo de moderación te ha silenciado { $until }, así que ahora mismo no puedes { $what }. Motivo indicado: { $reason }.
mute-muted-hint = Tus comandos privados (registros, rachas, plantillas) siguen funcionando. Si tienes preguntas, escríbele a alguien del equipo de moderación.

# Demasiadas publicaciones en poco tiempo; $time es como 09:00.
mute-flood = Has compartido { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    } { $minutes ->
        [one] en el último minuto
       *[other] en los últimos { $minutes } minutos
    } — ese es el límite por ahora, para que ninguna publicación quede enterrada.
mute-flood-hint = Dale al canal un pequeño respiro; podrás volver a compartir a partir de las { $time }.

# Un silencio temporal terminó: el canal de registro de moderación y luego un mensaje directo al miembro.
mute-ended-echo-title = Silencio terminado
mute-ended-echo = El silencio de @{ $name } terminó, así que puede volver a compartir y animar.
mute-ended-echo-former = El silencio de un exmiembro terminó, así que puede volver a compartir y animar.
mute-ended-dm-title = Ya puedes volver a compartir
mute-ended-dm = Tu silencio terminó, así que puedes volver a compartir publicaciones y animar a otras personas. Qué bueno tenerte de vuelta: nos alegra que estés aquí.
