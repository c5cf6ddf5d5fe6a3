# `/stats` (bot/features/stats): a jornada de um membro em números.

stats-title = Sua jornada
stats-applications = Candidaturas
stats-interviews = Entrevistas
stats-offers = Ofertas
stats-rejections = Rejeições
stats-reflections = Reflexões
stats-wins = Conquistas
stats-cheers-given = Incentivos dados
stats-cheers-received = Incentivos recebidos
stats-current-streak = Sequência atual
stats-best-streak = Melhor sequência
stats-active-days = Dias ativos
stats-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
stats-rejections-only-you = Você é a única pessoa aqui que registrou uma rejeição este mês — e continuou em frente. Toda busca de emprego é feita principalmente de rejeições; elas dizem pouco sobre o seu valor.
stats-rejections-nobody = Ninguém aqui registrou uma rejeição este mês ainda — quando acontecer, lembre-se de que toda busca de emprego é feita principalmente de rejeições, e elas dizem pouco sobre o seu valor.
stats-rejections-members = { $count ->
    [one] { $count } pessoa registrou uma rejeição este mês — isso não acontece só com você.
   *[other] { $count } pessoas registraram uma rejeição este mês — isso não acontece só com você.
}
