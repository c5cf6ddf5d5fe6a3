# `/win` y `/wins` (bot/features/wins): registrar logros y compartirlos.

win-offer-needs-company = ¿Qué empresa te hizo la oferta? Añade `company:`, como `/win text:"¡Oferta!" company:Acme offer:yes`.
win-well-done = Bien hecho. Los logros así merecen que te fijes en ellos: son la prueba de que el esfuerzo está funcionando.
win-offer-marked = Tu candidatura a { $company } ahora figura como oferta.
win-title = Logro registrado 🎉
win-title-offer = ¡Una oferta! ¡Felicidades! 🎉
win-field-showing-up = Estar presente cuenta
win-kept-private-no-channel = Guardado en privado: esta comunidad todavía no tiene canal de logros. Alguien del equipo de moderación puede configurarlo con `/mod setup wins_channel:#channel`.
# $reason: por qué el miembro no puede compartir ahora (un silencio o el límite de publicaciones).
win-kept-private-because = Guardado en privado: { $reason }
win-kept-private = Guardado en privado.
win-posting = Lo publico en { $channel } como publicación { $number }.

# La publicación en el canal de logros, en el idioma de la comunidad.
win-post = { $offer ->
    [yes] @{ $name } tiene una oferta que compartir:
   *[no] @{ $name } tiene un logro que compartir:
}
win-post-company = { $offer ->
    [yes] @{ $name } tiene una oferta que compartir ({ $company }):
   *[no] @{ $name } tiene un logro que compartir ({ $company }):
}
win-post-quote = “{ $text }”
win-post-title = 🎉 { $name } tiene buenas noticias

# `/wins`
win-none-yet = Todavía no hay logros registrados. Cuentan aunque sean pequeños: la respuesta de un reclutador, una buena charla de networking, una invitación a una entrevista. `/win text:...` registra uno.
win-list-title-empty = Tus logros
win-list-title = Tus logros ({ $count })
win-list-line = { $day } — { $text }
win-list-line-company = { $day } — { $text } ({ $company })
win-list-offer = { $line } · oferta 🎉
win-list-more = { $count ->
    [one] …y { $count } anterior.
   *[other] …y { $count } anteriores.
}
win-list-read = Vuelve a leerlos en los días difíciles.

# A win a moderator removed, in lists.
win-removed-by-moderator = (retirado por el equipo de moderación)
