# Die Sprache einer Community (/mod setup language:, bot/features/community)

setup-field-language = Sprache
setup-changed-language = Sprache → { $language }
setup-language-platform = { $language } (Sprache des Servers)
setup-language-default = { $language } (Standard)
