# Check-ins: /checkin, die Befehle /mod checkin-* (bot/features/checkins/__init__.py)
# und die Durchläufe: Fragen, Erinnerungen und Zusammenfassungen (bot/features/checkins/runs.py).
# Fragen, Zusammenfassungen und Antworten im Kanal sind in der Sprache der Community;
# Antworten an einzelne Mitglieder und Erinnerungen in deren Sprache.

## /checkin

checkin-nothing-given = Erzähl der Gruppe mindestens eine Sache: was du getan hast, was als Nächstes kommt, was dich bremst oder wie es dir geht.
checkin-nothing-given-hint = Etwa `/checkin did:"2 Bewerbungen verschickt" mood:4`.
checkin-muted = Die Moderation hat dich stummgeschaltet, deshalb kann deine Antwort nicht im Kanal gepostet werden.
checkin-muted-hint = Antworte mit `private:yes` – das zählt trotzdem für deine Serie und die Zusammenfassung.
checkin-several-open = Gerade sind mehrere Check-ins offen: { $channels }.
checkin-several-open-hint = Antworte im Kanal des Check-ins, den du meinst.
checkin-none-open = Gerade gibt es keinen offenen Check-in zum Beantworten.
checkin-none-scheduled = Es sind keine Check-ins geplant; die Moderation kann mit `/mod checkin-schedule` einen einrichten.
# Auch nachdem `/mod setup timezone:` die Zeitpläne verschoben hat.
checkin-next-opens = Der nächste öffnet am { $when } in { $channel }.

# Die Antwort eines Mitglieds, unter der Frage gepostet.
checkin-answer-title = { $name } hat eingecheckt
checkin-answer-did = Erledigt: { $text }
checkin-answer-next = Als Nächstes: { $text }
checkin-answer-blocker = Hindernis: { $text }
checkin-answer-mood = Stimmung: { $mood }/5 ({ $mood ->
        [1] mies
        [2] gedrückt
        [3] okay
        [4] gut
       *[5] super
    })
checkin-answer-empty = Eingecheckt.
# Ersetzt eine Antwort, die ihre Autorin oder ihr Autor privat gemacht hat (die Plattform löscht die Nachricht).
checkin-answer-withdrawn = (Antwort von der Person selbst privat gemacht)

# Die Antwort auf /checkin.
checkin-done-title = Eingecheckt ✓
checkin-done = Danke für deinen Check-in in { $channel }.
checkin-updated-title = Check-in aktualisiert
checkin-updated = Deine Antwort für { $channel } ist aktualisiert.
checkin-update-until = Du kannst sie bis { $closes } ändern.
checkin-share-posted = Ich poste sie unter dem Check-in in { $channel }.
checkin-share-removed = Die Moderation hat deine Antwort aus dem Kanal entfernt, deshalb wird diese Änderung gespeichert, aber nicht gepostet.
checkin-share-edited = Deine Antwort in { $channel } wurde entsprechend bearbeitet; es wurde nichts doppelt gepostet.
checkin-share-withdrawn = Jetzt privat: Ich habe deine Antwort aus dem Thread und aus den Hindernissen der Zusammenfassung genommen.
checkin-share-private = Privat gehalten: Du zählst in der Zusammenfassung nur bei der Anzahl der Antworten mit.

## /mod checkin-schedule

checkin-no-channel = In welchen Kanal soll der Check-in? Diese Community hat noch keinen Check-in-Kanal.
checkin-no-channel-hint = Füge `channel:#checkins` hinzu oder lege den Standard einmal mit `/mod setup checkin_channel:#checkins` fest.
checkin-weekly-needs-day = Ein wöchentlicher Check-in braucht einen `day`.
checkin-weekly-needs-day-hint = Etwa `/mod checkin-schedule ... cadence:weekly day:mon time:09:00`.
checkin-day-only-weekly = { $cadence ->
        [daily] `day` gibt es nur für wöchentliche Check-ins; ein täglicher läuft an jedem Tag.
       *[weekdays] `day` gibt es nur für wöchentliche Check-ins; ein werktäglicher läuft von Montag bis Freitag.
    }
checkin-day-only-weekly-hint = Lass `day` weg oder verwende `cadence:weekly`.
checkin-clash-same = Check-in { $number } läuft in { $channel } bereits { $recurrence }.
checkin-clash-same-hint = Wenn du ihn ändern möchtest, zuerst `/mod checkin-cancel id:{ $number }`.
checkin-clash = Check-in { $number } läuft in { $channel } bereits { $recurrence }, daher würde dieser { $cadence ->
        [daily] tägliche
        [weekdays] werktägliche
       *[weekly] wöchentliche
    } Check-in dort zwei Fragen gleichzeitig posten.
checkin-clash-hint = Beende ihn zuerst mit `/mod checkin-cancel id:{ $number }` und plane diesen neu, oder wähle eine andere Uhrzeit oder einen anderen Kanal.
checkin-schedule-crisis-title = Check-in nicht geplant
checkin-schedule-crisis = Ich habe diesen Check-in nicht geplant: Seine Frage geht an den ganzen Kanal, und eine Frage enthält nie Worte über Suizid oder Selbstverletzung. Plane ihn mit anderen Worten neu oder ohne `prompt:`, um die Standardfrage zu stellen.
checkin-scheduled-title = Check-in geplant
checkin-scheduled = Check-in { $number } läuft in { $channel } { $recurrence } ({ $zone }).
checkin-scheduled-first = Der erste: { $when }.
checkin-scheduled-closes-next = Jeder schließt, wenn der nächste öffnet, und dann poste ich seine Zusammenfassung. Mitglieder mit aktivierten Erinnerungen bekommen vor dem Schließen einen Stups.
checkin-scheduled-closes-after = Jeder schließt nach { $hours } Stunden oder, falls das früher ist, wenn der nächste öffnet, und dann poste ich seine Zusammenfassung. Mitglieder mit aktivierten Erinnerungen bekommen vor dem Schließen einen Stups.
checkin-scheduled-neighbour = Hinweis: Check-in { $number } läuft ebenfalls in { $channel } { $recurrence }. Ein Check-in schließt, sobald der nächste im selben Kanal öffnet; `/mod checkin-cancel id:{ $number }` beendet den anderen.
# Das Audit-Log der Moderation.
checkin-audit-scheduled = ID { $number }: { $recurrence } { $zone }
checkin-audit-target = Check-in { $number }

## /mod checkin-schedules

checkin-list-title = Check-in-Zeitpläne
checkin-list-field = Check-in { $number }
# Wo und wann ein Zeitplan läuft (auch in /mod checkin-cancel).
checkin-where-when = { $channel }, { $recurrence }
checkin-list-summary-after = Zusammenfassung nach { $hours } Std.
checkin-list-next = nächster: { $when }
checkin-list-not-planned = nächster: nicht geplant
checkin-list-prompt = Frage: „{ $prompt }“
checkin-list-open-title = Jetzt offen
checkin-list-open = { $channel } bis { $until } · { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
checkin-list-open-no-close = { $channel } bis zur Zusammenfassung · { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
checkin-list-none = Es sind keine Check-ins geplant. Starte einen Rhythmus mit `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`.
checkin-list-how = Die Zeiten gelten in der Zeitzone der Community, { $zone }. Beende einen mit `/mod checkin-cancel id:n`.

## /mod checkin-cancel

checkin-cancel-unknown = Hier gibt es keinen Check-in-Zeitplan { $id }.
checkin-cancel-unknown-hint = `/mod checkin-schedules` listet sie mit ihren Nummern auf.
checkin-cancel-already = Check-in { $number } ist bereits beendet.
checkin-cancelled-title = Check-in beendet
checkin-cancelled = Check-in { $number } ({ $what }) beendet. Es werden keine weiteren Fragen gepostet.
checkin-cancelled-closed = Der offene wurde geschlossen und seine Zusammenfassung gepostet.

## /mod checkin-now

checkin-now-title = Check-in geöffnet
checkin-now-opened = Check-in in { $channel } geöffnet. Er schließt am { $closes }, dann poste ich seine Zusammenfassung.
checkin-now-busy = { $which ->
        [extra] Ein zusätzlicher Check-in
       *[scheduled] Check-in { $number }
    } ist in { $channel } bis { $until } offen, und den Mitgliedern wurde gesagt, dass sie bis dahin antworten können – deshalb habe ich dort keinen weiteren geöffnet.
checkin-now-busy-hint = Mitglieder können ihn jetzt mit `/checkin` beantworten. Sobald er schließt, öffnet `/mod checkin-now` einen zusätzlichen; in einem anderen Kanal geht es sofort.

## Eine neue Zeitzone der Community (die Antwort auf /mod setup timezone:)

checkin-zone-moved = { $count ->
        [one] { $count } Check-in-Zeitplan läuft
       *[other] { $count } Check-in-Zeitpläne laufen
    } jetzt um { $times } { $zone }.
# Zwei oder mehr Uhrzeiten: `08:00, 09:00 und 17:30` ($first: alle außer der letzten, mit Kommas).
checkin-zone-times = { $first } und { $last }
checkin-zone-sooner = Der offene Check-in in { $channel } schließt jetzt am { $when }, wenn der nächste öffnet.

## Die Frage (runs.py)

checkin-prompt-title = Check-in · { $period }
checkin-prompt-title-late = Check-in · { $period } (verspätet gepostet)
checkin-period-extra = { $when } (zusätzlich)
checkin-period-extra-n = { $when } (zusätzlich { $n })
checkin-prompt-default = Wie läuft deine Suche? Erzähl, was du getan hast, was als Nächstes kommt und was dich gerade bremst.
checkin-how-to-answer = Antworte mit `/checkin did:... next:... blocker:... mood:1-5` – mit `private:yes` bleibt es zwischen dir und mir. Es zählt für deine Serie.
checkin-open-until = Offen bis { $when }.
checkin-late = Entschuldigt die Verspätung – ich war offline, als er fällig war ({ $when }).
checkin-button = Einchecken

## Die Erinnerung, per Direktnachricht

checkin-remind-title = Ein freundlicher Check-in-Stups
checkin-remind =
    Der Check-in in { $channel } schließt am { $when }. Zwei Zeilen reichen völlig: `/checkin did:... next:...` – mit `private:yes` bleibt es bei dir.
    Gerade nicht? `/pause` macht eine Pause, und `/settings reminders:off` stellt diese Erinnerungen ab.

## Die Zusammenfassung

checkin-summary-title = Check-in-Zusammenfassung · { $period }
checkin-summary-offline = Ich war während dieses ganzen Check-ins offline, deshalb ging keine Frage raus – hier ist trotzdem, was die Community geschafft hat.
checkin-summary-answers = { $count ->
        [one] { $count } Mitglied hat
       *[other] { $count } Mitglieder haben
    } eingecheckt. Danke, dass ihr da wart.
checkin-summary-nobody = Diesmal hat niemand eingecheckt – das ist okay, der nächste ist ein Neuanfang.
checkin-summary-logged = In diesem Zeitraum festgehalten: { $applied ->
        [one] { $applied } Bewerbung
       *[other] { $applied } Bewerbungen
    }, { $interviews ->
        [one] { $interviews } Vorstellungsgespräch
       *[other] { $interviews } Vorstellungsgespräche
    }, { $wins ->
        [one] { $wins } Erfolg
       *[other] { $wins } Erfolge
    }.
checkin-summary-nothing-logged = In diesem Zeitraum nichts festgehalten – auch Erholung zählt.
checkin-summary-mood = Durchschnittliche Stimmung: { NUMBER($mood, minimumFractionDigits: 1) }/5.
checkin-summary-blockers = Hindernisse – kann jemand helfen?
checkin-summary-blocker = • { $name }: { $blocker }
checkin-summary-more-blockers = …und { $count } weitere
# Das Wochenziel: $bar ist ▰▰▰▱▱▱▱▱▱▱, $done/$goal zählt Bewerbungen.
checkin-goal-this-week = { $reached ->
        [yes] Diese Woche bisher: { $bar } { $done }/{ $goal } Bewerbungen – Ziel erreicht – gut gemacht, ihr alle!
       *[no] Diese Woche bisher: { $bar } { $done }/{ $goal } Bewerbungen
    }
checkin-goal-week-of = { $reached ->
        [yes] Woche ab { $day }: { $bar } { $done }/{ $goal } Bewerbungen – Ziel erreicht – gut gemacht, ihr alle!
       *[no] Woche ab { $day }: { $bar } { $done }/{ $goal } Bewerbungen
    }
# Einer dieser Sätze schließt jede Zusammenfassung ab, reihum.
checkin-encourage-steps = Kleine Schritte, immer wieder, führen zu einem Job. Bis zum nächsten Check-in.
checkin-encourage-ticket = Jede Bewerbung ist ein Los in der Lostrommel – und jede Absage ist eine Information, kein Urteil.
checkin-encourage-showing-up = Immer wieder aufzutauchen ist das Schwerste – und diese Gruppe schafft es Mal für Mal.
checkin-encourage-invisible = Fortschritt bei der Jobsuche ist oft unsichtbar – bis er es plötzlich nicht mehr ist. Bleibt dran.
checkin-encourage-rest = Auch Erholung zählt. Passt auf euch auf – und aufeinander.
