# /mod setup : les canaux, le fuseau horaire, les ressources d'aide, l'objectif et la modération
# d'une communauté (bot/features/community). Les clés de langue (setup-*language*) sont dans language.ftl.

setup-title = Configuration de la communauté
setup-updated = Mis à jour : { $changes }.
setup-how = Modifie n'importe lequel de ces réglages avec `/mod setup name:value`, par ex. `/mod setup support_channel:#support`.
setup-modlog-private = Veille à ce que { $channel } reste visible uniquement par la modération : les signalements qui y sont publiés indiquent qui a signalé.
setup-moderators-empty = `moderators` doit contenir au moins un membre : ce réglage définit qui, en plus des admins, modère cette communauté. Rien n'a été modifié.
setup-moderators-empty-hint = Mentionne chaque personne avec @, comme `/mod setup moderators:@ana,@bo`. Les admins font partie de la modération sans avoir à être nommés, donc `moderators:@{ $name }` ne laisse que toi et les admins.

# Ce qui a changé, joint par « ; » dans setup-updated. $option est le nom de l'option.
setup-changed-channel = { $option ->
        [checkin_channel] canal de check-in
        [support_channel] canal de soutien
        [wins_channel] canal des victoires
       *[modlog_channel] canal du journal de modération
    } → { $channel }
setup-changed-timezone = fuseau horaire → { $zone }
setup-changed-resources = ressources d'aide mises à jour
setup-changed-resources-default = ressources d'aide → le texte intégré par défaut
setup-changed-goal = objectif hebdo → { $count ->
        [one] { $count } candidature
       *[other] { $count } candidatures
    }
setup-changed-goal-removed = objectif hebdo retiré
setup-changed-role = rôle de modération → { $role }
setup-changed-role-none = rôle de modération → aucun
# $moderators : setup-moderators-none ou une liste comme « @mia (admin), @bo » ; $detail
# joint les phrases setup-moderators-* par « ; ».
setup-changed-moderators = modération → { $moderators } ({ $detail })
setup-moderators-added = ajout de { $names }
setup-moderators-removed = retrait de { $names }
setup-moderators-kept-self = tu restes sur la liste, donc tu gardes l'accès
setup-moderators-kept-admins = les admins font partie de la modération sans avoir à être nommés
setup-moderators-no-change = aucun changement
# Les deux derniers de plusieurs noms : « @a, @b et @c » ($names vaut « @a, @b »).
setup-names-and = { $names } et { $last }
setup-moderator-admin = @{ $name } (admin)
setup-moderators-none = personne

# Un membre ajouté à la modération ou retiré : le canal du journal de modération, puis un message privé à la personne.
setup-echo-moderators-title = Équipe de modération modifiée
setup-echo-moderator-added = @{ $actor } a ajouté @{ $name } à l'équipe de modération.
setup-echo-moderator-removed = @{ $actor } a retiré @{ $name } de l'équipe de modération.
# L'entrée du journal d'audit (le registre de la communauté, dans sa langue) ; $member représente
# le nom actuel du membre : le garder tel quel.
setup-audit-moderator-added = a ajouté { $member } à l'équipe de modération
setup-audit-moderator-removed = a retiré { $member } de l'équipe de modération
# $place : le nom de la communauté, ou setup-this-community.
setup-this-community = cette communauté
setup-dm-moderator-added-title = Tu fais maintenant partie de la modération
setup-dm-moderator-added = @{ $actor } t'a fait entrer dans l'équipe de modération de { $place }. `/help command:mod` montre ce que la modération peut faire : programmer des check-ins, lire les signalements des membres, mettre en sourdine, retirer des publications. Merci de prendre soin de la communauté.
setup-dm-moderator-removed-title = Tu ne fais plus partie de la modération
setup-dm-moderator-removed = @{ $actor } a mis fin à ta participation à l'équipe de modération de { $place }. Ta série, tes entrées et tes réglages restent inchangés. Merci pour tout le soin que tu as apporté à la communauté.

# La configuration actuelle (les champs de la réponse).
setup-field-checkin-channel = Canal de check-in
setup-field-support-channel = Canal de soutien
setup-field-wins-channel = Canal des victoires
setup-field-modlog-channel = Canal du journal de modération
setup-field-timezone = Fuseau horaire
setup-field-goal = Objectif hebdo
setup-field-role = Rôle de modération
setup-field-moderators = Équipe de modération désignée
setup-field-resources = Ressources d'aide
setup-field-problems = Problèmes de publication
setup-not-set = non défini
setup-timezone-default = UTC (par défaut)
setup-goal = { $count ->
        [one] { $count } candidature
       *[other] { $count } candidatures
    }
setup-resources-default = (par défaut) { $resources }
setup-channel-problem = { $channel } — ⚠ { $problem }
setup-posting-problem = impossible de publier dans #{ $channel } : { $problem }
