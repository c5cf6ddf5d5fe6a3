# `/log` (bot/features/activity): registrar atividades da busca de emprego.

log-logged = Registrado: { $what }.
log-logged-company = Registrado: { $what } — { $company }.
log-logged-company-role = Registrado: { $what } — { $company }, { $role }.
log-cheer = { $kind ->
    [applied] Mais uma candidatura enviada — isso exige coragem.
    [networked] Conexões abrem portas. Mandou bem em entrar em contato.
    [learned] Cada habilidade que você adiciona se soma às outras.
    [practiced] A prática transforma nervosismo em confiança.
    [interviewed] Você chegou a uma entrevista — isso já diz muito sobre você.
    [followed_up] Fazer follow-up é como bons candidatos continuam sendo lembrados.
    [researched] Pesquisa faz diferença na entrevista. Muito bem.
    [resume] Um currículo mais afiado trabalha por você enquanto você descansa.
    [selfcare] Cuidar de si faz parte da busca, não é uma pausa dela.
   *[volunteered] Dedicar tempo aos outros desenvolve habilidades e perspectiva.
}
log-title = { $kind ->
    [applied] Candidatura registrada ✓
    [networked] Networking registrado ✓
    [learned] Aprendizado registrado ✓
    [practiced] Prática registrada ✓
    [interviewed] Entrevista registrada ✓
    [followed_up] Follow-up registrado ✓
    [researched] Pesquisa registrada ✓
    [resume] Trabalho no currículo registrado ✓
    [selfcare] Autocuidado registrado 💚
   *[volunteered] Voluntariado registrado ✓
}
log-app-already-tracked = Sua candidatura para { $company } já está registrada na etapa de { $stage }.
log-app-tracked = A candidatura para { $company } está registrada (etapa: { $stage }).
log-app-moved = A candidatura para { $company } passou para a etapa de { $stage }.
