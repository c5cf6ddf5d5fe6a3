# Übungs-Buddys: /buddy join|leave|status, die Direktnachrichten zur Paarung und /mod pair
# (bot/features/buddies). Zweck-Codes (mock-interview, resume-review, networking) und
# Optionsnamen bleiben in jeder Sprache englisch: Mitglieder tippen sie.

buddy-title = Übungs-Buddys
# Wofür sich ein Mitglied angemeldet hat; ergänzt die Sätze unten.
buddy-purpose = { $purpose ->
        [mock-interview] Probe-Vorstellungsgespräche
        [resume-review] Feedback zu Lebenslauf und Profil
        [networking] Networking
       *[none] gemeinsames Üben
    }

## Die Direktnachricht, die einem Mitglied seinen Buddy für die Runde vorstellt

buddy-pair-title = Dein Übungs-Buddy 🤝
buddy-meet = Darf ich vorstellen: @{ $name }, diese Woche dein Übungs-Buddy.
buddy-pair-purpose = Ihr seid ein Team für { $purpose }.
buddy-pair-mixed = Du bist für { $mine } dabei, dein Buddy für { $theirs } – probiert doch je eine Session von beidem.
buddy-tz-same = Ihr seid in derselben Zeitzone, da sollte sich leicht ein Termin finden.
buddy-tz-ahead = Bei deinem Buddy ({ $zone }) ist es { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } später als bei dir, sucht euch also eine Zeit, die euch beiden passt.
buddy-tz-behind = Bei deinem Buddy ({ $zone }) ist es { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } früher als bei dir, sucht euch also eine Zeit, die euch beiden passt.
buddy-say-hello = Erster Schritt: Schreib @{ $name } heute ein kurzes Hallo.
buddy-first-step = { $purpose ->
        [mock-interview] Plant diese Woche 45 Minuten ein. Ihr bringt beide eine echte Stellenanzeige mit; stellt euch abwechselnd drei Fragen daraus und nennt danach je eine Sache, die gut lief, und eine, die noch besser geht.
        [resume-review] Tauscht heute eure Lebensläufe oder LinkedIn-Profile. Markiert beim anderen die drei Zeilen, die im Recruiting hängen bleiben würden, und eine Zeile, die weg kann, und sprecht dann 20 Minuten darüber.
        [networking] Tauscht Listen mit je drei Menschen oder Firmen, die ihr erreichen wollt, und entwerft jeweils eine Nachricht, die ihr euch gegenseitig zum Gegenlesen gebt (`/template name:network-reach-out` ist ein guter Anfang).
       *[none] Verabredet diese Woche eine 30-minütige Session: ein Probe-Vorstellungsgespräch, einen Lebenslauf-Tausch oder eine Stunde gemeinsames Bewerben in einem Call.
    }

## Die Direktnachricht an das Mitglied, das eine Runde aussetzt

buddy-left-out-title = Diesmal kein Buddy
buddy-left-out-alone = Im Moment hast nur du dich angemeldet, deshalb gab es noch niemanden, mit dem ich dich zusammenbringen konnte.
buddy-left-out-odd = In dieser Runde war die Zahl der Leute ungerade, also musste eine Person warten – das ist reine Rechnerei und hat nichts mit dir zu tun.
buddy-left-out-promise = In der nächsten Runde kommst du zuerst dran, versprochen.
buddy-left-out-meanwhile = Bis dahin: `/prep company:...` für dein nächstes Vorstellungsgespräch, oder mach jemandem im Support-Kanal Mut – das hilft euch beiden.

## /buddy join, /buddy leave, /buddy status

buddy-next-manual = Die Paarung startet, wenn die Moderation sie mit `/mod pair` auslöst.
buddy-next = Nächste Paarung: { $when } (deine Zeit).
buddy-joined = Du bist dabei für { $purpose }. Ich stelle dir per Direktnachricht einen Buddy vor.
buddy-rejoined = Du warst schon dabei; dein Schwerpunkt ist jetzt { $purpose }.
buddy-leave-any-time = Mit `/buddy leave` kannst du jederzeit aussteigen.
buddy-not-joined = Du bist nicht für Buddys angemeldet.
buddy-not-joined-hint = `/buddy join` meldet dich an.
buddy-left = Ab jetzt wirst du nicht mehr eingeteilt. Danke, dass du mit anderen geübt hast – mit `/buddy join` bist du jederzeit wieder dabei.
buddy-status-not-joined = Du bist nicht angemeldet. `/buddy join purpose:mock-interview` (oder resume-review, networking) bringt dich jede Woche mit jemandem zusammen.
buddy-field-purpose = Schwerpunkt
buddy-field-current = Aktueller Buddy
buddy-current-waiting = in dieser Runde keiner – nächstes Mal kommst du zuerst dran
buddy-current-none = noch nicht eingeteilt

## /mod pair

buddy-pairing-title = Buddy-Paarung
buddy-scheduled-title = Buddy-Paarung geplant
buddy-day-time-alone = `day` und `time` gehören zu `schedule:weekly`.
buddy-day-time-alone-hint = Etwa `/mod pair schedule:weekly day:mon time:09:00`; `/mod pair` allein bildet die Paare sofort.
buddy-confirm-with-schedule = `confirm` gehört zu `/mod pair` allein, um kurz nach einer Runde erneut Paare zu bilden.
buddy-confirm-with-schedule-hint = Etwa `/mod pair schedule:{ $schedule }`.
buddy-schedule-off = Die wöchentliche Paarung ist ausgeschaltet.
buddy-schedule-was-off = Die wöchentliche Paarung war nicht geplant.
buddy-scheduled = Die Paarung läuft jeden { $day } um { $time } ({ $zone }). Nächste: { $next }.
buddy-repeat = Runde { $round } lief am { $when }, vor weniger als einer Woche; eine neue Runde jetzt würde allen einen neuen Buddy und eine neue Nachricht bescheren. Es wurde nichts geändert.
buddy-repeat-hint = Um trotzdem neue Paare zu bilden: `/mod pair confirm:yes`.
buddy-nobody = Bisher hat sich niemand angemeldet. Mitglieder machen mit über `/buddy join`.
buddy-round-title = Runde { $round }: { $count ->
        [one] { $count } Paar
       *[other] { $count } Paare
    }
buddy-waits = @{ $name } setzt diese Runde aus und kommt nächstes Mal zuerst dran.
buddy-everyone-told = Alle haben eine Direktnachricht bekommen.

# The moderators' audit log (`/mod audit`), in the community's language.
buddy-audit-round = Runde { $round }
buddy-audit-nobody = niemand angemeldet
buddy-audit-weekly = wöchentlich am { $day } um { $time }
buddy-audit-off = wöchentliche Paarbildung aus
