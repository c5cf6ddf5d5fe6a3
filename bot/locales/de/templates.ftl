# E-Mail-Vorlagen: /template, /mod template-add, /mod template-remove und die Nachfass-
# Direktnachricht (bot/features/templates). Die eingebauten Vorlagen stehen unter den
# Befehlen: Ihre Namen sind Kennungen und bleiben in jeder Sprache gleich; übersetzt werden
# `.about`, `.subject` und `.body`, jeder { $placeholder } bleibt (Rebound füllt ihn später aus).

template-subject-line = Betreff: { $subject }
template-own-about = von der Moderation hinzugefügt
template-untitled = Community-Vorlage
template-unknown = Es gibt keine Vorlage namens `{ $name }`.
template-unknown-hint = Vorlagen hier: { $names }.
template-which = Welche Vorlage? Gib `name` an, etwa `/template name:feedback-request company:Acme`.
template-which-hint = `/template` allein listet sie auf.
template-before-you-send = Vor dem Senden
template-fill-in = Ergänze { $gaps }.
template-reminder = Erinnerung
template-reminder-text = Ich melde mich am { $day } per Direktnachricht und frage, ob du eine Antwort bekommen hast.
template-ready-title = { $name } – fertig zum Kopieren
template-list-line = { $name } – { $about }
template-list-builtin = Eingebaut
template-list-own = Von deiner Moderation
template-list-how = So erzeugst du eine: `/template name:feedback-request company:Acme contact:Sam role:Analyst`. Was du weglässt, bleibt als [company] sichtbar, damit du es selbst ergänzen kannst.
template-list-title = E-Mail-Vorlagen
template-follow-up-title = Zeit zum Nachfassen?
template-follow-up-sent = { $days ->
        [1] Gestern
        [7] Vor einer Woche
       *[other] Vor { $days } Tagen
    } hast du die E-Mail „{ $template }“ geschickt.
template-follow-up-sent-to = { $days ->
        [1] Gestern
        [7] Vor einer Woche
       *[other] Vor { $days } Tagen
    } hast du die E-Mail „{ $template }“ an { $company } geschickt.
template-follow-up-nudge = Wenn noch keine Antwort kam, ist eine kurze, freundliche Erinnerung völlig in Ordnung: Antworte auf deine eigene E-Mail, etwa mit „Ich wollte kurz an meine Nachricht unten anknüpfen – über eine Rückmeldung würde ich mich sehr freuen.“ Und wenn du schon eine Antwort hast: gut gemacht, dass du gefragt hast. So oder so zählt es: `/log activity:followed_up`.

## /mod template-add und /mod template-remove

template-bad-name = `{ $name }` kann ich nicht als Vorlagennamen verwenden.
template-bad-name-hint = Verwende Kleinbuchstaben, Ziffern und Bindestriche, etwa `referral-thanks`.
template-too-long = Die Vorlage ist { $length } Zeichen lang; erlaubt sind { $limit }.
template-too-long-hint = Bitte kürze sie und versuch es noch einmal.
template-unknown-placeholders = { $count ->
        [one] Unbekannter Platzhalter
       *[other] Unbekannte Platzhalter
    } { $names }.
template-unknown-placeholders-hint = Vorlagen dürfen { $placeholders } verwenden.
template-builtin-kept = `{ $name }` ist eine eingebaute Vorlage und kann nicht ersetzt werden.
template-builtin-kept-hint = Wähle einen anderen Namen, etwa `{ $name }-ours`.
template-changed = Die Vorlage `{ $name }` wurde gerade eben geändert.
template-changed-hint = Bitte versuch es noch einmal.
template-exists = Es gibt schon eine Vorlage namens `{ $name }`, deshalb habe ich sie so gelassen.
template-exists-hint = Um sie zu ersetzen, füge `replace:yes` hinzu: `/mod template-add name:{ $name } body:... replace:yes`. `/template name:{ $name }` zeigt die aktuelle.
template-added-title = Vorlage { $name } hinzugefügt
template-replaced-title = Vorlage { $name } ersetzt
template-use-it = Mitglieder verwenden sie mit
template-use-it-how = /template name:{ $name } company:... contact:... role:...
template-builtin-stays = `{ $name }` ist eine eingebaute Vorlage und kann nicht entfernt werden.
template-builtin-stays-hint = Nur Vorlagen, die mit `/mod template-add` hinzugefügt wurden, lassen sich entfernen.
template-none-here = Diese Community hat keine Vorlage namens `{ $name }`.
template-none-here-hint = `/template` listet sie auf.
template-removed = Die Vorlage { $name } wurde entfernt.
template-removed-title = Vorlage entfernt

## Die eingebauten Vorlagen

template-builtin-feedback-request =
    .about = fragen, was du verbessern kannst – lobendes wie kritisches Feedback willkommen
    .subject = Vielen Dank – und eine Bitte um Feedback zur Stelle als { $role }
    .body =
        Guten Tag { $contact },

        vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben. Ich habe gern mehr über { $company } erfahren und respektiere Ihre Entscheidung.

        Ich möchte mich weiterentwickeln und wäre Ihnen für ein kurzes Feedback zu meiner Bewerbung oder den Gesprächen sehr dankbar: was gut war und wo ich noch stärker werden kann. Ob lobend oder kritisch – schon ein paar Zeilen würden mir sehr helfen.

        Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, bei künftigen Stellen bei { $company } berücksichtigt zu werden.

        Mit freundlichen Grüßen
        { $my_name }

template-builtin-application-feedback-request =
    .about = nach einer Absage auf die Bewerbung fragen, was sie stärker gemacht hätte
    .subject = Feedback zu meiner Bewerbung – { $role } bei { $company }
    .body =
        Guten Tag { $contact },

        vielen Dank für Ihre Rückmeldung zu meiner Bewerbung als { $role } bei { $company } und dafür, dass Sie sich die Zeit genommen haben, sie zu prüfen. Ich respektiere Ihre Entscheidung.

        Ich arbeite daran, meine Bewerbungen zu verbessern, und wäre Ihnen für ein kurzes Feedback sehr dankbar: Gab es etwas in meinem Lebenslauf oder Anschreiben, das den Ausschlag gegeben hat, oder eine Anforderung, die ich aus Ihrer Sicht noch nicht erfülle? Schon ein, zwei Sätze würden mir sehr helfen.

        { $company } interessiert mich weiterhin, und ich würde mich freuen, bei künftigen Stellen, die zu meinem Profil passen, berücksichtigt zu werden.

        Mit freundlichen Grüßen
        { $my_name }

template-builtin-feedback-follow-up =
    .about = wenn das Feedback allgemein war, nach ein, zwei konkreten Punkten fragen
    .subject = Rückfrage zu Ihrem Feedback – { $role } bei { $company }
    .body =
        Guten Tag { $contact },

        nochmals vielen Dank für Ihre Rückmeldung zur Stelle als { $role }. Ich weiß es sehr zu schätzen, dass Sie sich die Zeit genommen haben.

        Falls Sie etwas mehr ins Detail gehen könnten, würde mir das sehr helfen: Gab es eine bestimmte Fähigkeit oder Erfahrung, die dem Team gefehlt hat, oder einen Teil des Gesprächs, in dem ich überzeugender hätte antworten können? Schon ein konkreter Punkt gäbe mir etwas, woran ich gezielt arbeiten kann.

        Ich habe Verständnis, falls das nicht möglich ist, und bin Ihnen in jedem Fall dankbar.

        Mit freundlichen Grüßen
        { $my_name }

template-builtin-thank-you-after-rejection =
    .about = die Absage souverän annehmen und die Tür offen halten
    .subject = Vielen Dank – { $role } bei { $company }
    .body =
        Guten Tag { $contact },

        vielen Dank für Ihre Nachricht und dafür, dass Sie mich für die Stelle als { $role } in Betracht gezogen haben. Auch wenn ich enttäuscht bin, habe ich mich sehr gefreut, das Team kennenzulernen und mehr über die Arbeit bei { $company } zu erfahren.

        { $company } interessiert mich weiterhin sehr, und ich würde mich freuen, bei künftigen Stellen berücksichtigt zu werden. Ihnen und dem Team wünsche ich alles Gute.

        Freundliche Grüße
        { $my_name }

template-builtin-stay-in-touch =
    .about = darum bitten, bei künftigen Stellen berücksichtigt zu werden
    .subject = In Kontakt bleiben – künftige Stellen bei { $company }
    .body =
        Guten Tag { $contact },

        ich hoffe, es geht Ihnen gut. Wir hatten vor einiger Zeit über die Stelle als { $role } gesprochen, und ich möchte Sie wissen lassen, dass mein Interesse an { $company } ungebrochen ist.

        Wenn eine Stelle frei wird, die zu meinem Profil passt, würde ich mich freuen, berücksichtigt zu werden; einen aktuellen Lebenslauf schicke ich Ihnen jederzeit gern. Vielen Dank, dass Sie an mich denken.

        Beste Grüße
        { $my_name }

template-builtin-post-interview-thank-you =
    .about = ein kurzes Dankeschön innerhalb eines Tages nach dem Gespräch
    .subject = Vielen Dank für das heutige Gespräch – { $role }
    .body =
        Guten Tag { $contact },

        vielen Dank, dass Sie sich die Zeit genommen haben, mit mir über die Stelle als { $role } zu sprechen. Ich habe unser Gespräch sehr genossen und mich gefreut, mehr über die Arbeit des Teams bei { $company } zu erfahren.

        Das Gespräch hat meine Begeisterung für die Position noch verstärkt, und ich bin überzeugt, dass meine Erfahrung dem Team weiterhelfen würde. Wenn ich Ihnen noch etwas für Ihre Entscheidung zukommen lassen kann, sagen Sie mir gern Bescheid.

        Ich freue mich darauf, von Ihnen zu hören.

        Mit freundlichen Grüßen
        { $my_name }

template-builtin-network-reach-out =
    .about = einen Kontakt um Rat oder Hinweise bitten
    .subject = Ihr Rat zu Stellen als { $role } bei { $company }?
    .body =
        Hallo { $contact },

        ich hoffe, es geht Ihnen gut. Ich suche gerade meine nächste Stelle als { $role } und finde die Arbeit von { $company } sehr beeindruckend.

        Hätten Sie in den nächsten zwei Wochen Zeit für ein 20-minütiges Gespräch? Ihr Rat zur Branche und dazu, was eine Bewerbung herausstechen lässt, wäre mir viel wert – und falls Sie von offenen Stellen oder Menschen wissen, mit denen ich sprechen sollte, wäre ich für einen Kontakt oder eine Empfehlung sehr dankbar.

        Wenn es gerade nicht passt, ist das überhaupt kein Problem. Vielen Dank, dass Sie darüber nachdenken.

        Viele Grüße
        { $my_name }

# A moderator's template is shown as written, in its own language.
template-language = Sprache
template-written-in = Geschrieben auf { $language }: Sie steht so da, wie sie geschrieben wurde, egal welche Sprache du nutzt.
