# La langue d'une communauté (/mod setup language:, bot/features/community)

setup-field-language = Langue
setup-changed-language = langue → { $language }
setup-language-platform = { $language } (la langue du serveur)
setup-language-default = { $language } (par défaut)
