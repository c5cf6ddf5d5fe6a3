# /strengths, /strengths add, /strengths remove and the strengths list other features
# show (bot/features/strengths).

strength-peer = { $text } (noticed by peers)
strength-title = Your strengths
strength-empty = Your list is empty for now. What do people thank you for? What came easily in your last role? Add one with `/strengths add text:"Explaining complex things simply"`.
strength-how = Read these before your next interview. `/strengths add text:...` adds one; `/strengths remove number:n` removes one.
strength-full = Your list already has { $count ->
        [one] 1 strength
       *[other] { $count } strengths
    }.
strength-full-hint = Remove one with `/strengths remove number:n` first.
strength-already = “{ $text }” is already on your list.
strength-already-hint = `/strengths` shows it.
strength-added = Added “{ $text }”. You now have { $count ->
        [one] 1 strength
       *[other] { $count } strengths
    } on your list.
strength-added-title = Strength added
strength-no-number = There is no strength number { $number }; your list has { $count }.
strength-no-number-hint = `/strengths` shows the numbers.
strength-removed = Removed “{ $text }”.
strength-removed-title = Strength removed
