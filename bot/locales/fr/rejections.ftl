# /rejection : le plan de récupération privé, le message partagé dans le canal de soutien et
# les questions de bilan du lendemain (bot/features/rejections). Les noms d'options, les
# valeurs d'étape et les commandes entre backticks restent en anglais dans toutes les
# langues : les membres les tapent.

## Le plan de récupération (une réponse privée)

rejection-plan-title = Ton plan pour rebondir
rejection-sorry = Je suis désolé pour cette nouvelle. C'est normal que ça fasse mal.
rejection-sorry-from = Je suis désolé pour la réponse de l'entreprise { $company }. C'est normal que ça fasse mal.
rejection-reframe = Les décisions de recrutement tiennent souvent à des choses que tu ne vois pas et que tu ne contrôles pas : un candidat interne, un budget qui change, une équipe qui avait besoin d'une compétence bien précise. Un non concerne un poste, pas ta valeur.
rejection-showing-up = Être là, ça compte
rejection-step-process = 1. Prends le temps de digérer
rejection-step-feedback = 2. Demande un retour — modèle prêt à copier
rejection-step-strengths = 3. Souviens-toi de tes forces
rejection-step-reflect = 4. Fais le point demain
rejection-no-strengths = Ta liste est vide — ajoutes-en une aujourd'hui : `/strengths add text:...`. Pour quoi un ancien collègue te remercierait-il ?
rejection-reflect-tomorrow = Demain à { $time }, je t'enverrai quelques questions de bilan par message privé. Quand tu le sentiras : `{ $command }`.

# Une idée pour prendre soin de soi par refus, à tour de rôle (la première au premier refus
# d'un membre, etc.) ; en garder sept.
rejection-self-care-1 = Mets la recherche de côté pour le reste de la journée. Une marche de 20 minutes dehors aide la déception à retomber.
rejection-self-care-2 = Dis à une personne de confiance ce que tu ressens — un proche, ta famille ou quelqu'un d'ici. Le dire à voix haute allège le poids.
rejection-self-care-3 = Fais aujourd'hui une chose qui n'a rien à voir avec le travail : cuisine un plat que tu adores, joue de la musique, appelle quelqu'un qui te fait rire.
rejection-self-care-4 = Note trois choses que tu as bien faites pendant ce processus. Aller aussi loin, ce n'est pas un hasard.
rejection-self-care-5 = Offre-toi une vraie soirée de repos : pas de sites d'emploi, pas de boîte mail. La recherche sera toujours là demain, et toi aussi.
rejection-self-care-6 = Bouge pendant 15 minutes — étire-toi, danse, prends les escaliers. Ça aide le corps à relâcher le stress.
rejection-self-care-7 = Mange quelque chose de bon, bois de l'eau et couche-toi tôt. Les choses paraissent différentes après une nuit de sommeil.

## Le partage (ce qu'on en dit au membre)

rejection-kept-private = Gardé privé
rejection-shared = Partagé
rejection-no-support-channel = Cette communauté n'a pas encore de canal de soutien, donc ton refus n'a pas été partagé. La modération peut en définir un avec `/mod setup support_channel:#channel`.
rejection-not-posted = Rien n'a été publié à propos de ce refus.
rejection-shared-anonymous = Publication anonyme dans { $channel }, message n° { $number }. Personne ne peut savoir que c'est toi.
rejection-shared-public = Publication dans { $channel }, message n° { $number }, pour que les autres puissent t'encourager.

## Le message dans le canal de soutien (dans la langue de la communauté)

rejection-post-title-anonymous = Un membre a partagé un refus
rejection-post-title = { $name } a partagé un refus
# Jusqu'où le membre est allé ; complète « vient de recevoir un non … » ci-dessous.
rejection-stage = { $stage ->
        [applied] à une candidature
        [screen] après un premier appel
        [interview] après un entretien
       *[final] après le dernier tour
    }
rejection-post-anonymous = Quelqu'un de notre communauté vient de recevoir un non.
rejection-post-anonymous-stage = Quelqu'un de notre communauté vient de recevoir un non { $stage }.
rejection-post-public = @{ $name } vient de recevoir un non.
rejection-post-public-stage = @{ $name } vient de recevoir un non { $stage }.
rejection-post-public-from = @{ $name } vient de recevoir un non de la part de { $company }.
rejection-post-public-from-stage = @{ $name } vient de recevoir un non de la part de { $company } { $stage }.
# Ce que le membre en a écrit, cité.
rejection-post-note = « { $note } »
rejection-post-invite = Si tu as déjà vécu ça, quelques mots bienveillants font beaucoup.

## Les questions de bilan du lendemain (un message privé)

rejection-prompt-title = Quelques questions, quand tu le sentiras
rejection-prompt-interview = Comment ça va aujourd'hui ? Quand tu t'en sentiras capable, un petit bilan transforme une journée difficile en quelque chose d'utile. Cinq minutes suffisent :
rejection-prompt-interview-about = Comment ça va aujourd'hui ? Quand tu t'en sentiras capable, un petit bilan de ton entretien chez { $company } transforme une journée difficile en quelque chose d'utile. Cinq minutes suffisent :
rejection-prompt-interview-questions =
    • Qu'est-ce qui s'est bien passé ?
    • Que ferais-tu différemment la prochaine fois ?
    • Comment évalues-tu ta clarté et ton assurance (1-5) ? Et ton langage corporel (1-5) ?
    • As-tu envoyé un message de remerciement ?
    • Y avait-il une compétence à renforcer ?
rejection-prompt-application = Comment ça va aujourd'hui ? Quand tu t'en sentiras capable, un petit retour sur ta candidature rendra la suivante plus solide. Cinq minutes suffisent :
rejection-prompt-application-to = Comment ça va aujourd'hui ? Quand tu t'en sentiras capable, un petit retour sur ta candidature chez { $company } rendra la suivante plus solide. Cinq minutes suffisent :
rejection-prompt-application-questions =
    • Qu'est-ce que ta candidature faisait bien ?
    • À quel point ton CV et ta lettre de motivation correspondaient-ils à ce que demandait l'offre ?
    • Que changerais-tu la prochaine fois : le CV, la lettre de motivation ou le type de postes visés ?
    • Y avait-il une exigence que tu ne pouvais pas encore démontrer — une compétence à travailler ?
rejection-prompt-answer = Réponds avec `{ $command } went_well:... do_differently:... skill_gap:...` — une compétence à renforcer devient un objectif d'apprentissage.
