# La référence des commandes, docs/commands*.md (scripts/gen_commands_doc.py)

docs-title = Référence des commandes
docs-intro =
    Toutes les commandes que Rebound comprend, sur Discord, sur Slack (`/rebound <command> ...`) et
    dans la console. Les options s'écrivent `name:value` ; une valeur avec des espaces se met entre
    guillemets droits (`note:"Backend role at Acme"`). Dans une ligne d'utilisation, `[name:value]`
    est facultatif. Les commandes marquées *réservées à la modération* ne peuvent être utilisées
    que par la modération (`/mod setup moderators:` ou le rôle de modération).
docs-contents = Sommaire
docs-head-option = Option
docs-head-type = Type
docs-head-required = Obligatoire
docs-head-accepts = Valeurs acceptées
docs-head-description = Description
docs-type-string = texte
docs-type-integer = nombre entier
docs-type-boolean = oui/non
docs-type-choice = choix
docs-type-member = membre
docs-type-channel = canal
docs-type-role = rôle
docs-type-members = membres
docs-yes = oui
docs-no = non
docs-one-of = une valeur parmi { $choices }
docs-range = de { $min } à { $max }
docs-at-least = au moins { $min }
docs-at-most = au plus { $max }
docs-any = toute valeur
docs-yes-or-no = `yes` ou `no`
docs-up-to = jusqu'à { $count } caractères
docs-moderators-only = *Réservée à la modération.*
docs-no-options = Aucune option.
docs-examples = Exemples :
docs-other-languages = Aussi disponible en : { $links }
