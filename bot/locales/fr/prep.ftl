# /prep : la liste de recherche, les points forts et les conseils avant un entretien
# (bot/features/prep).

prep-title = Préparation : { $company }
prep-intro = Tu as déjà su te préparer à des choses difficiles. Voici ton plan pour { $company }.
prep-intro-role = Tu as déjà su te préparer à des choses difficiles. Voici ton plan pour le poste de { $role } chez { $company }.
prep-checklist = Liste de recherche
prep-check-job = ☐ Relis l'offre d'emploi : souligne les trois points sur lesquels elle insiste le plus.
prep-check-job-role = ☐ Relis l'offre pour le poste de { $role } : souligne les trois points sur lesquels elle insiste le plus.
prep-check-culture = ☐ Culture d'entreprise : les valeurs de { $company }, sa page carrières, l'actualité récente et ce qu'en disent ses salariés.
prep-check-duties = ☐ Missions : pour chaque mission principale, une histoire tirée de ton expérience (situation, action, résultat).
prep-check-qualifications = ☐ Compétences requises : associe une preuve à chaque exigence ; pour chaque manque, explique comment tu y remédies.
prep-check-questions = ☐ Deux ou trois questions à toi sur l'équipe, les 90 premiers jours ou la façon dont la réussite est mesurée.
prep-check-logistics = ☐ Logistique : fuseau horaire, lien ou adresse, nom de la personne qui te reçoit, un verre d'eau.
prep-strengths = Tes points forts — dis-les une fois à voix haute
prep-strengths-none = Aucun pour l'instant. Ajoutes-en deux avant l'entretien : `/strengths add text:...`.
prep-do-differently = La dernière fois, tu voulais faire autrement
prep-do-differently-at = La dernière fois, tu voulais faire autrement ({ $company })
prep-went-well = La dernière fois, ça s'est bien passé
prep-went-well-at = La dernière fois, ça s'est bien passé ({ $company })
prep-learning = Ce que tu es en train de renforcer
prep-after = Après l'entretien
prep-after-text = Envoie un message de remerciement dans la journée (`/template name:post-interview-thank-you company:"{ $company }"`) et prends le temps d'en tirer des leçons tant que c'est frais (`/reflect`).
