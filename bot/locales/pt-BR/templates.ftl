# Modelos de e-mail: /template, /mod template-add, /mod template-remove e a mensagem direta
# de follow-up (bot/features/templates). Os modelos padrão estão abaixo dos comandos: seus
# nomes são identificadores e não mudam em nenhum idioma; traduza `.about`, `.subject` e
# `.body`, mantendo cada { $placeholder } (o Rebound os preenche depois).

template-subject-line = Assunto: { $subject }
template-own-about = adicionado pela moderação
template-untitled = modelo da comunidade
template-unknown = Não há nenhum modelo chamado `{ $name }`.
template-unknown-hint = Modelos disponíveis: { $names }.
template-which = Qual modelo? Informe `name`, como em `/template name:feedback-request company:Acme`.
template-which-hint = `/template` sozinho lista todos.
template-before-you-send = Antes de enviar
template-fill-in = Preencha { $gaps }.
template-reminder = Lembrete
template-reminder-text = Vou mandar uma mensagem direta em { $day } para saber se você teve resposta.
template-ready-title = { $name } — pronto para copiar
template-list-line = { $name } — { $about }
template-list-builtin = Padrão
template-list-own = Da sua moderação
template-list-how = Gere um com `/template name:feedback-request company:Acme contact:Sam role:Analyst`. O que você não informar fica visível como [company] para você preencher.
template-list-title = Modelos de e-mail
template-follow-up-title = Hora de fazer follow-up?
template-follow-up-sent = { $days ->
        [1] Ontem
        [7] Há uma semana
       *[other] Há { $days } dias
    } você enviou o e-mail { $template }.
template-follow-up-sent-to = { $days ->
        [1] Ontem
        [7] Há uma semana
       *[other] Há { $days } dias
    } você enviou o e-mail { $template } para { $company }.
template-follow-up-nudge = Se ainda não veio resposta, um lembrete curto e gentil é totalmente normal: responda ao seu próprio e-mail com algo como “Gostaria de retomar minha mensagem abaixo; qualquer retorno seria muito bem-vindo.” Se já responderam, parabéns por ter perguntado. De qualquer forma, conta: `/log activity:followed_up`.

## /mod template-add e /mod template-remove

template-bad-name = `{ $name }` não é um nome de modelo que eu possa usar.
template-bad-name-hint = Use letras minúsculas, números e hifens, como `referral-thanks`.
template-too-long = O modelo tem { $length } caracteres; o limite é { $limit }.
template-too-long-hint = Encurte o texto e tente de novo.
template-unknown-placeholders = { $count ->
        [one] Marcador desconhecido:
       *[other] Marcadores desconhecidos:
    } { $names }.
template-unknown-placeholders-hint = Os modelos podem usar { $placeholders }.
template-builtin-kept = `{ $name }` é um modelo padrão, então não pode ser substituído.
template-builtin-kept-hint = Escolha outro nome, como `{ $name }-ours`.
template-changed = O modelo `{ $name }` acabou de mudar.
template-changed-hint = Tente de novo.
template-exists = Já existe um modelo chamado `{ $name }`, então deixei como estava.
template-exists-hint = Para substituí-lo, adicione `replace:yes`: `/mod template-add name:{ $name } body:... replace:yes`. `/template name:{ $name }` mostra o atual.
template-added-title = Modelo { $name } adicionado
template-replaced-title = Modelo { $name } substituído
template-use-it = Os membros usam com
template-use-it-how = /template name:{ $name } company:... contact:... role:...
template-builtin-stays = `{ $name }` é um modelo padrão e não pode ser removido.
template-builtin-stays-hint = Só os modelos adicionados com `/mod template-add` podem ser removidos.
template-none-here = Esta comunidade não tem nenhum modelo chamado `{ $name }`.
template-none-here-hint = `/template` lista todos.
template-removed = Modelo { $name } removido.
template-removed-title = Modelo removido

## Os modelos padrão

template-builtin-feedback-request =
    .about = pergunte o que melhorar, com abertura para feedback positivo ou crítico
    .subject = Agradecimento e um pedido de feedback sobre a vaga de { $role }
    .body =
        Olá, { $contact },

        Agradeço por me informar sobre a decisão referente à vaga de { $role } e pelo tempo que você e a equipe dedicaram a mim. Gostei muito de conhecer mais sobre a { $company } e respeito a decisão.

        Estou me esforçando para melhorar e agradeceria muito qualquer feedback sobre minha candidatura ou minhas entrevistas: o que funcionou bem e onde eu poderia ir melhor. Seja positivo ou crítico, mesmo algumas linhas já me ajudariam muito.

        Gostaria de manter contato e de ter meu nome considerado para futuras vagas na { $company }.

        Atenciosamente,
        { $my_name }

template-builtin-application-feedback-request =
    .about = após uma recusa do currículo, pergunte o que deixaria sua candidatura mais forte
    .subject = Feedback sobre minha candidatura: { $role } na { $company }
    .body =
        Olá, { $contact },

        Agradeço o retorno sobre minha candidatura para a vaga de { $role } na { $company } e o tempo dedicado à análise. Respeito a decisão.

        Estou trabalhando para fortalecer minhas candidaturas e agradeceria um breve feedback: houve algo no meu currículo ou na carta de apresentação que pesou contra, ou algum requisito que você sentiu que eu ainda não atendia? Mesmo uma ou duas linhas já me ajudariam muito.

        Continuo com interesse na { $company } e ficaria feliz em ter meu nome considerado para futuras vagas compatíveis com meu perfil.

        Atenciosamente,
        { $my_name }

template-builtin-feedback-follow-up =
    .about = quando o feedback foi genérico, peça um ou dois pontos específicos
    .subject = Sobre o seu feedback: { $role } na { $company }
    .body =
        Olá, { $contact },

        Agradeço mais uma vez pelo retorno sobre a vaga de { $role }. Valorizo muito o tempo que você dedicou.

        Se puder compartilhar um pouco mais de detalhes, isso me ajudaria bastante: houve alguma habilidade ou experiência específica de que a equipe sentiu falta, ou algum momento da entrevista em que eu poderia ter dado uma resposta mais forte? Mesmo um único ponto específico já me daria algo concreto para trabalhar.

        Entendo se não for possível, e agradeço de qualquer forma.

        Atenciosamente,
        { $my_name }

template-builtin-thank-you-after-rejection =
    .about = aceite com elegância e deixe a porta aberta
    .subject = Agradecimento: { $role } na { $company }
    .body =
        Olá, { $contact },

        Agradeço por me avisar e por ter considerado meu nome para a vaga de { $role }. Embora o resultado não seja o que eu esperava, gostei muito de conhecer a equipe e de saber mais sobre o trabalho na { $company }.

        Continuo com muito interesse na { $company } e adoraria ter a chance de participar de futuros processos seletivos. Desejo tudo de bom a você e à equipe.

        Cordialmente,
        { $my_name }

template-builtin-stay-in-touch =
    .about = peça para lembrarem de você em futuras vagas
    .subject = Mantendo contato sobre futuras vagas na { $company }
    .body =
        Olá, { $contact },

        Espero que esteja tudo bem com você. Conversamos há algum tempo sobre a vaga de { $role }, e eu queria contar que meu interesse na { $company } continua o mesmo.

        Se abrir alguma vaga compatível com meu perfil, eu agradeceria se meu nome fosse considerado, e posso enviar um currículo atualizado sempre que for útil. Agradeço por se lembrar de mim.

        Um abraço,
        { $my_name }

template-builtin-post-interview-thank-you =
    .about = um agradecimento curto em até um dia após a entrevista
    .subject = Agradeço pela conversa de hoje: { $role }
    .body =
        Olá, { $contact },

        Agradeço por ter reservado um tempo para conversar comigo sobre a vaga de { $role }. Gostei muito da nossa conversa e de conhecer melhor o trabalho da equipe na { $company }.

        Saí da conversa com ainda mais entusiasmo pela vaga, e tenho confiança de que minha experiência ajudaria a equipe. Se houver mais alguma informação que eu possa enviar para ajudar na decisão, é só me avisar.

        Fico no aguardo do seu retorno.

        Atenciosamente,
        { $my_name }

template-builtin-network-reach-out =
    .about = peça conselhos ou indicações a um contato
    .subject = Conselhos sobre vagas de { $role } na { $company }?
    .body =
        Olá, { $contact },

        Espero que esteja tudo bem. Estou em busca da minha próxima oportunidade como { $role } e admiro o trabalho que a { $company } vem fazendo.

        Você toparia um papo de 20 minutos nas próximas duas semanas? Eu valorizaria muito seus conselhos sobre a área e sobre o que faz uma candidatura se destacar; e, se souber de vagas ou de pessoas com quem eu deveria conversar, uma apresentação faria muita diferença para mim.

        Sem problema nenhum se agora não for um bom momento. Agradeço desde já por considerar.

        Um abraço,
        { $my_name }

# A moderator's template is shown as written, in its own language.
template-language = Idioma
template-written-in = Escrito em { $language }: aparece como foi escrito, seja qual for o seu idioma.
