# /reflect: a reflexão guiada depois de uma entrevista (bot/features/reflections).
# Nomes de opções (company, went_well, …), valores como `followed_up:no` e comandos entre
# crases ficam em inglês: os membros digitam.

## Um /reflect sem opções: as perguntas a responder

reflect-title = Reflita sobre sua entrevista
reflect-intro = Tire cinco minutos enquanto está tudo fresco na memória. Responda o que quiser — nada é obrigatório:
# Uma linha por pergunta; cada uma começa com o nome da opção que a responde, como os
# membros digitam.
reflect-question-company = company — de qual entrevista estamos falando?
reflect-question-went-well = went_well — o que deu certo?
reflect-question-do-differently = do_differently — o que você faria diferente da próxima vez?
reflect-question-clear-confident = clear_confident — com quanta clareza e confiança você respondeu (1-5)?
reflect-question-nonverbal = nonverbal — como foram sua linguagem corporal, contato visual e tom de voz (1-5)?
reflect-question-followed-up = followed_up — você mandou um agradecimento ou follow-up (yes/no)?
reflect-question-skill-gap = skill_gap — há alguma habilidade ou assunto que você quer fortalecer?
# As respostas entre aspas podem ser traduzidas; os nomes de opções e os valores, não.
reflect-example = Por exemplo: `/reflect company:Acme went_well:"A história do meu projeto" do_differently:"Falar mais devagar" clear_confident:3 followed_up:no`

## Uma reflexão salva

reflect-saved-title = Reflexão salva
reflect-thanks = Obrigado por refletir. Olhar para trás com honestidade é o que faz a próxima entrevista ser melhor.
reflect-thanks-on = Obrigado por refletir sobre { $company }. Olhar para trás com honestidade é o que faz a próxima entrevista ser melhor.
reflect-showing-up = Estar presente conta
reflect-keep-doing = Continue fazendo
reflect-next-time = Da próxima vez
# $text: o que o membro escreveu que faria diferente.
reflect-next-time-text = { $text } — o `/prep` vai te lembrar.
reflect-practice-title = Praticar ajuda
# Quais notas foram baixas (2 ou menos): clareza e confiança, não verbal, ou ambas.
reflect-practice = { $scores ->
        [clarity] Sua nota de clareza e confiança pode subir rápido com uma simulação de entrevista: `/buddy join purpose:mock-interview` encontra uma dupla para você.
        [nonverbal] Sua nota de comunicação não verbal pode subir rápido com uma simulação de entrevista: `/buddy join purpose:mock-interview` encontra uma dupla para você.
       *[both] Suas notas de clareza e confiança e de comunicação não verbal podem subir rápido com uma simulação de entrevista: `/buddy join purpose:mock-interview` encontra uma dupla para você.
    }
reflect-goal-added = Meta de aprendizado adicionada
reflect-goal-added-text = { $goal } — `/goal` mostra essa meta junto com suas metas semanais.
reflect-goal-exists = Já é uma meta de aprendizado
reflect-goal-exists-text = { $goal } já está na sua lista — `/goal` mostra.
reflect-thank-you-title = Mande um agradecimento — ainda dá tempo
reflect-thank-you-again = (`/template name:post-interview-thank-you` mostra o modelo de novo.)
