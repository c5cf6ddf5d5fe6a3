# `/undo` (bot/features/undo): den letzten Eintrag der letzten 24 Stunden zurücknehmen.

undo-nothing = Aus den letzten 24 Stunden gibt es nichts zurückzunehmen. `/undo` nimmt deinen letzten Eintrag, Erfolg, Rückblick, deine letzte Absage oder Check-in-Antwort zurück, bis zu einem Tag danach.
undo-nothing-title = Nichts zurückzunehmen
undo-title = Zurückgenommen
# $entry: was entfernt wurde, so wie `undo-entry` und die Zeilen darunter es beschreiben.
undo-removed = Entfernt: { $entry }.
# Wann ein Eintrag gemacht wurde: $day ist today, yesterday oder other (dann nennt $date das Datum).
undo-when = { $day ->
    [today] heute um { $time }
    [yesterday] gestern um { $time }
   *[other] { $date } um { $time }
}
undo-entry = { $kind ->
    [log] dein Eintrag von { $when }
    [checkin] deine Check-in-Antwort von { $when }
    [win] dein Erfolg von { $when }
    [rejection] deine Absage von { $when }
   *[reflection] dein Rückblick von { $when }
}
# $what: die eingetragene Aktivität, etwa `Networking ×3`; $where: Firma und Stelle.
undo-entry-log = { $entry }: { $what }
undo-entry-log-where = { $entry }: { $what } – { $where }
undo-entry-win-removed = { $entry } (die Moderation hatte seinen Text entfernt)
undo-entry-quote = { $entry }: „{ $text }“
# $place: die Firma oder der Kanal des Check-ins.
undo-entry-at = { $entry } ({ $place })
undo-post-withdrawn = { $anonymous ->
    [yes] Der anonyme Beitrag dazu in { $channel } wurde zurückgezogen.
   *[no] Der Beitrag dazu in { $channel } wurde zurückgezogen.
}
undo-post-withdrawn-unknown = { $anonymous ->
    [yes] Der anonyme Beitrag dazu wurde aus seinem Kanal zurückgezogen.
   *[no] Der Beitrag dazu wurde aus seinem Kanal zurückgezogen.
}
undo-learning-goal-removed = Das Lernziel, das dadurch entstanden war, „{ $text }“, ist ebenfalls entfernt.
undo-prompt-cancelled = Die dafür geplanten Rückblick-Fragen fallen weg.
undo-app-untracked = { $company } wird nicht mehr als Bewerbung verfolgt.
undo-app-back = Deine Bewerbung bei { $company } ist wieder in der Phase „{ $stage }“.
undo-streak-now = { $count ->
    [one] Deine Serie steht jetzt bei { $count } Tag.
   *[other] Deine Serie steht jetzt bei { $count } Tagen.
}
undo-streak-paused = { $count ->
    [one] Deine Serie steht vorerst bei 0 Tagen; dein { $count } aktiver Tag zählt trotzdem.
   *[other] Deine Serie steht vorerst bei 0 Tagen; deine { $count } aktiven Tage zählen trotzdem.
}
undo-streak-reset = Deine Serie steht wieder bei 0 Tagen: Jeder Eintrag heute startet sie neu.
