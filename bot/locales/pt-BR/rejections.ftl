# /rejection: o plano de recuperação privado, o post no canal de apoio e as perguntas de
# reflexão do dia seguinte (bot/features/rejections). Nomes de opções, valores de etapa e
# comandos entre crases ficam em inglês: os membros digitam.

## O plano de recuperação (uma resposta privada)

rejection-plan-title = Seu plano de recuperação
rejection-sorry = Sinto muito pela notícia. É normal que doa.
rejection-sorry-from = Sinto muito pela notícia sobre { $company }. É normal que doa.
rejection-reframe = Decisões de contratação muitas vezes dependem de coisas que você não vê nem controla: um candidato interno, uma mudança de orçamento, um time que precisava de uma habilidade bem específica. Um não diz respeito a uma vaga, não é um veredito sobre você.
rejection-showing-up = Estar presente conta
rejection-step-process = 1. Dê um tempo para processar
rejection-step-feedback = 2. Peça feedback — pronto para copiar
rejection-step-strengths = 3. Lembre-se dos seus pontos fortes
rejection-step-reflect = 4. Reflita amanhã
rejection-no-strengths = Sua lista está vazia — adicione um hoje: `/strengths add text:...`. Pelo que alguém que já trabalhou com você te agradeceria?
rejection-reflect-tomorrow = Amanhã às { $time } vou te mandar algumas perguntas de reflexão por mensagem direta. Quando quiser: `{ $command }`.

# Uma sugestão de autocuidado por rejeição, em sequência (a primeira para a primeira
# rejeição de um membro, e assim por diante); manter sete.
rejection-self-care-1 = Afaste-se da busca pelo resto do dia. Uma caminhada de 20 minutos ao ar livre ajuda a decepção a assentar.
rejection-self-care-2 = Conte para alguém de confiança como você está se sentindo — um amigo, a família ou alguém daqui. Falar em voz alta deixa tudo mais leve.
rejection-self-care-3 = Faça hoje uma coisa que não tenha nada a ver com trabalho: cozinhe algo que você adora, coloque uma música, ligue para alguém que te faz rir.
rejection-self-care-4 = Anote três coisas que você fez bem neste processo. Você chegou até aqui por um motivo.
rejection-self-care-5 = Tire uma noite de folga de verdade: nada de sites de vagas, nada de e-mail. A busca ainda vai estar lá amanhã, e você também.
rejection-self-care-6 = Mexa-se por 15 minutos — alongue-se, dance, suba escadas. Isso ajuda o corpo a soltar o estresse.
rejection-self-care-7 = Coma algo gostoso, beba água e durma cedo. As coisas parecem diferentes depois de uma noite de sono.

## Compartilhar (o que o membro fica sabendo)

rejection-kept-private = Mantido em privado
rejection-shared = Compartilhado
rejection-no-support-channel = Esta comunidade ainda não tem um canal de apoio, então sua rejeição não foi compartilhada. Alguém da moderação pode definir um com `/mod setup support_channel:#channel`.
rejection-not-posted = Nada desta rejeição foi publicado.
rejection-shared-anonymous = Publicando anonimamente em { $channel } como post { $number }. Ninguém consegue ver que foi você.
rejection-shared-public = Publicando em { $channel } como post { $number }, para que as pessoas possam te apoiar.

## O post no canal de apoio (no idioma da comunidade)

rejection-post-title-anonymous = Alguém compartilhou uma rejeição
rejection-post-title = { $name } compartilhou uma rejeição
# Até onde o membro chegou; completa "acabou de receber um não …" abaixo.
rejection-stage = { $stage ->
        [applied] em uma candidatura
        [screen] depois de uma triagem
        [interview] depois de uma entrevista
       *[final] depois da etapa final
    }
rejection-post-anonymous = Alguém da nossa comunidade acabou de receber um não.
rejection-post-anonymous-stage = Alguém da nossa comunidade acabou de receber um não { $stage }.
rejection-post-public = @{ $name } acabou de receber um não.
rejection-post-public-stage = @{ $name } acabou de receber um não { $stage }.
rejection-post-public-from = @{ $name } acabou de receber um não da empresa { $company }.
rejection-post-public-from-stage = @{ $name } acabou de receber um não da empresa { $company } { $stage }.
# O que o membro escreveu sobre isso, entre aspas.
rejection-post-note = “{ $note }”
rejection-post-invite = Se você também já passou por isso, algumas palavras gentis fazem muita diferença.

## As perguntas de reflexão do dia seguinte (uma mensagem direta)

rejection-prompt-title = Algumas perguntas, quando você quiser
rejection-prompt-interview = Como você está hoje? Quando se sentir à vontade, uma breve reflexão transforma um dia difícil em algo útil. Cinco minutos bastam:
rejection-prompt-interview-about = Como você está hoje? Quando se sentir à vontade, uma breve reflexão sobre { $company } transforma um dia difícil em algo útil. Cinco minutos bastam:
rejection-prompt-interview-questions =
    • O que deu certo?
    • O que você faria diferente da próxima vez?
    • Quanta clareza e confiança você sentiu (1-5)? E a sua linguagem corporal (1-5)?
    • Você mandou uma mensagem de agradecimento?
    • Houve alguma lacuna de habilidade que você poderia trabalhar?
rejection-prompt-application = Como você está hoje? Quando se sentir à vontade, revisar rapidamente a sua candidatura deixa a próxima mais forte. Cinco minutos bastam:
rejection-prompt-application-to = Como você está hoje? Quando se sentir à vontade, revisar rapidamente a sua candidatura para { $company } deixa a próxima mais forte. Cinco minutos bastam:
rejection-prompt-application-questions =
    • O que a sua candidatura fez bem?
    • Quanto o seu currículo e a sua carta de apresentação correspondiam ao que a vaga pedia?
    • O que você mudaria da próxima vez: o currículo, a carta ou o tipo de vaga a que você se candidata?
    • Havia algum requisito que você ainda não conseguia mostrar — uma habilidade que poderia desenvolver?
rejection-prompt-answer = Responda com `{ $command } went_well:... do_differently:... skill_gap:...` — uma lacuna de habilidade vira uma meta de aprendizado.
