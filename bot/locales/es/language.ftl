# El idioma de una comunidad (/mod setup language:, bot/features/community)

setup-field-language = Idioma
setup-changed-language = idioma → { $language }
setup-language-platform = { $language } (el idioma del servidor)
setup-language-default = { $language } (predeterminado)
