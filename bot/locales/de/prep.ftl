# /prep: Recherche-Checkliste, Stärken und Hinweise vor einem Vorstellungsgespräch
# (bot/features/prep).

prep-title = Vorbereitung: { $company }
prep-intro = Du hast dich schon auf schwierige Dinge vorbereitet. Hier ist dein Plan für { $company }.
prep-intro-role = Du hast dich schon auf schwierige Dinge vorbereitet. Hier ist dein Plan für die Stelle als { $role } bei { $company }.
prep-checklist = Recherche-Checkliste
prep-check-job = ☐ Lies die Stellenanzeige noch einmal: Unterstreiche die drei Punkte, die am stärksten betont werden.
prep-check-job-role = ☐ Lies die Stellenanzeige für { $role } noch einmal: Unterstreiche die drei Punkte, die am stärksten betont werden.
prep-check-culture = ☐ Unternehmenskultur: die Werte von { $company }, Karriereseite, aktuelle Nachrichten und wie Mitarbeitende das Unternehmen beschreiben.
prep-check-duties = ☐ Aufgaben: Zu jeder Hauptaufgabe eine Geschichte aus deiner Erfahrung (Situation, Handlung, Ergebnis).
prep-check-qualifications = ☐ Qualifikationen: Ordne jeder Anforderung einen Nachweis zu; bei Lücken sag, wie du sie gerade schließt.
prep-check-questions = ☐ Zwei oder drei eigene Fragen zum Team, zu den ersten 90 Tagen oder dazu, wie Erfolg gemessen wird.
prep-check-logistics = ☐ Organisatorisches: Zeitzone, Link oder Adresse, Name der Person, die das Gespräch führt, ein Glas Wasser.
prep-strengths = Deine Stärken – sprich sie einmal laut aus
prep-strengths-none = Noch keine eingetragen. Füg vor dem Gespräch zwei hinzu: `/strengths add text:...`.
prep-do-differently = Letztes Mal wolltest du das anders machen
prep-do-differently-at = Letztes Mal wolltest du das anders machen ({ $company })
prep-went-well = Letztes Mal lief das gut
prep-went-well-at = Letztes Mal lief das gut ({ $company })
prep-learning = Woran du gerade arbeitest
prep-after = Nach dem Gespräch
prep-after-text = Schick innerhalb eines Tages ein Dankeschön (`/template name:post-interview-thank-you company:"{ $company }"`) und reflektiere, solange alles noch frisch ist (`/reflect`).
