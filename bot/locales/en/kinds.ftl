# The activity kinds members log (bot/core/kinds.py): `/log`, goals, `/undo`.

# How a reply names a kind in a sentence: "Logged: learned something."
kind-label = { $kind ->
    [applied] applied
    [networked] networked
    [learned] learned something
    [practiced] practised (mock interview or questions)
    [interviewed] interviewed
    [followed_up] followed up
    [researched] researched a company
    [resume] worked on CV, LinkedIn or portfolio
    [selfcare] took care of yourself
    [volunteered] volunteered
   *[other] { $kind }
}
# A kind's short name in lists of goals: "applied 2/5". English shows the choice members type.
kind-name = { $kind ->
    [applied] applied
    [networked] networked
    [learned] learned
    [practiced] practiced
    [interviewed] interviewed
    [followed_up] followed_up
    [researched] researched
    [resume] resume
    [selfcare] selfcare
    [volunteered] volunteered
   *[other] { $kind }
}
# A kind logged several times at once: "networked ×3".
kind-times = { $label } ×{ $count }
