# /settings (bot/features/settings)

settings-title = Tes réglages
settings-field-timezone = Fuseau horaire
settings-field-streak-days = Jours de série
settings-field-reminders = Rappels
settings-field-leaderboard = Classement
settings-field-cheers-via = Encouragements par
settings-field-quiet-hours = Heures calmes
settings-field-language = Langue
settings-zone-source = { $source ->
    [yours] { $zone } (le tien)
    [community] { $zone } (celui de la communauté)
   *[default] { $zone } (par défaut)
}
settings-days-weekdays = jours de semaine
settings-days-all = tous les jours
settings-on = activé
settings-off = désactivé
settings-via-dm = message privé
settings-via-channel = canal de soutien
settings-via-channel-unset = canal de soutien (aucun défini pour l'instant, donc par message privé en attendant)
settings-language-auto = { $language } (automatique)
settings-changed-days-weekdays = jours de série → jours de semaine (les week-ends ne comptent pas et ne cassent rien)
settings-changed-days-all = jours de série → tous les jours
settings-changed-reminders = rappels → { $choice }
settings-changed-leaderboard = classement → { $choice }
settings-changed-cheers-via = encouragements par → { $via }
settings-changed-quiet-hours = heures calmes → { $window }
settings-changed-zone-community = fuseau horaire → celui de la communauté ({ $zone }) — ta série ne risque rien avec ce changement
settings-changed-zone = fuseau horaire → { $zone } (ta série ne risque rien avec ce changement)
settings-changed-language = langue → { $language }
settings-changed-language-auto = langue → automatique ({ $language } pour l'instant)
settings-no-support-channel = Cette communauté n'a pas encore de canal de soutien, donc tes encouragements arrivent par message privé jusqu'à ce que la modération en choisisse un.
settings-updated = Mis à jour : { $changes }.
settings-unchanged = Rien n'a changé — c'étaient déjà tes réglages.
settings-how = Modifie-les avec `/settings name:value`, par exemple `/settings timezone:Europe/Berlin`.
settings-bad-language = `{ $value }` n'est pas une langue que Rebound parle.
settings-bad-language-hint = Choisis parmi { $languages }, ou `auto` pour suivre la langue de { $platform }.
