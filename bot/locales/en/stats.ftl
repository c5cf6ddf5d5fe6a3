# `/stats` (bot/features/stats): a member's own journey in numbers.

stats-title = Your journey
stats-applications = Applications
stats-interviews = Interviews
stats-offers = Offers
stats-rejections = Rejections
stats-reflections = Reflections
stats-wins = Wins
stats-cheers-given = Cheers given
stats-cheers-received = Cheers received
stats-current-streak = Current streak
stats-best-streak = Best streak
stats-active-days = Active days
stats-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
stats-rejections-only-you = You are the only one here who logged a rejection this month — and you kept going. Every job search is mostly rejections; they say little about your worth.
stats-rejections-nobody = Nobody here has logged a rejection this month yet — when it happens, remember that every job search is mostly rejections, and they say little about your worth.
stats-rejections-members = { $count ->
    [one] { $count } member logged a rejection this month — you are not alone.
   *[other] { $count } members logged a rejection this month — you are not alone.
}
