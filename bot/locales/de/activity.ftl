# `/log` (bot/features/activity): Aktivitäten der Jobsuche eintragen.

log-logged = Eingetragen: { $what }.
log-logged-company = Eingetragen: { $what } – { $company }.
log-logged-company-role = Eingetragen: { $what } – { $company }, { $role }.
log-cheer = { $kind ->
    [applied] Wieder eine Bewerbung draußen – das braucht Mut.
    [networked] Kontakte öffnen Türen. Stark, dass du dich gemeldet hast.
    [learned] Jede neue Fähigkeit zahlt sich mehrfach aus.
    [practiced] Übung macht aus Nervosität Selbstvertrauen.
    [interviewed] Du hast es bis ins Vorstellungsgespräch geschafft – das sagt schon viel über dich.
    [followed_up] Durch Nachfassen bleiben gute Leute in Erinnerung.
    [researched] Gute Recherche merkt man im Gespräch. Gut gemacht.
    [resume] Ein geschärfter Lebenslauf arbeitet für dich, während du dich ausruhst.
    [selfcare] Auf dich zu achten ist Teil der Suche, keine Pause davon.
   *[volunteered] Zeit für andere bringt neue Fähigkeiten und neue Blickwinkel.
}
log-title = { $kind ->
    [applied] Bewerbung eingetragen ✓
    [networked] Networking eingetragen ✓
    [learned] Lernen eingetragen ✓
    [practiced] Übung eingetragen ✓
    [interviewed] Vorstellungsgespräch eingetragen ✓
    [followed_up] Nachfassen eingetragen ✓
    [researched] Recherche eingetragen ✓
    [resume] Arbeit am Lebenslauf eingetragen ✓
    [selfcare] Selbstfürsorge eingetragen 💚
   *[volunteered] Ehrenamt eingetragen ✓
}
log-app-already-tracked = Deine Bewerbung bei { $company } steht schon in der Phase „{ $stage }“.
log-app-tracked = Die Bewerbung bei { $company } wird jetzt verfolgt (Phase: { $stage }).
log-app-moved = Die Bewerbung bei { $company } ist jetzt in der Phase „{ $stage }“.
