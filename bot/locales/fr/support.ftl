# La réponse privée de soutien face à un langage de crise (bot/core/support.py). L'adresse
# de la ligne d'écoute et les numéros d'urgence doivent être exacts pour les pays francophones.

support-title = Tu n'as pas à traverser ça en solitaire
support-kept = Si les choses sont vraiment dures en ce moment, tu n'as pas à porter ça sans aide. Ce que tu as écrit parle de suicide ou d'automutilation, alors je l'ai gardé pour moi : ça n'a pas été publié, envoyé à qui que ce soit ni enregistré.
support-stopped-needs = `/{ $command }` a besoin de `{ $option }`, la commande n'a donc pas été exécutée, et rien d'autre n'en a été enregistré. Quand tu le souhaiteras, tu pourras réessayer `/{ $command }` avec d'autres mots.
support-stopped = `/{ $command }` n'a pas été exécutée, et rien d'autre n'en a été enregistré. Quand tu le souhaiteras, tu pourras réessayer `/{ $command }` avec d'autres mots.
support-rejected = `/{ $command }` n'a pas été exécutée pour une autre raison (voir ci-dessous), donc rien n'en a été enregistré.
support-private = Le reste de `/{ $command }` a été exécuté et est resté privé : rien n'en a été partagé.
support-default-resources = Si tu penses à te faire du mal ou à mettre fin à ta vie, s'il te plaît, demande de l'aide maintenant : appelle les urgences (112 dans toute l'Europe, 15 pour le SAMU en France, 911 au Canada) ou parle gratuitement et en toute confidentialité à quelqu'un, 24 h/24 : 3114 (France, prévention du suicide), 0800 32 123 (Belgique), 143 (Suisse, La Main Tendue), 1 866 277-3553 ou 988 (Québec et Canada). Tu trouveras d'autres lignes d'écoute gratuites et confidentielles dans ton pays sur https://findahelpline.com. Tu mérites du soutien, et parler à quelqu'un peut aider.
