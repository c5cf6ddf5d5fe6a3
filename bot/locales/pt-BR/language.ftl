# O idioma de uma comunidade (/mod setup language:, bot/features/community)

setup-field-language = Idioma
setup-changed-language = idioma → { $language }
setup-language-platform = { $language } (o idioma do servidor)
setup-language-default = { $language } (padrão)
