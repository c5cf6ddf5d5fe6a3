# Die Befehlsreferenz, docs/commands*.md (scripts/gen_commands_doc.py)

docs-title = Befehlsreferenz
docs-intro =
    Alle Befehle, die Rebound versteht – auf Discord, auf Slack (`/rebound <command> ...`) und in
    der Konsole. Optionen werden als `name:value` geschrieben; ein Wert mit Leerzeichen steht in
    doppelten Anführungszeichen (`note:"Backend role at Acme"`). In einer Syntaxzeile ist
    `[name:value]` optional. Befehle mit dem Vermerk *nur für die Moderation* brauchen eine
    Moderatorin oder einen Moderator (`/mod setup moderators:` oder die Moderationsrolle).
docs-contents = Inhalt
docs-head-option = Option
docs-head-type = Typ
docs-head-required = Pflicht
docs-head-accepts = Erlaubte Werte
docs-head-description = Beschreibung
docs-type-string = Text
docs-type-integer = ganze Zahl
docs-type-boolean = ja/nein
docs-type-choice = Auswahl
docs-type-member = Mitglied
docs-type-channel = Kanal
docs-type-role = Rolle
docs-type-members = Mitglieder
docs-yes = ja
docs-no = nein
docs-one-of = eines von { $choices }
docs-range = { $min } bis { $max }
docs-at-least = mindestens { $min }
docs-at-most = höchstens { $max }
docs-any = beliebig
docs-yes-or-no = `yes` oder `no`
docs-up-to = bis zu { $count } Zeichen
docs-moderators-only = *Nur für die Moderation.*
docs-no-options = Keine Optionen.
docs-examples = Beispiele:
docs-other-languages = Auch in anderen Sprachen: { $links }
