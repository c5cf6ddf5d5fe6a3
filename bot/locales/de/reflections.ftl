# /reflect: der angeleitete Rückblick nach einem Vorstellungsgespräch (bot/features/reflections).
# Optionsnamen (company, went_well, …), Werte wie `followed_up:no` und Befehle in Backticks
# bleiben in jeder Sprache englisch: Mitglieder tippen sie.

## Ein bloßes /reflect: die Fragen zum Beantworten

reflect-title = Blick zurück auf dein Vorstellungsgespräch
reflect-intro = Nimm dir fünf Minuten, solange es noch frisch ist. Beantworte, was du magst – nichts davon ist Pflicht:
# Eine Zeile pro Frage; jede beginnt mit dem Optionsnamen, der sie beantwortet, so wie
# Mitglieder ihn tippen.
reflect-question-company = company – um welches Vorstellungsgespräch geht es?
reflect-question-went-well = went_well – was lief gut?
reflect-question-do-differently = do_differently – was würdest du beim nächsten Mal anders machen?
reflect-question-clear-confident = clear_confident – wie klar und selbstsicher waren deine Antworten (1-5)?
reflect-question-nonverbal = nonverbal – wie waren Körpersprache, Blickkontakt und Tonfall (1-5)?
reflect-question-followed-up = followed_up – hast du dich bedankt oder nachgefasst (yes/no)?
reflect-question-skill-gap = skill_gap – gab es eine Fähigkeit oder ein Thema, das du stärken möchtest?
# Die zitierten Antworten dürfen übersetzt werden, Optionsnamen und Werte nicht.
reflect-example = Zum Beispiel: `/reflect company:Acme went_well:"Meine Projektgeschichte" do_differently:"Langsamer sprechen" clear_confident:3 followed_up:no`

## Ein gespeicherter Rückblick

reflect-saved-title = Rückblick gespeichert
reflect-thanks = Danke, dass du zurückgeblickt hast. Ehrlich hinzuschauen ist genau das, was das nächste Vorstellungsgespräch besser macht.
reflect-thanks-on = Danke, dass du auf { $company } zurückgeblickt hast. Ehrlich hinzuschauen ist genau das, was das nächste Vorstellungsgespräch besser macht.
reflect-showing-up = Dranbleiben zählt
reflect-keep-doing = Weiter so
reflect-next-time = Nächstes Mal
# $text: was das Mitglied nächstes Mal anders machen will.
reflect-next-time-text = { $text } – `/prep` erinnert dich daran.
reflect-practice-title = Übung hilft
# Welche Werte niedrig waren (2 oder weniger): Klarheit und Selbstsicherheit, Nonverbales oder beides.
reflect-practice = { $scores ->
        [clarity] Dein Wert für Klarheit und Selbstsicherheit kann mit einem Probe-Vorstellungsgespräch schnell steigen: `/buddy join purpose:mock-interview` findet jemanden zum Üben für dich.
        [nonverbal] Dein Wert fürs Nonverbale kann mit einem Probe-Vorstellungsgespräch schnell steigen: `/buddy join purpose:mock-interview` findet jemanden zum Üben für dich.
       *[both] Deine Werte für Klarheit und Selbstsicherheit und fürs Nonverbale können mit einem Probe-Vorstellungsgespräch schnell steigen: `/buddy join purpose:mock-interview` findet jemanden zum Üben für dich.
    }
reflect-goal-added = Lernziel hinzugefügt
reflect-goal-added-text = { $goal } – `/goal` zeigt es zusammen mit deinen Wochenzielen.
reflect-goal-exists = Schon ein Lernziel
reflect-goal-exists-text = { $goal } steht schon auf deiner Liste – `/goal` zeigt es.
reflect-thank-you-title = Schick ein Dankeschön – es ist noch nicht zu spät
reflect-thank-you-again = (`/template name:post-interview-thank-you` zeigt die Vorlage noch einmal.)
