# Der Home-Tab eines Mitglieds (bot/features/home). `$log`, `$help`, `$goal`, `$win`, `$wins`:
# ein Befehl, wie Mitglieder ihn auf ihrer Plattform tippen, mit Beispiel, etwa `/log applied`.

home-title = Dein Rebound
home-how-to = Kleine Schritte zählen. Trag einen ein mit { $log }, alle Befehle siehst du mit { $help }.
home-streak-title = Deine Serie
home-first-streak = Jede Serie beginnt mit einem kleinen Schritt – einer Bewerbung, einem Networking-Gespräch, einer Stunde Lernen. Probier { $log }.
home-goals-title = Ziele dieser Woche
home-first-goals = Setz dir ein kleines, stetiges Ziel mit { $goal }.
home-nudge-start = Jede Serie beginnt mit einem kleinen Schritt. Probier { $log }.
home-nudge-today = Heute zählt ✓ – du warst dabei.
home-nudge-break = { $count ->
    [one] Pausen passieren – dein { $count } aktiver Tag zählt trotzdem. Ein kleiner Schritt heute startet eine neue Serie.
   *[other] Pausen passieren – deine { $count } aktiven Tage zählen trotzdem. Ein kleiner Schritt heute startet eine neue Serie.
}
home-nudge-keep = Heute ist noch nichts eingetragen: Ein kleiner Schritt hält die Serie am Laufen.
home-goals-none = Noch keine Ziele. Kleine, stetige Ziele schlagen große: { $goal }.
home-goal = { $kind }: { $done }/{ $target }
home-goal-met = { $kind }: { $done }/{ $target } ✓
home-learning-goal = Lernziel: { $text }
home-wins-title = Letzte Erfolge
home-wins-none = Noch keine Erfolge festgehalten. Sie zählen auch, wenn sie klein sind – eine Antwort aus dem Recruiting, eine Einladung zum Gespräch. { $win } hält einen fest.
home-wins-read = Lies sie an den schweren Tagen. { $wins } zeigt alle.
