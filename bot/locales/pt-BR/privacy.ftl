# /privacy export e /privacy delete (bot/features/privacy)

## /privacy export

privacy-export-title = Seus dados
privacy-export = Aqui está tudo o que o Rebound guarda sobre você nesta comunidade. `/privacy delete confirm:DELETE` apaga tudo.
privacy-export-alt = Seus dados do Rebound em JSON
# O valor "about" dentro do arquivo JSON exportado (os nomes dos campos continuam em inglês).
privacy-export-about = Tudo o que o Rebound guarda sobre você nesta comunidade. Os ids de outros membros ficam de fora (null).
privacy-field-records = Registros
privacy-field-scheduled = Mensagens agendadas
# $tables: cada tabela com sua contagem (privacy-records-table), unidas com ", ".
privacy-records = { $total } — { $tables }
privacy-records-table = `{ $table }`: { $count }
privacy-records-none = só suas configurações

## /privacy delete

privacy-delete-unconfirmed = Nada foi apagado: a confirmação precisa ser { $word }, em maiúsculas.
privacy-delete-unconfirmed-hint = `/privacy delete confirm:DELETE` apaga tudo sobre você aqui. `/privacy export` dá uma cópia antes.
privacy-deleted-title = Seus dados foram apagados
privacy-deleted = Pronto. Tudo sobre você nesta comunidade foi apagado: suas configurações e { $records ->
    [one] { $records } registro
    [many] { $records } de registros
   *[other] { $records } registros
}.
privacy-deleted-jobs = Pronto. Tudo sobre você nesta comunidade foi apagado: suas configurações, { $records ->
    [one] { $records } registro
    [many] { $records } de registros
   *[other] { $records } registros
} e { $jobs ->
    [one] { $jobs } mensagem agendada
    [many] { $jobs } de mensagens agendadas
   *[other] { $jobs } mensagens agendadas
}.
# $records: o que fica (as mensagens privacy-kept-*), unido com "; ".
privacy-kept = { $count ->
    [one] { $count } outro registro do `/privacy export` continua
   *[other] { $count } outros registros do `/privacy export` continuam
} sem seu nome: { $records }.
privacy-kept-cheers-giver = { $count ->
    [one] o incentivo que você deu, com a pessoa que recebeu
   *[other] os { $count } incentivos que você deu, com as pessoas que receberam
}
privacy-kept-strengths-noticer = { $count ->
    [one] o ponto forte que você notou em alguém, na lista da pessoa
   *[other] os { $count } pontos fortes que você notou em outras pessoas, nas listas delas
}
privacy-kept-audit-actor = { $count ->
    [one] sua ação de moderação no registro de auditoria
   *[other] suas { $count } ações de moderação no registro de auditoria
}
privacy-kept-audit-target = { $count ->
    [one] o registro de moderação sobre você no registro de auditoria
   *[other] os { $count } registros de moderação sobre você no registro de auditoria
}
privacy-kept-mutes-member = { $count ->
    [one] o silêncio que a moderação aplicou a você
   *[other] os { $count } silêncios que a moderação aplicou a você
}
privacy-kept-mutes-by = { $count ->
    [one] o silêncio que você aplicou como parte da moderação
   *[other] os { $count } silêncios que você aplicou como parte da moderação
}
privacy-kept-templates = { $count ->
    [one] o modelo que você adicionou
   *[other] os { $count } modelos que você adicionou
}
privacy-kept-checkin-schedules = { $count ->
    [one] o check-in agendado que você configurou
   *[other] os { $count } check-ins agendados que você configurou
}
privacy-kept-reporter = { $count ->
    [one] a denúncia que você fez à moderação
   *[other] as { $count } denúncias que você fez à moderação
}
privacy-kept-reported = { $count ->
    [one] a denúncia sobre você, um registro de moderação
   *[other] as { $count } denúncias sobre você, registros de moderação
}
privacy-kept-resolver = { $count ->
    [one] a denúncia que você resolveu como parte da moderação
   *[other] as { $count } denúncias que você resolveu como parte da moderação
}
# Linhas de uma tabela sem mensagem própria; $record: a tabela.coluna (dados).
privacy-kept-other = { $count ->
    [one] { $count } registro em { $record }
   *[other] { $count } registros em { $record }
}
privacy-deleted-mute = O silêncio que a moderação aplicou a você continua valendo { $until }: um silêncio e o registro de moderação sobre ele pertencem à comunidade, que os mantém por legítimo interesse (GDPR, art. 17(3)), então apagar seus dados não o retira.
privacy-deleted-end = Se você voltar a usar o Rebound aqui, começa do zero. Cuide-se.

## O que uma publicação retirada mostra no canal (idioma da comunidade)

privacy-removed-by-author = (removida por quem a publicou)
