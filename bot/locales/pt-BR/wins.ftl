# `/win` e `/wins` (bot/features/wins): registrar conquistas e compartilhá-las.

win-offer-needs-company = Qual empresa fez a oferta? Adicione `company:`, como `/win text:"Oferta!" company:Acme offer:yes`.
win-well-done = Muito bem. Conquistas assim merecem ser notadas — são a prova de que o esforço está dando resultado.
win-offer-marked = Sua candidatura para { $company } agora está marcada como oferta.
win-title = Conquista registrada 🎉
win-title-offer = Uma oferta — parabéns! 🎉
win-field-showing-up = Estar presente conta
win-kept-private-no-channel = Mantida em privado: esta comunidade ainda não tem um canal de conquistas. Alguém da moderação pode definir um com `/mod setup wins_channel:#channel`.
# $reason: por que o membro não pode compartilhar agora (um silenciamento ou o limite de posts).
win-kept-private-because = Mantida em privado: { $reason }
win-kept-private = Mantida em privado.
win-posting = Publicando em { $channel } como post { $number }.

# O post no canal de conquistas, no idioma da comunidade.
win-post = { $offer ->
    [yes] @{ $name } tem uma oferta para compartilhar:
   *[no] @{ $name } tem uma conquista para compartilhar:
}
win-post-company = { $offer ->
    [yes] @{ $name } tem uma oferta para compartilhar ({ $company }):
   *[no] @{ $name } tem uma conquista para compartilhar ({ $company }):
}
win-post-quote = “{ $text }”
win-post-title = 🎉 { $name } tem boas notícias

# `/wins`
win-none-yet = Nenhuma conquista registrada ainda. Elas contam mesmo quando são pequenas: uma resposta de recrutador, uma ótima conversa de networking, um convite para entrevista. `/win text:...` registra uma.
win-list-title-empty = Suas conquistas
win-list-title = Suas conquistas ({ $count })
win-list-line = { $day } — { $text }
win-list-line-company = { $day } — { $text } ({ $company })
win-list-offer = { $line } · oferta 🎉
win-list-more = { $count ->
    [one] …e mais { $count } anterior.
   *[other] …e mais { $count } anteriores.
}
win-list-read = Releia nos dias difíceis.

# A win a moderator removed, in lists.
win-removed-by-moderator = (removido pela moderação)
