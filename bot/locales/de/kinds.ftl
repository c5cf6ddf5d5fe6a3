# Die Aktivitätsarten, die Mitglieder eintragen (bot/core/kinds.py): `/log`, Ziele, `/undo`.

# Wie eine Antwort eine Art im Satz nennt: „Eingetragen: etwas gelernt.“
kind-label = { $kind ->
    [applied] Bewerbung verschickt
    [networked] Networking
    [learned] etwas gelernt
    [practiced] geübt (Probegespräch oder Fragen)
    [interviewed] Vorstellungsgespräch geführt
    [followed_up] nachgefasst
    [researched] eine Firma recherchiert
    [resume] an Lebenslauf, LinkedIn oder Portfolio gearbeitet
    [selfcare] auf dich geachtet
    [volunteered] ehrenamtlich engagiert
   *[other] { $kind }
}
# Der Kurzname einer Art in Ziellisten: „Bewerbungen 2/5“. Englisch zeigt die Auswahl,
# die Mitglieder tippen.
kind-name = { $kind ->
    [applied] Bewerbungen
    [networked] Networking
    [learned] Lernen
    [practiced] Üben
    [interviewed] Vorstellungsgespräche
    [followed_up] Nachfassen
    [researched] Recherche
    [resume] Lebenslauf
    [selfcare] Selbstfürsorge
    [volunteered] Ehrenamt
   *[other] { $kind }
}
# Eine Art, mehrmals auf einmal eingetragen: „Networking ×3“.
kind-times = { $label } ×{ $count }
