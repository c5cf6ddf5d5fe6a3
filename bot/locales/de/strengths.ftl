# /strengths, /strengths add, /strengths remove und die Stärkenliste, die andere Funktionen
# zeigen (bot/features/strengths).

strength-peer = { $text } (von anderen bemerkt)
strength-title = Deine Stärken
strength-empty = Deine Liste ist noch leer. Wofür bedanken sich Leute bei dir? Was ist dir in deiner letzten Stelle leichtgefallen? Füg eine hinzu mit `/strengths add text:"Komplexes einfach erklären"`.
strength-how = Lies sie vor deinem nächsten Vorstellungsgespräch. `/strengths add text:...` fügt eine hinzu; `/strengths remove number:n` entfernt eine.
strength-full = Deine Liste hat schon { $count ->
        [one] 1 Stärke
       *[other] { $count } Stärken
    }.
strength-full-hint = Entferne zuerst eine mit `/strengths remove number:n`.
strength-already = „{ $text }“ steht schon auf deiner Liste.
strength-already-hint = `/strengths` zeigt sie.
strength-added = „{ $text }“ hinzugefügt. Jetzt { $count ->
        [one] steht 1 Stärke
       *[other] stehen { $count } Stärken
    } auf deiner Liste.
strength-added-title = Stärke hinzugefügt
strength-no-number = Es gibt keine Stärke Nummer { $number }; deine Liste hat { $count }.
strength-no-number-hint = `/strengths` zeigt die Nummern.
strength-removed = „{ $text }“ entfernt.
strength-removed-title = Stärke entfernt
