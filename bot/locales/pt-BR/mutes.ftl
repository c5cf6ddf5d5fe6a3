# Silenciamentos e o limite para compartilhar (bot/features/mutes): o que um membro
# silenciado ouve, e um silenciamento temporário que chega ao fim.

# Quanto tempo dura um silenciamento, no fuso de quem lê: "até quinta-feira, 5 de novembro, 09:00 (America/Sao_Paulo)".
mute-until = até { $when } ({ $zone })
mute-until-lifted = por tempo indeterminado

# O que um membro silenciado não pode fazer agora: o `$what` de mute-muted.
mute-what-share = compartilhar publicações
mute-what-support = publicar no canal de apoio
mute-what-wins = publicar no canal de conquistas
mute-what-cheers = enviar incentivos

mute-muted = A equipe de moderação silenciou você { $until }, então agora você não pode { $what }.
mute-muted-reason = A equipe de moderação silenciou você { $until }, então agora você não pode { $what }. Motivo informado: { $reason }.
mute-muted-hint = Seus comandos privados (registros, sequências, modelos) continuam funcionando. Se tiver dúvidas, fale com alguém da equipe de moderação.

# Publicações demais em pouco tempo; $time é como 09:00.
mute-flood = Você compartilhou { $count ->
        [one] { $count } publicação
       *[other] { $count } publicações
    } { $minutes ->
        [one] no último minuto
       *[other] nos últimos { $minutes } minutos
    } — esse é o limite por enquanto, para que nenhuma publicação fique soterrada.
mute-flood-hint = Dê um respiro ao canal; você pode compartilhar de novo a partir das { $time }.

# Um silenciamento temporário terminou: o canal de registro da moderação e depois uma mensagem direta para o membro.
mute-ended-echo-title = Silenciamento encerrado
mute-ended-echo = O silenciamento de @{ $name } terminou, então a pessoa pode compartilhar e incentivar de novo.
mute-ended-echo-former = O silenciamento de um ex-membro terminou, então a pessoa pode compartilhar e incentivar de novo.
mute-ended-dm-title = Você pode compartilhar de novo
mute-ended-dm = Seu silenciamento terminou, então você pode voltar a compartilhar publicações e incentivar outras pessoas. Que bom ter você de volta — ficamos felizes por você estar aqui.
