# Moderator tools (bot/features/moderation): /mod mute, /mod unmute, /mod mutes,
# /mod remove, /mod audit, /mod stats and /mod export; what they post to the moderator
# log channel, what they tell members by DM, and what they write to the audit log.

## Shared words
mod-former-member = ein ehemaliges Mitglied
# An audit entry Rebound wrote by itself (a mute that ended on its own).
mod-system-actor = Rebound (automatisch)
mod-field-times = Zeiten
mod-questions = Wenn du Fragen hast, wende dich bitte an die Moderation.
mod-until-lifted = bis zur Aufhebung durch die Moderation
mod-span-days = für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
mod-reason-given = Angegebener Grund: { $reason }

## /mod mute
mod-mute-self = Du kannst dich nicht selbst stummschalten.
# $kind says what makes someone an admin there: "Manage Server on Discord".
mod-admin-by-admin = @{ $member } gehört wie du zu den Admins dieser Community ({ $kind }). Admins sind die Eigentümer der Community, deshalb können sie nicht stummgeschaltet werden, auch nicht von anderen Admins. Es wurde nichts geändert.
mod-admin-by-admin-hint = Wenn dich etwas beunruhigt, sprich am besten direkt mit der Person.
mod-admin-by-mod = @{ $member } gehört zu den Admins dieser Community ({ $kind }), deshalb ist eine Stummschaltung durch die Moderation nicht möglich. Es wurde nichts geändert.
mod-admin-by-mod-hint = Wenn dich am Verhalten dieser Person etwas beunruhigt, sprich bitte direkt mit ihr oder mit einem anderen Admin.
mod-muted-title = Mitglied stummgeschaltet
# $span: "for 3 days" or "until a moderator lifts it"; $until: "until Thursday 5 November, 09:00 (Europe/Berlin)".
mod-mute-done = @{ $member } ist jetzt { $span } stummgeschaltet.
mod-mute-done-until = @{ $member } ist jetzt { $span } stummgeschaltet, { $until }.
mod-mute-replaces = Das ersetzt die bisherige Stummschaltung.
mod-mute-how-lift = `/mod unmute member:@{ $member }` hebt sie sofort auf. Die Person wurde per Direktnachricht informiert.
mod-mute-how-lift-timed = Die Stummschaltung endet von selbst; `/mod unmute member:@{ $member }` hebt sie sofort auf. Die Person wurde per Direktnachricht informiert.
mod-muted-dm-title = Du wurdest stummgeschaltet
mod-muted-dm = Die Moderation hat dich stummgeschaltet, { $until }. Währenddessen kannst du keine Beiträge teilen und niemanden anfeuern; deine privaten Befehle (Einträge, Serien, Vorlagen, Reflexionen) funktionieren weiter.
# Posted to the moderator log channel.
mod-echo-muted = @{ $moderator } hat @{ $member } { $span } stummgeschaltet.
mod-echo-muted-reason = @{ $moderator } hat @{ $member } { $span } stummgeschaltet: { $reason }.

## /mod unmute
mod-not-muted = { $member } ist nicht stummgeschaltet.
mod-not-muted-hint = `/mod audit` zeigt die letzten Stummschaltungen und wann sie geendet haben.
mod-unmuted-title = Stummschaltung aufgehoben
# $member is "@sam", or how the moderator named someone who erased their data.
mod-echo-unmuted = @{ $moderator } hat die Stummschaltung von { $member } aufgehoben.
mod-unmute-done = @{ $member } kann wieder teilen und anfeuern. Die Person wurde per Direktnachricht informiert.
mod-unmute-done-gone = { $member } kann wieder teilen und anfeuern, sobald die Person zurückkommt.
mod-unmuted-dm-title = Du kannst wieder teilen
mod-unmuted-dm = Die Moderation hat deine Stummschaltung aufgehoben – du kannst wieder Beiträge teilen und andere anfeuern.

## /mod mutes
mod-mutes-title = Aktive Stummschaltungen: { $count }
mod-mutes-none = Gerade ist niemand stummgeschaltet. `/mod mute member:@name` schaltet jemanden stumm.
mod-mutes-until = bis { $when }
mod-mutes-line = { $member } · { $until } · stummgeschaltet von { $by } am { $since }
mod-mutes-line-reason = { $member } · { $until } · stummgeschaltet von { $by } am { $since } — { $reason }
mod-mutes-times = deine Zeit ({ $zone }); `/mod unmute member:@name` hebt eine Stummschaltung sofort auf

## What a post is, by its kind
mod-kind-rejection = geteilte Absage
mod-kind-win = Erfolg
mod-kind-answer = Check-in-Antwort
mod-kind-cheer = Zuspruch
mod-kind-checkin = Check-in-Frage
mod-kind-summary = Check-in-Zusammenfassung
mod-kind-modlog = Eintrag im Moderationslog
mod-kind-post = Beitrag
mod-kind-message = Nachricht
# "win in #wins"
mod-post-in = { $what } in { $channel }
mod-post-number = Beitrag { $number }
mod-report-number = Meldung { $number }

## /mod remove
# What a removed post says in its channel.
mod-removed = (von der Moderation entfernt)
mod-removed-title = Beitrag entfernt
# $post: "win in #wins".
mod-remove-done = Beitrag { $number } entfernt ({ $post }): Die Nachricht ist zurückgezogen und ihr Text aus dem Speicher von Rebound gelöscht.
mod-remove-author-told = Die Person, die ihn verfasst hat, wurde per Direktnachricht informiert.
# $reports: "report 3" or "reports 1, 2 and 5".
mod-reports-many = Meldungen { $listed } und { $last }
mod-closes = Damit ist erledigt, was dazu gemeldet wurde ({ $reports }).
mod-closes-told-all = Damit ist erledigt, was dazu gemeldet wurde ({ $reports }); { $count ->
        [one] die meldende Person wurde informiert
       *[other] die meldenden Personen wurden informiert
    }.
mod-closes-told-others = Damit ist erledigt, was dazu gemeldet wurde ({ $reports }); { $count ->
        [one] die andere meldende Person wurde informiert
       *[other] die anderen meldenden Personen wurden informiert
    }.
mod-echo-removed = @{ $moderator } hat Beitrag { $number } entfernt ({ $post }).
mod-echo-removed-by = @{ $moderator } hat Beitrag { $number } von @{ $author } entfernt ({ $post }).
mod-removed-dm-title = Ein Beitrag von dir wurde entfernt
mod-removed-dm = Die Moderation hat deinen Beitrag { $number } ({ $what }) entfernt.
mod-removed-dm-in = Die Moderation hat deinen Beitrag { $number } ({ $what }) in { $channel } entfernt.
mod-removed-dm-erased = Sein Text ist gelöscht; alles andere (deine Serie, deine Zahlen) bleibt, wie es ist.
mod-no-post = In dieser Community gibt es keinen Beitrag { $number }.
mod-no-post-hint = Jeder geteilte Beitrag zeigt seine Nummer (`Beitrag 12`); nimm diese Nummer.
mod-already-removed = Beitrag { $number } wurde bereits entfernt.
mod-not-member-post = Beitrag { $number } ({ $what }) stammt von Rebound selbst, nicht von einem Mitglied, deshalb lässt `/mod remove` ihn in Ruhe.
mod-not-member-post-hint = `/mod remove` ist für das, was Mitglieder teilen: Absagen, Erfolge, Check-in-Antworten und Zuspruch, die in einem Kanal erscheinen.
# To someone whose report was closed. $about: "post 12" or "@sam".
mod-report-handled-title = Deine Meldung wurde bearbeitet
mod-report-handled = Die Moderation hat sich deine Meldung zu { $about } angesehen und sie abgeschlossen. Danke, dass du hilfst, diese Community freundlich und sicher zu halten.
mod-report-handled-removed = Die Moderation hat sich deine Meldung zu { $about } angesehen und sie abgeschlossen: Der Beitrag wurde entfernt. Danke, dass du hilfst, diese Community freundlich und sicher zu halten.

## The audit log's own record, written in the community's language when it happens
# $member stands for the member's current name, filled in when the log is shown.
mod-audit-mute-reason = { $span }: { $reason }
mod-audit-post-by = Beitrag { $number } von { $member }
mod-audit-report-about = Meldung { $number } zu { $member }
# The note a report keeps when it was closed by removing its post.
mod-resolution-post-removed = Beitrag entfernt
mod-audit-export = aggregierte CSV, { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }

## /mod audit
mod-audit-title = Audit-Log
mod-audit-empty = Noch keine Moderationsaktionen. Stummschaltungen, entfernte Beiträge, Änderungen an der Einrichtung, Exporte und Änderungen an Vorlagen erscheinen hier.
# $what: "mutes", "mutes by or about @sam".
mod-audit-empty-of = Noch keine Einträge für { $what }.
mod-audit-no-page = Es gibt keine Seite { $page }: Das Audit-Log hat { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    } ({ $total ->
        [one] { $total } Aktion
       *[other] { $total } Aktionen
    }).
mod-audit-no-page-of = Es gibt keine Seite { $page }: Für { $what } gibt es { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    } ({ $total ->
        [one] { $total } Aktion
       *[other] { $total } Aktionen
    }).
mod-audit-no-page-hint = `{ $usage }` zeigt die älteste.
mod-audit-no-page-hint-all = `{ $usage }` zeigt alle.
mod-audit-times = Zeit der Community ({ $zone }); neueste zuerst
mod-audit-older = Ältere
mod-audit-next = `{ $usage }` zeigt die nächste Seite.
mod-audit-page = Audit-Log — Seite { $page } von { $pages }
mod-audit-page-of = Audit-Log: { $what } — Seite { $page } von { $pages }
mod-audit-bad-action = `{ $action }` ist keine Aktion im Audit-Log.
mod-audit-bad-action-guess = `{ $action }` ist keine Aktion im Audit-Log. Meintest du `{ $guess }`?
# $actions: the action codes, as moderators type them.
mod-audit-actions = Aktionen: { $actions }.
mod-filter-by-or-about = { $what } von oder zu { $member }
mod-filter-any-by-or-about = Aktionen von oder zu { $member }
# How /mod audit names the entries of one action.
mod-noun-mute = Stummschaltungen
mod-noun-unmute = aufgehobene Stummschaltungen
mod-noun-mute-expired = abgelaufene Stummschaltungen
mod-noun-remove-post = entfernte Beiträge
mod-noun-moderators = Änderungen am Moderationsteam
mod-noun-resolve-report = erledigte Meldungen
mod-noun-setup = Änderungen an der Einrichtung
mod-noun-export = Exporte
mod-noun-checkin-schedule = Check-in-Planungen
mod-noun-checkin-cancel = abgesagte Check-ins
mod-noun-checkin-now = von Hand geöffnete Check-ins
mod-noun-template-add = hinzugefügte Vorlagen
mod-noun-template-replace = ersetzte Vorlagen
mod-noun-template-remove = entfernte Vorlagen
mod-noun-pair = Buddy-Runden
mod-noun-pair-schedule = Änderungen am Buddy-Zeitplan
mod-noun-other = `{ $action }`-Einträge

## /mod stats
mod-stats-title = Community-Übersicht · { $community }
mod-stats-intro = Stand: { $day }. Nur Zahlen – keine Namen, keine Notizen. Das Diagramm zeigt die letzten { $weeks } Wochen nach Art; `/mod export` liefert alle Wochen als CSV.
mod-stats-members = Mitglieder
mod-stats-active-7 = Aktiv, letzte 7 Tage
mod-stats-active-30 = Aktiv, letzte 30 Tage
mod-stats-checkins = Check-ins, letzte 30 Tage
mod-stats-by-kind = Aktivität nach Art, letzte 30 Tage
mod-stats-streaks = Aktuelle Serien
mod-stats-goal = Gemeinsames Wochenziel
mod-stats-goal-progress = { $done } von { $goal } Bewerbungen
# One row of a count: "applied: 12", "7–13: 4".
mod-stats-count = { $label }: { $count }
mod-stats-nothing = noch nichts erfasst
# Counted things that are not `/log` kinds.
mod-stats-kind = { $kind ->
        [rejection] Absage
        [win] Erfolg
        [checkin] Check-in
        [reflection] Reflexion
        [cheer] Zuspruch
       *[other] { $kind }
    }
mod-stats-no-runs = keine Check-ins gelaufen (`/mod checkin-schedule` richtet einen ein)
mod-stats-runs = { $runs ->
        [one] { $runs } Check-in
       *[other] { $runs } Check-ins
    }
# $runs: "3 check-ins".
mod-stats-runs-no-answers = { $runs }, bisher keine Antworten
mod-stats-answers = { $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    }
mod-stats-per-run = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } pro Check-in
# $facts: "6 check-ins, 14 answers, 2.3 per check-in"; $share is a percentage.
mod-stats-share = { $facts } – im Schnitt haben { $share } % der aktiven Mitglieder geantwortet
mod-stats-streaks-none = noch niemand hat etwas erfasst
mod-stats-streak-zero = 0 Tage
# $buckets: "0 days: 2 · 1–2: 3 · …".
mod-stats-streaks-of = { $buckets } (von { $members ->
        [one] { $members } Mitglied, das etwas erfasst hat
       *[other] { $members } Mitgliedern, die etwas erfasst haben
    })

## /mod export
mod-export-title = Community-Export
mod-export-done = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }: pro Woche (ab Montag) und Art, wie viele Einträge und wie viele Mitglieder.
mod-export-done-week = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }, die Woche vom { $first }: pro Woche (ab Montag) und Art, wie viele Einträge und wie viele Mitglieder.
mod-export-done-weeks = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }, Wochen vom { $first } bis { $last }: pro Woche (ab Montag) und Art, wie viele Einträge und wie viele Mitglieder.
mod-export-private = Namen, Notizen oder andere persönliche Texte sind nicht enthalten.
mod-export-alt = Aggregierte Aktivitätszahlen pro Woche und Art
