# /reflect : le bilan guidé après un entretien (bot/features/reflections). Les noms d'options
# (company, went_well, …), les valeurs comme `followed_up:no` et les commandes entre
# backticks restent en anglais dans toutes les langues : les membres les tapent.

## Un /reflect seul : les questions auxquelles répondre

reflect-title = Fais le bilan de ton entretien
reflect-intro = Prends cinq minutes tant que c'est frais. Réponds à celles que tu veux — aucune n'est obligatoire :
# Une ligne par question ; chacune commence par le nom de l'option qui y répond, tel que les
# membres le tapent.
reflect-question-company = company — de quel entretien s'agit-il ?
reflect-question-went-well = went_well — qu'est-ce qui s'est bien passé ?
reflect-question-do-differently = do_differently — que ferais-tu différemment la prochaine fois ?
reflect-question-clear-confident = clear_confident — à quel point tes réponses étaient-elles claires et assurées (1-5) ?
reflect-question-nonverbal = nonverbal — comment étaient ton langage corporel, ton regard et ton ton (1-5) ?
reflect-question-followed-up = followed_up — as-tu envoyé un remerciement ou une relance (yes/no) ?
reflect-question-skill-gap = skill_gap — y a-t-il une compétence ou un sujet que tu veux renforcer ?
# Les réponses entre guillemets peuvent être traduites ; les noms d'options et les valeurs, non.
reflect-example = Par exemple : `/reflect company:Acme went_well:"Le récit de mon projet" do_differently:"Ralentir" clear_confident:3 followed_up:no`

## Un bilan enregistré

reflect-saved-title = Bilan enregistré
reflect-thanks = Merci d'avoir pris le temps de faire le bilan. C'est en regardant en arrière avec honnêteté que le prochain entretien se passe mieux.
reflect-thanks-on = Merci d'avoir fait le bilan de ton entretien chez { $company }. C'est en regardant en arrière avec honnêteté que le prochain entretien se passe mieux.
reflect-showing-up = Être là, ça compte
reflect-keep-doing = À garder
reflect-next-time = La prochaine fois
# $text : ce que le membre a écrit qu'il ferait différemment.
reflect-next-time-text = { $text } — `/prep` te le rappellera.
reflect-practice-title = L'entraînement aide
# Quelles notes étaient basses (2 ou moins) : clarté et assurance, non-verbal, ou les deux.
reflect-practice = { $scores ->
        [clarity] Ta note de clarté et d'assurance peut vite monter avec une simulation d'entretien : `/buddy join purpose:mock-interview` te trouve quelqu'un avec qui t'entraîner.
        [nonverbal] Ta note de non-verbal peut vite monter avec une simulation d'entretien : `/buddy join purpose:mock-interview` te trouve quelqu'un avec qui t'entraîner.
       *[both] Tes notes de clarté et d'assurance et de non-verbal peuvent vite monter avec une simulation d'entretien : `/buddy join purpose:mock-interview` te trouve quelqu'un avec qui t'entraîner.
    }
reflect-goal-added = Objectif d'apprentissage ajouté
reflect-goal-added-text = { $goal } — `/goal` l'affiche avec tes objectifs de la semaine.
reflect-goal-exists = Déjà un objectif d'apprentissage
reflect-goal-exists-text = { $goal } est déjà sur ta liste — `/goal` l'affiche.
reflect-thank-you-title = Envoie un remerciement — il n'est pas trop tard
reflect-thank-you-again = (`/template name:post-interview-thank-you` l'affiche à nouveau.)
