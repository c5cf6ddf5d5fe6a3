# /strengths, /strengths add, /strengths remove y la lista de fortalezas que muestran otras
# funciones (bot/features/strengths).

strength-peer = { $text } (según tus compañeros)
strength-title = Tus fortalezas
strength-empty = Por ahora tu lista está vacía. ¿Por qué te da las gracias la gente? ¿Qué te salía con facilidad en tu último puesto? Añade una con `/strengths add text:"Explicar cosas complejas de forma sencilla"`.
strength-how = Léelas antes de tu próxima entrevista. `/strengths add text:...` añade una; `/strengths remove number:n` quita una.
strength-full = Tu lista ya tiene { $count ->
        [one] 1 fortaleza
       *[other] { $count } fortalezas
    }.
strength-full-hint = Primero quita una con `/strengths remove number:n`.
strength-already = “{ $text }” ya está en tu lista.
strength-already-hint = `/strengths` la muestra.
strength-added = Añadida: “{ $text }”. Ahora tienes { $count ->
        [one] 1 fortaleza
       *[other] { $count } fortalezas
    } en tu lista.
strength-added-title = Fortaleza añadida
strength-no-number = No hay ninguna fortaleza con el número { $number }; tu lista tiene { $count }.
strength-no-number-hint = `/strengths` muestra los números.
strength-removed = Quitada: “{ $text }”.
strength-removed-title = Fortaleza quitada
