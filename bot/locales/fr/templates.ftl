# Modèles d'e-mails : /template, /mod template-add, /mod template-remove et le message privé
# de relance (bot/features/templates). Les modèles intégrés sont sous les commandes : leurs
# noms sont des identifiants et restent les mêmes dans toutes les langues ; on traduit
# `.about`, `.subject` et `.body` en gardant chaque { $placeholder } (Rebound les remplit).

template-subject-line = Objet : { $subject }
template-own-about = ajouté par la modération
template-untitled = modèle de la communauté
template-unknown = Il n'y a pas de modèle nommé `{ $name }`.
template-unknown-hint = Modèles disponibles ici : { $names }.
template-which = Quel modèle ? Indique `name`, par exemple `/template name:feedback-request company:Acme`.
template-which-hint = `/template` seul les affiche tous.
template-before-you-send = Avant d'envoyer
template-fill-in = Complète { $gaps }.
template-reminder = Rappel
template-reminder-text = Je t'écrirai en message privé le { $day } pour savoir si tu as eu une réponse.
template-ready-title = { $name } — prêt à copier
template-list-line = { $name } — { $about }
template-list-builtin = Intégrés
template-list-own = De ta modération
template-list-how = Génères-en un avec `/template name:feedback-request company:Acme contact:Sam role:Analyst`. Ce que tu laisses de côté reste visible sous la forme [company] pour que tu le complètes.
template-list-title = Modèles d'e-mails
template-follow-up-title = C'est le moment de relancer ?
template-follow-up-sent = { $days ->
        [1] Hier
        [7] Il y a une semaine
       *[other] Il y a { $days } jours
    }, tu as envoyé l'e-mail « { $template } ».
template-follow-up-sent-to = { $days ->
        [1] Hier
        [7] Il y a une semaine
       *[other] Il y a { $days } jours
    }, tu as envoyé l'e-mail « { $template } » à { $company }.
template-follow-up-nudge = Si tu n'as pas eu de réponse, une petite relance aimable est tout à fait normale : réponds à ton propre e-mail avec quelque chose comme « Je me permets de revenir vers vous au sujet de mon message ci-dessous — votre retour me serait très précieux. » Et si tu as eu une réponse, bravo d'avoir osé demander. Dans les deux cas, ça compte : `/log activity:followed_up`.

## /mod template-add et /mod template-remove

template-bad-name = `{ $name }` n'est pas un nom de modèle que je peux utiliser.
template-bad-name-hint = Utilise des lettres minuscules, des chiffres et des tirets, comme `referral-thanks`.
template-too-long = Le modèle fait { $length } caractères ; la limite est de { $limit }.
template-too-long-hint = Raccourcis-le et réessaie.
template-unknown-placeholders = { $count ->
        [one] Variable inconnue
       *[other] Variables inconnues
    } : { $names }.
template-unknown-placeholders-hint = Les modèles peuvent utiliser { $placeholders }.
template-builtin-kept = `{ $name }` est un modèle intégré, il ne peut donc pas être remplacé.
template-builtin-kept-hint = Choisis un autre nom, comme `{ $name }-ours`.
template-changed = Le modèle `{ $name }` vient d'être modifié.
template-changed-hint = Réessaie, s'il te plaît.
template-exists = Un modèle nommé `{ $name }` existe déjà, je l'ai donc laissé tel quel.
template-exists-hint = Pour le remplacer, ajoute `replace:yes` : `/mod template-add name:{ $name } body:... replace:yes`. `/template name:{ $name }` affiche la version actuelle.
template-added-title = Modèle { $name } ajouté
template-replaced-title = Modèle { $name } remplacé
template-use-it = Les membres l'utilisent avec
template-use-it-how = /template name:{ $name } company:... contact:... role:...
template-builtin-stays = `{ $name }` est un modèle intégré et ne peut pas être retiré.
template-builtin-stays-hint = Seuls les modèles ajoutés avec `/mod template-add` peuvent être retirés.
template-none-here = Cette communauté n'a pas de modèle nommé `{ $name }`.
template-none-here-hint = `/template` les affiche.
template-removed = Le modèle { $name } a été retiré.
template-removed-title = Modèle retiré

## Les modèles intégrés

template-builtin-feedback-request =
    .about = demander quoi améliorer, en accueillant les retours positifs comme critiques
    .subject = Merci — et une demande de retour sur le poste de { $role }
    .body =
        Bonjour { $contact },

        Merci de m'avoir fait part de votre décision concernant le poste de { $role }, et du temps que vous et l'équipe m'avez consacré. J'ai eu plaisir à découvrir { $company }, et je respecte votre décision.

        Je cherche à progresser, et tout retour sur ma candidature ou mes entretiens me serait précieux : ce qui a bien fonctionné, et les points sur lesquels je pourrais être plus solide. Positif ou critique, même quelques lignes m'aideraient beaucoup.

        J'aimerais beaucoup rester en contact, et que ma candidature puisse être prise en compte pour de futurs postes chez { $company }.

        Bien cordialement,
        { $my_name }

template-builtin-application-feedback-request =
    .about = après un refus sur CV, demander ce qui rendrait ta candidature plus forte
    .subject = Retour sur ma candidature — { $role } chez { $company }
    .body =
        Bonjour { $contact },

        Merci pour votre réponse concernant ma candidature au poste de { $role } chez { $company }, et d'avoir pris le temps de l'examiner. Je respecte votre décision.

        Je m'efforce de renforcer mes candidatures, et un bref retour me serait très utile : y a-t-il quelque chose dans mon CV ou ma lettre de motivation qui l'a desservie, ou une exigence que je ne remplissais pas encore selon vous ? Même une ligne ou deux m'aiderait beaucoup.

        { $company } m'intéresse toujours, et j'aimerais beaucoup que ma candidature puisse être prise en compte pour de futurs postes correspondant à mon profil.

        Bien cordialement,
        { $my_name }

template-builtin-feedback-follow-up =
    .about = quand le retour était général, demander un ou deux points précis
    .subject = Suite à votre retour — { $role } chez { $company }
    .body =
        Bonjour { $contact },

        Merci encore pour votre réponse concernant le poste de { $role }. J'apprécie vraiment que vous ayez pris ce temps.

        Si vous pouviez m'en dire un peu plus, cela m'aiderait beaucoup : y avait-il une compétence ou une expérience en particulier qui manquait à l'équipe, ou un moment de l'entretien où j'aurais pu donner une réponse plus convaincante ? Même un seul point précis me donnerait quelque chose de concret à travailler.

        Je comprendrai tout à fait si ce n'est pas possible, et je vous remercie dans tous les cas.

        Bien cordialement,
        { $my_name }

template-builtin-thank-you-after-rejection =
    .about = accepter avec élégance et garder la porte ouverte
    .subject = Merci — { $role } chez { $company }
    .body =
        Bonjour { $contact },

        Merci pour votre message, et d'avoir envisagé ma candidature pour le poste de { $role }. Même si c'est une déception, j'ai eu beaucoup de plaisir à rencontrer l'équipe et à découvrir le travail mené chez { $company }.

        { $company } m'intéresse toujours beaucoup, et j'aimerais beaucoup que vous pensiez à moi pour de futures opportunités. Je vous souhaite, à vous et à l'équipe, une très bonne continuation.

        Cordialement,
        { $my_name }

template-builtin-stay-in-touch =
    .about = demander qu'on pense à toi pour de futurs postes
    .subject = Rester en contact pour de futurs postes chez { $company }
    .body =
        Bonjour { $contact },

        J'espère que vous allez bien. Nous avions échangé il y a quelque temps au sujet du poste de { $role }, et je tenais à vous dire que mon intérêt pour { $company } reste intact.

        Si un poste correspondant à mon profil se libère, j'aimerais beaucoup que ma candidature soit prise en compte, et je vous enverrai volontiers un CV à jour dès que ce sera utile. Merci de penser à moi.

        Bien à vous,
        { $my_name }

template-builtin-post-interview-thank-you =
    .about = un court remerciement dans la journée qui suit l'entretien
    .subject = Merci pour notre échange d'aujourd'hui — { $role }
    .body =
        Bonjour { $contact },

        Merci d'avoir pris le temps d'échanger avec moi au sujet du poste de { $role }. J'ai beaucoup apprécié notre conversation et le fait d'en apprendre davantage sur le travail de l'équipe chez { $company }.

        Cet échange a renforcé mon enthousiasme pour le poste, et j'ai la conviction que mon expérience serait utile à l'équipe. Si je peux vous transmettre quoi que ce soit d'autre pour vous aider dans votre décision, n'hésitez pas à me le dire.

        Au plaisir d'avoir de vos nouvelles.

        Bien cordialement,
        { $my_name }

template-builtin-network-reach-out =
    .about = demander conseil ou des pistes à un contact
    .subject = Vos conseils sur les postes de { $role } chez { $company } ?
    .body =
        Bonjour { $contact },

        J'espère que vous allez bien. Je suis à la recherche de mon prochain poste de { $role }, et j'admire le travail que mène { $company }.

        Seriez-vous disponible pour un échange de 20 minutes dans les deux prochaines semaines ? Vos conseils sur le secteur et sur ce qui fait sortir un candidat du lot me seraient précieux, et si vous connaissez des postes ouverts ou des personnes à qui je devrais parler, une mise en relation compterait beaucoup pour moi.

        Aucun souci si le moment est mal choisi. Merci d'y penser.

        Bien cordialement,
        { $my_name }

# A moderator's template is shown as written, in its own language.
template-language = Langue
template-written-in = Rédigé en { $language } : il s'affiche tel qu'il a été écrit, quelle que soit ta langue.
