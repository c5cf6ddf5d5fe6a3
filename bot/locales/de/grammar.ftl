# Die Befehlszeile und die Prüfungen, die jeder Optionswert durchläuft: die Textgrammatik der
# Konsole und von Slacks `/rebound` (bot/core/grammar.py) und die Validierung, die alle
# Adapter teilen (bot/core/declarations.py, bot/core/intake.py). Befehlsnamen, Optionsnamen,
# Auswahlwerte und die Verwendungszeilen (`/log activity:applied|...`) bleiben so, wie
# Mitglieder sie tippen.

## Eine Befehlszeile lesen

grammar-unclosed-quote = Bei einem Wert in Anführungszeichen fehlt das schließende `{ $mark }`.
grammar-unclosed-quote-hint = Schließ die Anführungszeichen, etwa note:"Backend-Stelle bei Acme" (für ein Anführungszeichen im Text schreib \").
grammar-type-a-command = Gib einen Befehl ein, etwa /help.
# $names: die Unterbefehle der Gruppe, etwa `setup, mute, unmute`.
grammar-needs-subcommand = `/{ $group }` braucht einen Unterbefehl: { $names }.
grammar-needs-subcommand-hint = Probier `/help command:{ $group }`.
grammar-no-command = Es gibt keinen Befehl `/{ $command }`.
# $names: Befehle wie `/log, /logs`.
grammar-suggest-commands = Meintest du { $names }? `/help` listet alle Befehle auf.
grammar-help-lists-all = `/help` listet alle Befehle auf.
grammar-no-subcommand = `/{ $group }` hat keinen Unterbefehl `{ $word }`.
grammar-no-subcommand-hint = Die Unterbefehle sind { $names }; `/help command:{ $group }` erklärt jeden davon.
grammar-no-subcommand-hint-close = Meintest du `/{ $group } { $close }`? Die Unterbefehle sind { $names }; `/help command:{ $group }` erklärt jeden davon.
grammar-given-twice = `{ $option }` ist zweimal angegeben.
# $usage: eine Verwendungszeile, etwa `/log activity:applied|... [note:text]`.
grammar-usage = Verwendung: { $usage }
grammar-not-understood = `{ $word }` in `/{ $command }` habe ich nicht verstanden.
grammar-write-options = Schreib Optionen als name:value. Verwendung: { $usage }
# $usages: die Verwendungszeilen der Unterbefehle, mit grammar-or verbunden.
grammar-group-usages = Meintest du { $usages }? Ohne Unterbefehl: `{ $usage }`.
# Zwei Alternativen; drei ergeben `a oder b oder c`.
grammar-or = { $first } oder { $second }
grammar-not-a-member = `{ $item }` in `{ $option }` ist kein Mitglied.
grammar-not-a-member-hint = Erwähne jedes Mitglied mit @, etwa @ana,@bo.

## Optionen, die ein Befehl nicht hat

grammar-takes-no-options = `/{ $command }` hat keine Option `{ $option }` – der Befehl hat gar keine Optionen.
grammar-no-option = `/{ $command }` hat keine Option `{ $option }`.
grammar-no-option-close = `/{ $command }` hat keine Option `{ $option }`. Meintest du `{ $close }`?
# $typed: das Wort wie getippt, etwa `compnay:Acme`; $rest: die Option, die freien Text nimmt.
grammar-quote-the-text = Wenn `{ $typed }` zu deinem Text gehört, setz den Text in Anführungszeichen, etwa { $rest }:"… { $typed }". Verwendung: { $usage }

## Werte, die nicht zu ihrer Option passen
## Eine `-given`-Nachricht wiederholt den abgelehnten Wert ($value: eine Zahl oder Text in Backticks).

grammar-unsaveable = `{ $option }` bei `/{ $command }` enthält ein Zeichen, das sich nicht speichern lässt (ein NUL-Zeichen oder ein halbes Emoji).
grammar-unsaveable-hint = Bitte gib es ohne dieses Zeichen noch einmal ein.
# $help: wofür die Option da ist, wie ihr Befehl sie beschreibt.
grammar-required = `/{ $command }` braucht `{ $option }` ({ $help }).
grammar-too-long = `{ $option }` bei `/{ $command }` ist { $length } Zeichen lang; erlaubt sind höchstens { $limit }.
grammar-too-long-hint = Bitte kürze den Text und versuch es noch einmal.
grammar-yes-or-no = `{ $option }` bei `/{ $command }` muss `yes` oder `no` sein.
grammar-yes-or-no-given = `{ $option }` bei `/{ $command }` muss `yes` oder `no` sein, nicht { $value }.
# $choices: die Auswahlwerte, etwa `applied, interviewed, offer`.
grammar-one-of = `{ $option }` bei `/{ $command }` muss einer dieser Werte sein: { $choices }.
grammar-one-of-given = `{ $option }` bei `/{ $command }` muss einer dieser Werte sein: { $choices } (nicht { $value }).
grammar-must-be-member = `{ $option }` bei `/{ $command }` muss ein Mitglied sein, etwa @name.
grammar-must-be-channel = `{ $option }` bei `/{ $command }` muss ein Kanal sein, etwa #name.
grammar-must-be-members = `{ $option }` bei `/{ $command }` müssen Mitglieder sein, etwa @ana,@bo.
grammar-whole-number = `{ $option }` bei `/{ $command }` muss eine ganze Zahl sein.
grammar-whole-number-given = `{ $option }` bei `/{ $command }` muss eine ganze Zahl sein, nicht { $value }.
grammar-between = `{ $option }` bei `/{ $command }` muss zwischen { $low } und { $high } liegen.
grammar-between-given = `{ $option }` bei `/{ $command }` muss zwischen { $low } und { $high } liegen, nicht { $value }.
grammar-at-least = `{ $option }` bei `/{ $command }` muss mindestens { $low } sein.
grammar-at-least-given = `{ $option }` bei `/{ $command }` muss mindestens { $low } sein, nicht { $value }.
grammar-at-most = `{ $option }` bei `/{ $command }` darf höchstens { $high } sein.
grammar-at-most-given = `{ $option }` bei `/{ $command }` darf höchstens { $high } sein, nicht { $value }.
grammar-not-a-time = `{ $text }` ist keine Uhrzeit; nutze das 24-Stunden-Format HH:MM, etwa 09:00.
