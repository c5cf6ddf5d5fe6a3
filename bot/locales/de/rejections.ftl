# /rejection: der private Erholungsplan, der geteilte Beitrag im Support-Kanal und die
# Reflexionsfragen am nächsten Tag (bot/features/rejections). Optionsnamen, Phasenwerte und
# Befehle in Backticks bleiben in jeder Sprache englisch: Mitglieder tippen sie.

## Der Erholungsplan (eine private Antwort)

rejection-plan-title = Dein Plan nach der Absage
rejection-sorry = Es tut mir leid, das zu hören. Es ist okay, dass das wehtut.
rejection-sorry-from = Es tut mir leid, was du von { $company } gehört hast. Es ist okay, dass das wehtut.
rejection-reframe = Einstellungsentscheidungen hängen oft an Dingen, die du weder siehst noch beeinflussen kannst: eine interne Kandidatin, ein geändertes Budget, ein Team, das eine ganz bestimmte Fähigkeit gebraucht hat. Ein Nein gilt einer Stelle, nicht dir als Mensch.
rejection-showing-up = Dranbleiben zählt
rejection-step-process = 1. Nimm dir Zeit, das zu verarbeiten
rejection-step-feedback = 2. Bitte um Feedback – zum Kopieren bereit
rejection-step-strengths = 3. Denk an deine Stärken
rejection-step-reflect = 4. Morgen zurückblicken
rejection-no-strengths = Deine Liste ist noch leer – füg heute eine hinzu: `/strengths add text:...`. Wofür würde dir eine frühere Kollegin oder ein früherer Kollege danken?
rejection-reflect-tomorrow = Morgen um { $time } schicke ich dir per Direktnachricht ein paar Fragen zum Nachdenken. Wenn du so weit bist: `{ $command }`.

# Ein Selbstfürsorge-Vorschlag pro Absage, der Reihe nach (der erste bei der ersten Absage
# eines Mitglieds usw.); es bleiben sieben.
rejection-self-care-1 = Lass die Jobsuche für den Rest des Tages ruhen. Ein 20-minütiger Spaziergang draußen hilft, dass sich die Enttäuschung setzt.
rejection-self-care-2 = Erzähl einem Menschen, dem du vertraust, wie es dir geht – Freunden, Familie oder jemandem hier. Es laut auszusprechen macht es leichter.
rejection-self-care-3 = Mach heute etwas, das nichts mit Arbeit zu tun hat: Koch etwas, das du liebst, mach Musik, ruf jemanden an, der dich zum Lachen bringt.
rejection-self-care-4 = Schreib drei Dinge auf, die du in diesem Prozess gut gemacht hast. Du bist nicht ohne Grund so weit gekommen.
rejection-self-care-5 = Nimm dir einen richtigen freien Abend: keine Jobbörsen, kein Postfach. Die Suche ist morgen noch da – und du auch.
rejection-self-care-6 = Beweg dich 15 Minuten – dehnen, tanzen, Treppe statt Aufzug. Das hilft dem Körper, den Stress loszulassen.
rejection-self-care-7 = Iss etwas Gutes, trink Wasser und geh früh schlafen. Nach einer Nacht Schlaf sieht vieles anders aus.

## Teilen (was das Mitglied darüber erfährt)

rejection-kept-private = Privat gehalten
rejection-shared = Geteilt
rejection-no-support-channel = Diese Community hat noch keinen Support-Kanal, deshalb wurde deine Absage nicht geteilt. Die Moderation kann einen festlegen mit `/mod setup support_channel:#channel`.
rejection-not-posted = Von dieser Absage wurde nichts gepostet.
rejection-shared-anonymous = Wird anonym in { $channel } gepostet, als Beitrag { $number }. Niemand kann sehen, dass er von dir ist.
rejection-shared-public = Wird in { $channel } gepostet, als Beitrag { $number }, damit andere dir Mut machen können.

## Der Beitrag im Support-Kanal (in der Sprache der Community)

rejection-post-title-anonymous = Ein Mitglied hat eine Absage geteilt
rejection-post-title = { $name } hat eine Absage geteilt
# Wie weit das Mitglied gekommen ist; ergänzt „hat … eine Absage bekommen“ unten.
rejection-stage = { $stage ->
        [applied] auf eine Bewerbung
        [screen] nach einem ersten Telefonat
        [interview] nach einem Vorstellungsgespräch
       *[final] nach der letzten Runde
    }
rejection-post-anonymous = Jemand aus unserer Community hat gerade eine Absage bekommen.
rejection-post-anonymous-stage = Jemand aus unserer Community hat gerade { $stage } eine Absage bekommen.
rejection-post-public = @{ $name } hat gerade eine Absage bekommen.
rejection-post-public-stage = @{ $name } hat gerade { $stage } eine Absage bekommen.
rejection-post-public-from = @{ $name } hat gerade eine Absage von { $company } bekommen.
rejection-post-public-from-stage = @{ $name } hat gerade { $stage } eine Absage von { $company } bekommen.
# Was das Mitglied dazu geschrieben hat, als Zitat.
rejection-post-note = „{ $note }“
rejection-post-invite = Wenn du das selbst kennst: Ein paar freundliche Worte bewirken viel.

## Die Reflexionsfragen am nächsten Tag (eine Direktnachricht)

rejection-prompt-title = Ein paar Fragen, wenn du so weit bist
rejection-prompt-interview = Wie geht es dir heute? Wenn du dich bereit fühlst, macht ein kurzer Rückblick aus einem schweren Tag etwas Nützliches. Fünf Minuten reichen:
rejection-prompt-interview-about = Wie geht es dir heute? Wenn du dich bereit fühlst, macht ein kurzer Rückblick auf { $company } aus einem schweren Tag etwas Nützliches. Fünf Minuten reichen:
rejection-prompt-interview-questions =
    • Was lief gut?
    • Was würdest du beim nächsten Mal anders machen?
    • Wie klar und selbstsicher hast du dich gefühlt (1-5)? Und deine Körpersprache (1-5)?
    • Hast du dich hinterher bedankt?
    • Gab es eine Wissens- oder Fähigkeitslücke, an der du arbeiten könntest?
rejection-prompt-application = Wie geht es dir heute? Wenn du dich bereit fühlst, macht ein kurzer Blick zurück auf deine Bewerbung die nächste stärker. Fünf Minuten reichen:
rejection-prompt-application-to = Wie geht es dir heute? Wenn du dich bereit fühlst, macht ein kurzer Blick zurück auf deine Bewerbung bei { $company } die nächste stärker. Fünf Minuten reichen:
rejection-prompt-application-questions =
    • Was hat deine Bewerbung gut gemacht?
    • Wie genau haben Lebenslauf und Anschreiben zu dem gepasst, was die Stellenanzeige verlangt hat?
    • Was würdest du nächstes Mal ändern: den Lebenslauf, das Anschreiben oder die Art von Stellen, auf die du dich bewirbst?
    • Gab es eine Anforderung, die du noch nicht zeigen konntest – eine Fähigkeit, an der du arbeiten könntest?
rejection-prompt-answer = Antworte mit `{ $command } went_well:... do_differently:... skill_gap:...` – aus einer Fähigkeitslücke wird ein Lernziel.
