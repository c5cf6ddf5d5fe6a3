# La ligne de commande et les vérifications que passe chaque valeur d'option : la grammaire
# texte de la console et du `/rebound` de Slack (bot/core/grammar.py) et la validation commune
# à tous les adaptateurs (bot/core/declarations.py, bot/core/intake.py). Les noms de commandes,
# les noms d'options, les valeurs de choix et les lignes d'utilisation (`/log activity:applied|...`)
# restent tels que les membres les tapent.

## Lire une ligne de commande

grammar-unclosed-quote = Il manque le `{ $mark }` fermant d'une valeur entre guillemets.
grammar-unclosed-quote-hint = Ferme les guillemets, comme note:"Backend role at Acme" (écris \" pour un guillemet à l'intérieur).
grammar-type-a-command = Tape une commande, comme /help.
# $names : les sous-commandes du groupe, comme `setup, mute, unmute`.
grammar-needs-subcommand = `/{ $group }` a besoin d'une sous-commande : { $names }.
grammar-needs-subcommand-hint = Essaie `/help command:{ $group }`.
grammar-no-command = Il n'y a pas de commande `/{ $command }`.
# $names : des commandes comme `/log, /logs`.
grammar-suggest-commands = Tu voulais dire { $names } ? `/help` liste toutes les commandes.
grammar-help-lists-all = `/help` liste toutes les commandes.
grammar-no-subcommand = `/{ $group }` n'a pas de sous-commande `{ $word }`.
grammar-no-subcommand-hint = Ses sous-commandes sont { $names } ; `/help command:{ $group }` les détaille.
grammar-no-subcommand-hint-close = Tu voulais dire `/{ $group } { $close }` ? Ses sous-commandes sont { $names } ; `/help command:{ $group }` les détaille.
grammar-given-twice = L'option `{ $option }` apparaît deux fois.
# $usage : une ligne d'utilisation, comme `/log activity:applied|... [note:text]`.
grammar-usage = Utilisation : { $usage }
grammar-not-understood = Je n'ai pas compris `{ $word }` dans `/{ $command }`.
grammar-write-options = Écris les options sous la forme nom:valeur. Utilisation : { $usage }
# $usages : les lignes d'utilisation des sous-commandes, jointes avec grammar-or.
grammar-group-usages = Tu voulais dire { $usages } ? Sans sous-commande : `{ $usage }`.
# Deux possibilités ; trois donnent `a ou b ou c`.
grammar-or = { $first } ou { $second }
grammar-not-a-member = `{ $item }` dans `{ $option }` n'est pas un membre.
grammar-not-a-member-hint = Mentionne chaque membre avec @, comme @ana,@bo.

## Des options qu'une commande n'a pas

grammar-takes-no-options = `/{ $command }` n'a pas d'option `{ $option }` ; elle ne prend aucune option.
grammar-no-option = `/{ $command }` n'a pas d'option `{ $option }`.
grammar-no-option-close = `/{ $command }` n'a pas d'option `{ $option }`. Tu voulais dire `{ $close }` ?
# $typed : le mot tel que tapé, comme `compnay:Acme` ; $rest : l'option qui prend du texte libre.
grammar-quote-the-text = Si `{ $typed }` fait partie de ton texte, mets le texte entre guillemets, comme { $rest }:"… { $typed }". Utilisation : { $usage }

## Des valeurs qui ne conviennent pas à leur option
## Un message `-given` reprend la valeur refusée ($value : un nombre, ou du texte entre backticks).

grammar-unsaveable = L'option `{ $option }` de `/{ $command }` contient un caractère impossible à enregistrer (un caractère NUL ou une moitié d'emoji).
grammar-unsaveable-hint = Retape le texte sans ce caractère.
# $help : à quoi sert l'option, telle que sa commande la déclare.
grammar-required = `/{ $command }` a besoin de `{ $option }` ({ $help }).
grammar-too-long = L'option `{ $option }` de `/{ $command }` fait { $length } caractères ; la limite est de { $limit }.
grammar-too-long-hint = Raccourcis le texte et réessaie.
grammar-yes-or-no = L'option `{ $option }` de `/{ $command }` doit valoir `yes` ou `no`.
grammar-yes-or-no-given = L'option `{ $option }` de `/{ $command }` doit valoir `yes` ou `no`, pas { $value }.
# $choices : les valeurs possibles, comme `applied, interviewed, offer`.
grammar-one-of = L'option `{ $option }` de `/{ $command }` doit valoir l'une de ces valeurs : { $choices }.
grammar-one-of-given = L'option `{ $option }` de `/{ $command }` doit valoir l'une de ces valeurs : { $choices } (pas { $value }).
grammar-must-be-member = L'option `{ $option }` de `/{ $command }` doit être un membre, comme @nom.
grammar-must-be-channel = L'option `{ $option }` de `/{ $command }` doit être un canal, comme #nom.
grammar-must-be-members = L'option `{ $option }` de `/{ $command }` doit contenir des membres, comme @ana,@bo.
grammar-whole-number = L'option `{ $option }` de `/{ $command }` doit être un nombre entier.
grammar-whole-number-given = L'option `{ $option }` de `/{ $command }` doit être un nombre entier, pas { $value }.
grammar-between = L'option `{ $option }` de `/{ $command }` doit être comprise entre { $low } et { $high }.
grammar-between-given = L'option `{ $option }` de `/{ $command }` doit être comprise entre { $low } et { $high }, pas { $value }.
grammar-at-least = L'option `{ $option }` de `/{ $command }` doit valoir au moins { $low }.
grammar-at-least-given = L'option `{ $option }` de `/{ $command }` doit valoir au moins { $low }, pas { $value }.
grammar-at-most = L'option `{ $option }` de `/{ $command }` doit valoir au plus { $high }.
grammar-at-most-given = L'option `{ $option }` de `/{ $command }` doit valoir au plus { $high }, pas { $value }.
grammar-not-a-time = `{ $text }` n'est pas une heure ; utilise le format 24 h HH:MM, comme 09:00.
