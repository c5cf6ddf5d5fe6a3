# `/log` (bot/features/activity): recording job-search activity.

log-logged = Logged: { $what }.
log-logged-company = Logged: { $what } — { $company }.
log-logged-company-role = Logged: { $what } — { $company }, { $role }.
log-cheer = { $kind ->
    [applied] Another application out there — that takes courage.
    [networked] Connections open doors. Nice work reaching out.
    [learned] Every skill you add compounds.
    [practiced] Practice turns nerves into confidence.
    [interviewed] You made it to an interview — that already says a lot about you.
    [followed_up] Following up is how good candidates stay top of mind.
    [researched] Research shows in interviews. Well done.
    [resume] A sharper CV works for you while you rest.
    [selfcare] Looking after yourself is part of the search, not a break from it.
   *[volunteered] Giving time to others builds skills and perspective.
}
log-title = { $kind ->
    [applied] Application logged ✓
    [networked] Networking logged ✓
    [learned] Learning logged ✓
    [practiced] Practice logged ✓
    [interviewed] Interview logged ✓
    [followed_up] Follow-up logged ✓
    [researched] Research logged ✓
    [resume] CV work logged ✓
    [selfcare] Self-care logged 💚
   *[volunteered] Volunteering logged ✓
}
log-app-already-tracked = Your application to { $company } is already tracked at the { $stage } stage.
log-app-tracked = Application to { $company } is tracked (stage: { $stage }).
log-app-moved = Application to { $company } moved to the { $stage } stage.
