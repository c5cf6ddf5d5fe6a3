# /strengths, /strengths add, /strengths remove e a lista de pontos fortes que outras
# funções mostram (bot/features/strengths).

strength-peer = { $text } (notado pelos colegas)
strength-title = Seus pontos fortes
strength-empty = Sua lista está vazia por enquanto. Pelo que as pessoas costumam agradecer a você? O que era fácil para você no seu último cargo? Adicione um com `/strengths add text:"Explicar coisas complexas de forma simples"`.
strength-how = Leia antes da sua próxima entrevista. `/strengths add text:...` adiciona um; `/strengths remove number:n` remove um.
strength-full = Sua lista já tem { $count ->
        [one] 1 ponto forte
       *[other] { $count } pontos fortes
    }.
strength-full-hint = Remova um primeiro com `/strengths remove number:n`.
strength-already = “{ $text }” já está na sua lista.
strength-already-hint = `/strengths` mostra.
strength-added = “{ $text }” adicionado. Agora você tem { $count ->
        [one] 1 ponto forte
       *[other] { $count } pontos fortes
    } na sua lista.
strength-added-title = Ponto forte adicionado
strength-no-number = Não há ponto forte número { $number }; sua lista tem { $count }.
strength-no-number-hint = `/strengths` mostra os números.
strength-removed = “{ $text }” removido.
strength-removed-title = Ponto forte removido
