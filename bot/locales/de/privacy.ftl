# /privacy export und /privacy delete (bot/features/privacy)

## /privacy export

privacy-export-title = Deine Daten
privacy-export = Hier ist alles, was Rebound in dieser Community über dich speichert. `/privacy delete confirm:DELETE` löscht es.
privacy-export-alt = Deine Rebound-Daten als JSON
# Der Wert "about" in der exportierten JSON-Datei (ihre Feldnamen bleiben englisch).
privacy-export-about = Alles, was Rebound in dieser Community über dich speichert. IDs anderer Mitglieder sind ausgelassen (null).
privacy-field-records = Einträge
privacy-field-scheduled = Geplante Nachrichten
# $tables: jede Tabelle mit ihrer Anzahl (privacy-records-table), mit ", " verbunden.
privacy-records = { $total } – { $tables }
privacy-records-table = `{ $table }`: { $count }
privacy-records-none = nur deine Einstellungen

## /privacy delete

privacy-delete-unconfirmed = Es wurde nichts gelöscht: Die Bestätigung muss { $word } lauten, in Großbuchstaben.
privacy-delete-unconfirmed-hint = `/privacy delete confirm:DELETE` löscht hier alles über dich. `/privacy export` gibt dir vorher eine Kopie.
privacy-deleted-title = Deine Daten sind gelöscht
privacy-deleted = Erledigt. Alles über dich in dieser Community ist gelöscht: deine Einstellungen und { $records ->
    [one] { $records } Eintrag
   *[other] { $records } Einträge
}.
privacy-deleted-jobs = Erledigt. Alles über dich in dieser Community ist gelöscht: deine Einstellungen, { $records ->
    [one] { $records } Eintrag
   *[other] { $records } Einträge
} und { $jobs ->
    [one] { $jobs } geplante Nachricht
   *[other] { $jobs } geplante Nachrichten
}.
# $records: was bleibt (die Nachrichten privacy-kept-*), mit "; " verbunden.
privacy-kept = { $count ->
    [one] { $count } weiterer Eintrag aus `/privacy export` bleibt
   *[other] { $count } weitere Einträge aus `/privacy export` bleiben
} ohne deinen Namen erhalten: { $records }.
privacy-kept-cheers-giver = { $count ->
    [one] dein Zuspruch für eine Person, zusammen mit dieser Person
   *[other] dein Zuspruch in { $count } Fällen, zusammen mit den Personen, die ihn bekommen haben
}
privacy-kept-strengths-noticer = { $count ->
    [one] die Stärke, die dir an jemandem aufgefallen ist, auf der Liste dieser Person
   *[other] die { $count } Stärken, die dir an anderen aufgefallen sind, auf deren Listen
}
privacy-kept-audit-actor = { $count ->
    [one] deine Moderationsaktion im Audit-Log
   *[other] deine { $count } Moderationsaktionen im Audit-Log
}
privacy-kept-audit-target = { $count ->
    [one] der Moderationseintrag über dich im Audit-Log
   *[other] die { $count } Moderationseinträge über dich im Audit-Log
}
privacy-kept-mutes-member = { $count ->
    [one] die Stummschaltung, die die Moderation dir auferlegt hat
   *[other] die { $count } Stummschaltungen, die die Moderation dir auferlegt hat
}
privacy-kept-mutes-by = { $count ->
    [one] die Stummschaltung, die du als Teil der Moderation verhängt hast
   *[other] die { $count } Stummschaltungen, die du als Teil der Moderation verhängt hast
}
privacy-kept-templates = { $count ->
    [one] die Vorlage, die du hinzugefügt hast
   *[other] die { $count } Vorlagen, die du hinzugefügt hast
}
privacy-kept-checkin-schedules = { $count ->
    [one] der Check-in-Zeitplan, den du eingerichtet hast
   *[other] die { $count } Check-in-Zeitpläne, die du eingerichtet hast
}
privacy-kept-reporter = { $count ->
    [one] deine Meldung an die Moderation
   *[other] deine { $count } Meldungen an die Moderation
}
privacy-kept-reported = { $count ->
    [one] die Meldung über dich, ein Moderationseintrag
   *[other] die { $count } Meldungen über dich, Moderationseinträge
}
privacy-kept-resolver = { $count ->
    [one] die Meldung, die du als Teil der Moderation erledigt hast
   *[other] die { $count } Meldungen, die du als Teil der Moderation erledigt hast
}
# Zeilen einer Tabelle ohne eigene Nachricht; $record: die Tabelle.Spalte (Daten).
privacy-kept-other = { $count ->
    [one] { $count } Eintrag in { $record }
   *[other] { $count } Einträge in { $record }
}
privacy-deleted-mute = Eine Stummschaltung durch die Moderation gilt weiter { $until }: Stummschaltungen und die Moderationseinträge dazu gehören der Community und bleiben wegen ihres berechtigten Interesses erhalten (Art. 17 Abs. 3 DSGVO), deshalb hebt das Löschen deiner Daten sie nicht auf.
privacy-deleted-end = Wenn du Rebound hier wieder nutzt, fängst du ganz neu an. Pass auf dich auf.

## Was ein zurückgezogener Beitrag in seinem Kanal zeigt (Sprache der Community)

privacy-removed-by-author = (von der Person entfernt, die ihn geschrieben hat)
