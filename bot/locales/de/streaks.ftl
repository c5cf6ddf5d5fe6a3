# Serien: /streak und /pause (bot/features/streaks: __init__.py, rules.py, heatmap.py)

## Die Serie in einer Zeile (rules.streak_line), unter einem Eintrag, Erfolg, einer Absage oder einem Check-in

streak-label = Serie
streak-label-yours = Deine Serie
streak-line = { $label }: { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
} (Rekord: { $best })
streak-line-banked = { $label }: { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
} (Rekord: { $best }) · { $freezes }× Serienschutz angespart
streak-line-uncounted = { $label }: Heute ist kein zählender Tag, deshalb wartet die Serie auf den nächsten – zu deinen aktiven Tagen zählt er trotzdem: insgesamt { $total ->
    [one] { $total } Tag
   *[other] { $total } Tage
}.
streak-line-broken = { $label }: beginnt heute neu – dein Rekord bleibt { $best ->
    [one] { $best } Tag
   *[other] { $best } Tage
}.
streak-line-none = { $label }: Trag heute irgendetwas ein, um eine zu starten.
# $days: eine Liste kurzer Daten, etwa "Mo 16 Nov und Di 17 Nov".
streak-freezes-kept = { $count }× Serienschutz hat deine Serie über { $days } gerettet.
streak-freezes-covering = { $count }× Serienschutz deckt { $days } ab – deine Serie ist sicher. Trag heute etwas ein, um sie zu halten.
# Die Symbole sind die des Tagesstreifens; behalte sie und die breiten Abstände zwischen den Einträgen.
streak-strip-legend = ■ aktiv   ❄ Schutz genutzt   ‖ pausiert   – zählt nicht   · verpasst   ○ heute

## /streak

streak-title-own = Deine Serie
streak-title-other = Serie von { $name }
streak-not-found = { $name } hat hier noch nichts eingetragen.
streak-private = @{ $name } hält die eigene Serie privat. Ein `/cheer` kommt aber immer an.
streak-field-current = Aktuelle Serie
streak-field-best = Beste Serie
streak-field-total = Aktive Tage insgesamt
streak-field-freezes = Serienschutz angespart
streak-field-strip = Letzte { $count } Tage
streak-field-counting = Zählende Tage
streak-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
streak-freezes-of = { $count } von { $max }
streak-counting-weekdays = nur Werktage (Wochenenden unterbrechen die Serie nie)
streak-about-new = { $name } hat noch keinen Tag eingetragen – ein `/cheer` könnte genau der Anstoß sein, der noch fehlt.
streak-about-restart = { $name } war bisher an { $total ->
    [one] { $total } Tag
   *[other] { $total } Tagen
} dabei. Serien fangen neu an; ein `/cheer` hilft.
streak-about-going = { $name } hat gerade eine Serie von { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}. Schick ein `/cheer`, damit es weitergeht.
streak-encourage-first = Jede Serie beginnt mit einem kleinen Schritt. Probier `/log activity:applied`.
streak-encourage-break = Unterbrechungen passieren – du warst bisher an { $total ->
    [one] { $total } Tag
   *[other] { $total } Tagen
} dabei, und dieser Einsatz zählt weiter. Ein kleiner Schritt heute startet eine neue Serie.
streak-encourage-open = Heute ist noch nichts eingetragen: Ein kleiner Schritt hält die Serie am Laufen.
streak-encourage-done = Du warst heute dabei. Das ist es, was zählt.

## Das Heatmap-Bild von /streak (heatmap.py)

streak-heatmap-title = @{ $name } · letzte { $weeks } Wochen
streak-heatmap-alt = Kalender der letzten { $weeks } Wochen von { $name }: { $active ->
    [one] { $active } aktiver Tag
   *[other] { $active } aktive Tage
}, { $frozen } durch Serienschutz gedeckt, { $paused } pausiert. Grüne Felder sind aktive Tage, blaue Felder mit Schneeflocke Tage mit Serienschutz, hohle lila Felder Pausentage, graue Felder verpasste Tage.

## /pause

streak-pause-title = Pause
streak-pause-both = Gib entweder `days` oder `off` an, nicht beides.
streak-pause-from-tomorrow = Heute zählt schon, deshalb beginnt deine Pause morgen: pausiert vom { $start } bis einschließlich { $end }.
streak-pause-through = Pausiert bis einschließlich { $end }.
streak-pause-rest = Erholung gehört dazu: Diese Tage unterbrechen deine Serie nicht, und Check-ins erinnern dich nicht. `/pause off` beendet die Pause vorzeitig.
streak-pause-started-title = Genieß deine Pause
streak-pause-none = Du machst gerade keine Pause.
streak-pause-none-hint = Starte eine mit `/pause days:7`.
streak-pause-cancelled = Deine Pause ab { $start } ist abgesagt; jeder Tag zählt wie gewohnt.
streak-pause-cancelled-title = Pause abgesagt
streak-pause-ended = Willkommen zurück! Deine Pause ist vorbei, und heute zählt wieder.
streak-pause-ended-title = Pause beendet
streak-pause-status-none = Du machst gerade keine Pause. `/pause days:7` gibt dir eine Woche frei (bis zu { $max } Tage); Pausentage unterbrechen deine Serie nie.
streak-pause-status-upcoming = Deine Pause beginnt am { $start } und dauert bis einschließlich { $end }. `/pause off` sagt sie ab.
streak-pause-status-active = Du pausierst bis einschließlich { $end }. `/pause off` beendet die Pause vorzeitig.
