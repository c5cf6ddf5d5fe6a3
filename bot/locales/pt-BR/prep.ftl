# /prep: a lista de pesquisa, os pontos fortes e os conselhos antes de uma entrevista
# (bot/features/prep).

prep-title = Preparação: { $company }
prep-intro = Você já se preparou para coisas difíceis antes. Aqui está seu plano para a { $company }.
prep-intro-role = Você já se preparou para coisas difíceis antes. Aqui está seu plano para a { $company }, para a vaga de { $role }.
prep-checklist = Lista de pesquisa
prep-check-job = ☐ Releia a descrição da vaga: sublinhe as três coisas que eles mais enfatizam.
prep-check-job-role = ☐ Releia a descrição da vaga de { $role }: sublinhe as três coisas que eles mais enfatizam.
prep-check-culture = ☐ Cultura da empresa: os valores da { $company }, a página de carreiras, notícias recentes e como os funcionários a descrevem.
prep-check-duties = ☐ Responsabilidades: para cada atividade principal, uma história da sua experiência (situação, ação, resultado).
prep-check-qualifications = ☐ Requisitos: ligue cada um a uma prova; para qualquer lacuna, diga como você está resolvendo.
prep-check-questions = ☐ Duas ou três perguntas suas sobre a equipe, os primeiros 90 dias ou como o sucesso é medido.
prep-check-logistics = ☐ Logística: fuso horário, link ou endereço, o nome de quem vai entrevistar você, um copo d'água.
prep-strengths = Seus pontos fortes: diga-os em voz alta uma vez
prep-strengths-none = Nenhum na lista ainda. Adicione dois antes da entrevista: `/strengths add text:...`.
prep-do-differently = Da última vez, você disse que faria diferente
prep-do-differently-at = Da última vez, você disse que faria diferente ({ $company })
prep-went-well = Da última vez, isto deu certo
prep-went-well-at = Da última vez, isto deu certo ({ $company })
prep-learning = O que você está fortalecendo
prep-after = Depois da entrevista
prep-after-text = Envie um agradecimento em até um dia (`/template name:post-interview-thank-you company:"{ $company }"`) e reflita enquanto está fresco na memória (`/reflect`).
