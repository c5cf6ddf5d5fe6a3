# A community's language (/mod setup language:, bot/features/community)

setup-field-language = Language
setup-changed-language = language → { $language }
setup-language-platform = { $language } (the server's language)
setup-language-default = { $language } (default)
