# /cheer e o botão Incentivar nas publicações compartilhadas (bot/features/cheers)

## Abaixo de uma publicação compartilhada, no idioma da comunidade

cheer-post-line = Publicação { $post } · incentive pelo botão ou com `/cheer post:{ $post }`
cheer-button = Incentivar

## Recusas

cheer-member-or-post = Incentive um membro ou uma publicação: escolha um dos dois.
cheer-member-or-post-hint = Por exemplo, `/cheer member:@ana` ou `/cheer post:12`.
cheer-yourself = Você não pode se autoincentivar — embora bem que mereça.
cheer-yourself-hint = `/strengths add` guarda aquilo de que você se orgulha; `/win` registra uma conquista.
cheer-daily-limit = Você já deu { $limit } incentivos hoje, o limite diário.
cheer-daily-limit-hint = Obrigado por levantar o ânimo de tanta gente! Você pode incentivar de novo depois da meia-noite no seu horário.
cheer-no-post = Não existe publicação { $post } para incentivar.
cheer-post-removed = Não existe publicação { $post } para incentivar — ela foi removida.
cheer-no-post-hint = O número da publicação aparece no final de cada publicação compartilhada.
cheer-post-by-rebound = A publicação { $post } foi feita pelo próprio Rebound, então não há ninguém ali para incentivar.
cheer-post-by-rebound-hint = Incentive uma rejeição ou conquista compartilhada, ou um membro com `/cheer member:@name`.

## A resposta para quem incentiva

# Para quem vai o incentivo quando a publicação é anônima.
cheer-who-anonymous = quem escreveu a publicação { $post }
cheer-not-sent-title = Incentivo não enviado
cheer-not-sent = Seu incentivo para { $who } não foi enviado: uma mensagem para outro membro nunca leva palavras sobre suicídio ou automutilação. Se a ideia era dar força, um incentivo com outras palavras vai chegar.
cheer-sent-title = Incentivo enviado
# $via: como o incentivo chega; $time: quando termina o horário de silêncio da pessoa (09:00); $channel: #apoio.
cheer-sent = Seu incentivo está a caminho de { $who } { $via ->
    [held] por mensagem direta às { $time } no horário da pessoa, quando terminar o horário de silêncio dela
    [channel] em { $channel }
   *[dm] por mensagem direta
}.
cheer-already-sent = Seu incentivo para { $who } já está a caminho, então não é enviado duas vezes.
cheer-left = Incentivos que você ainda pode dar hoje: { $count }.
cheer-anonymous-both = A pessoa não vai ver seu nome, e o nome dela também fica em sigilo.
cheer-strength-anonymous = “{ $strength }” vai junto com seu incentivo, como um ponto forte notado pelos colegas.
cheer-strength-added = “{ $strength }” entra nos pontos fortes da pessoa, notado pelos colegas.
cheer-strength-full = A lista de pontos fortes da pessoa está cheia, então “{ $strength }” vai junto com seu incentivo, mas não entra na lista.
cheer-strength-known = “{ $strength }” já estava na lista de pontos fortes da pessoa, então não é adicionado de novo.

## O que a pessoa incentivada recebe (uma mensagem direta no idioma dela, ou uma publicação
## no canal de apoio no idioma da comunidade)

cheer-got-title = Você recebeu um incentivo 💛
cheer-words = “{ $message }”
# $outcome: se o ponto forte entrou na lista de /strengths de quem recebeu.
cheer-noticed = Notaram um ponto forte seu: { $strength } — { $outcome ->
    [added] agora ele está na sua lista de `/strengths`
    [full] sua lista está cheia, então ele não entrou — `/strengths remove number:n` abre espaço
   *[known] ele já estava na sua lista
}.
cheer-dm-anonymous = Alguém da comunidade incentivou você pela sua publicação anônima { $post }.
cheer-dm-anonymous-end = A pessoa não sabe que foi você.
cheer-dm = @{ $giver } mandou um incentivo para você!
cheer-dm-post = @{ $giver } mandou um incentivo para você pela sua publicação { $post }!
cheer-channel = @{ $receiver }, um incentivo de @{ $giver }!
cheer-channel-post = @{ $receiver }, um incentivo de @{ $giver } pela sua publicação { $post }!
cheer-channel-title = 💛 Um incentivo
# Como a publicação no canal de apoio fica guardada; as palavras do incentivo vêm na linha seguinte.
cheer-stored = Um incentivo
