# Meldungen von Mitgliedern (/report), die Warteschlange der Moderation (/mod reports) und der
# Moderationsverlauf eines Mitglieds (/mod history) (bot/features/reports). Beitrags- und
# Meldungsnummern ($number, $page) sind Kennungen; $count ist eine Anzahl.

## /report

report-either = Melde entweder einen Beitrag oder ein Mitglied.
report-either-hint = Zum Beispiel `/report post:12 reason:"..."` oder `/report member:@sam reason:"..."`.
report-crisis-title = Meldung nicht gesendet
report-crisis = Deine Meldung wurde nicht gesendet: Eine Meldung enthält nie Worte über Suizid oder Selbstverletzung. Wenn dich die Worte von jemandem verletzt oder beunruhigt haben, kannst du es mit anderen Worten noch einmal melden, und die Moderation kümmert sich darum.
report-reason-needed = Bitte schreib, was passiert ist, damit die Moderation der Sache nachgehen kann.
report-reason-needed-hint = Zum Beispiel `/report member:{ $member } reason:"Unhöfliche Nachrichten nach meinem Vorstellungsgespräch"`.
report-self = Du kannst dich nicht selbst melden.
report-self-hint = Wenn dich etwas belastet, kannst du jederzeit mit der Moderation sprechen.
report-no-post = In dieser Community gibt es keinen Beitrag { $number }.
report-no-post-hint = Jeder geteilte Beitrag zeigt seine Nummer (`post 12`); nutze diese Nummer.
report-post-removed = Beitrag { $number } wurde bereits entfernt, es gibt also nichts zu melden.
report-post-by-rebound = Beitrag { $number } wurde von Rebound selbst gepostet, es gibt also kein Mitglied, das du melden könntest.
report-post-by-rebound-hint = Wenn dich daran etwas beunruhigt, sag bitte der Moderation Bescheid.
report-post-own = Beitrag { $number } ist dein eigener Beitrag, es gibt also nichts zu melden.
report-post-own-hint = Wenn du ihn entfernen lassen möchtest, kann die Moderation das übernehmen.
report-duplicate = Du hast Beitrag { $number } bereits gemeldet, und die Moderation hat deine Meldung.
report-duplicate-hint = Sie kümmert sich darum. Wenn etwas Neues passiert ist, sag der Moderation Bescheid.
# $period: hour oder day (die letzten 24 Stunden).
report-limit = Du hast { $period ->
        [hour] in der letzten Stunde
       *[day] in den letzten 24 Stunden
    } { $count ->
        [one] 1 Meldung
       *[other] { $count } Meldungen
    } abgeschickt – mehr geht im Moment nicht.
# $when: eine Uhrzeit heute (09:00) oder Tag und Uhrzeit (Mo. 2. Nov. 09:00).
report-limit-hint = Danke, dass du auf die Community achtest. Ab { $when } kannst du wieder etwas melden; wenn etwas dringend ist, wende dich bitte direkt an die Moderation.

# Die Bestätigung für die meldende Person: ein Dank, dann einer der Sätze danach.
report-sent-title = Meldung gesendet
report-sent-post = Danke, dass du uns Bescheid gibst. Die Moderation hat deine Meldung zu Beitrag { $number } erhalten und kümmert sich darum.
report-sent-member = Danke, dass du uns Bescheid gibst. Die Moderation hat deine Meldung zu @{ $name } erhalten und kümmert sich darum.
report-sent-unaware = @{ $name } erfährt nicht, von wem die Meldung kommt.
report-sent-unaware-author = Wer den Beitrag gepostet hat, erfährt nicht, von wem die Meldung kommt.
report-sent-moderator = Da @{ $name } zur Moderation gehört, wurde die Meldung nicht im Moderationslog-Kanal gepostet; die Moderation sieht sie unter `/mod reports`.
report-sent-queue = Die Moderation sieht sie unter `/mod reports`.

# Worum es in einer Meldung geht. $member: "@sam" oder "ein ehemaliges Mitglied"; $what: "Erfolg in #wins".
report-subject-post = Beitrag { $number }
report-subject-post-by = Beitrag { $number } von { $member }
report-subject-post-what = Beitrag { $number } ({ $what })
report-subject-post-by-what = Beitrag { $number } von { $member } ({ $what })

# Eine neue Meldung im Moderationslog-Kanal: jeweils eine Zeile.
report-echo-title = Meldung { $number }
report-echo = @{ $reporter } hat { $subject } gemeldet.
report-echo-reason = Grund: { $reason }
report-echo-resolve = `/mod reports resolve:{ $number }` schließt sie, sobald sie erledigt ist.

## /mod reports

report-note-alone = Eine Notiz gehört immer zu der Meldung, die du damit schließt.
report-note-alone-hint = Zum Beispiel `/mod reports resolve:3 note:"Beitrag entfernt"`.
report-queue-title-empty = Meldungen
report-none-open = Keine offenen Meldungen.
report-resolved-earlier = { $count } bereits früher erledigt.
report-none-open-how = Mitglieder melden Beiträge und Mitglieder vertraulich mit `/report`; neue Meldungen erscheinen hier.
report-queue-title = { $count ->
        [one] 1 offene Meldung
       *[other] { $count } offene Meldungen
    }
# $when: Mo. 2. Nov. 09:00; $reporter: "@ana" oder "ein ehemaliges Mitglied".
report-queue-line = Meldung { $number } · { $when } · { $reporter } hat { $subject } gemeldet
report-queue-line-reason = Meldung { $number } · { $when } · { $reporter } hat { $subject } gemeldet: { $reason }
report-queue-more = …und { $count } weitere; erledige diese, um sie zu sehen.
report-field-times = Zeiten
report-times-oldest = deine Zeit ({ $zone }); älteste zuerst
report-field-resolve = Erledigen
report-resolve-how = `/mod reports resolve:n note:"was getan wurde"` schließt eine.
report-field-as-they-arrive = Sobald sie eingehen
report-as-they-arrive = Mit `/mod setup modlog_channel:#channel` werden neue Meldungen dort gepostet.

report-no-report = In dieser Community gibt es keine Meldung { $number }.
report-no-report-hint = `/mod reports` listet die offenen mit ihren Nummern auf.
report-already-resolved = Meldung { $number } wurde bereits am { $when } durch { $member } erledigt.
report-already-resolved-hint = `/mod reports` listet die offenen auf.
report-resolved-title = Meldung erledigt
report-resolved = Meldung { $number } ist erledigt.
report-resolved-reporter-told = Die meldende Person hat per Direktnachricht erfahren, dass sich jemand darum gekümmert hat (deine Notiz bleibt bei der Moderation).
# Eine erledigte Meldung im Moderationslog-Kanal.
report-echo-resolved-title = Meldung { $number } erledigt
report-echo-resolved = @{ $moderator } hat Meldung { $number } über { $subject } erledigt.
report-echo-resolved-note = @{ $moderator } hat Meldung { $number } über { $subject } erledigt: { $note }

## /mod history

report-history-title = Moderationsverlauf von { $member }
report-history-title-page = Moderationsverlauf von { $member } – Seite { $page } von { $count }
report-history-empty = Keine Moderationsaktionen oder Meldungen zu { $member }.
report-field-now = Aktuell
report-history-muted = Stummgeschaltet { $until }
report-history-not-muted = Nicht stummgeschaltet
report-history-open-reports = { $count ->
        [0] keine offenen Meldungen
        [one] 1 offene Meldung
       *[other] { $count } offene Meldungen
    }
report-history-now = { $mute }; { $reports }.
report-history-now-alone = { $mute }.
report-times-newest = deine Zeit ({ $zone }); neueste zuerst
report-field-older = Ältere
report-history-older = `/mod history member:{ $member } page:{ $page }`
report-history-no-page = Es gibt keine Seite { $page }: Der Verlauf hat { $count ->
        [one] 1 Seite
       *[other] { $count } Seiten
    }.
report-history-no-page-hint = `/mod history member:{ $member } page:{ $last }` zeigt die älteste.
# Eine Meldung im Verlauf: $status ist eine der report-status-*.
report-history-line = { $when } · { $reporter } · Meldung · { $subject } – Meldung { $number } ({ $status })
report-history-line-reason = { $when } · { $reporter } · Meldung · { $subject } – Meldung { $number } ({ $status }): { $reason }
report-status-open = offen
report-status-resolved = erledigt durch { $member }
report-status-resolved-note = erledigt durch { $member }: „{ $note }“

# Der Eintrag im Audit-Log für eine erledigte Meldung (das Protokoll der Community, in ihrer Sprache).
# $member steht für den aktuellen Namen des Mitglieds: unverändert lassen.
report-audit = Meldung { $number }
report-audit-about = Meldung { $number } über { $member }
