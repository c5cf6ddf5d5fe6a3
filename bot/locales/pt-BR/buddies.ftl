# Duplas de prática: /buddy join|leave|status, as mensagens diretas de formação de duplas
# e /mod pair (bot/features/buddies). Os códigos de objetivo (mock-interview,
# resume-review, networking) e os nomes de opções ficam em inglês: os membros digitam.

buddy-title = Duplas de prática
# Para o que um membro entrou; completa as frases abaixo.
buddy-purpose = { $purpose ->
        [mock-interview] simulações de entrevista
        [resume-review] revisões de currículo e perfil
        [networking] networking
       *[none] prática em geral
    }

## A mensagem direta que apresenta a dupla da rodada

buddy-pair-title = Sua dupla de prática 🤝
buddy-meet = Conheça @{ $name }, sua dupla de prática desta semana.
buddy-pair-purpose = Vocês formam dupla para { $purpose }.
buddy-pair-mixed = Você entrou para { $mine } e a outra pessoa para { $theirs } — façam uma sessão de cada.
buddy-tz-same = Vocês estão no mesmo fuso horário, então achar um horário deve ser fácil.
buddy-tz-ahead = O relógio da sua dupla está { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } à frente do seu ({ $zone }), então escolham um horário bom para os dois.
buddy-tz-behind = O relógio da sua dupla está { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } atrás do seu ({ $zone }), então escolham um horário bom para os dois.
buddy-say-hello = Primeiro passo: mande um oi para @{ $name } hoje.
buddy-first-step = { $purpose ->
        [mock-interview] Reservem 45 minutos esta semana. Cada um traz uma vaga real; revezem-se fazendo três perguntas baseadas nela e, no fim, compartilhem uma coisa que funcionou e uma para melhorar.
        [resume-review] Troquem currículos ou perfis do LinkedIn hoje. Cada um marca as três linhas que um recrutador lembraria e uma linha para cortar; depois conversem sobre isso por 20 minutos.
        [networking] Troquem listas de três pessoas ou empresas que vocês querem contatar, e cada um escreve uma mensagem para o outro revisar (`/template name:network-reach-out` é um bom começo).
       *[none] Combinem uma sessão de 30 minutos esta semana: uma simulação de entrevista, uma troca de currículos ou uma hora se candidatando lado a lado em uma chamada.
    }

## A mensagem direta para quem fica de fora da rodada

buddy-left-out-title = Sem dupla nesta rodada
buddy-left-out-alone = Por enquanto só você se inscreveu, então ainda não havia ninguém para formar dupla com você.
buddy-left-out-odd = Esta rodada teve um número ímpar de pessoas, então alguém precisava esperar — é só matemática, nada a ver com você.
buddy-left-out-promise = Na próxima rodada você tem prioridade, prometo.
buddy-left-out-meanwhile = Enquanto isso: `/prep company:...` para a sua próxima entrevista, ou incentive alguém no canal de apoio — faz bem para os dois.

## /buddy join, /buddy leave, /buddy status

buddy-next-manual = As duplas são formadas quando alguém da moderação inicia a rodada com `/mod pair`.
buddy-next = Próxima formação de duplas: { $when } (no seu horário).
buddy-joined = Você está dentro para { $purpose }. Vou apresentar sua dupla por mensagem direta.
buddy-rejoined = Você já estava dentro; seu objetivo agora: { $purpose }.
buddy-leave-any-time = `/buddy leave` tira você a qualquer momento.
buddy-not-joined = Você ainda não entrou nas duplas de prática.
buddy-not-joined-hint = `/buddy join` faz sua inscrição.
buddy-left = A partir de agora você não entra mais nas duplas. Obrigado por praticar com outras pessoas — `/buddy join` traz você de volta quando quiser.
buddy-status-not-joined = Você ainda não entrou nas duplas. `/buddy join purpose:mock-interview` (ou resume-review, networking) forma uma dupla para você toda semana.
buddy-field-purpose = Objetivo
buddy-field-current = Dupla atual
buddy-current-waiting = ninguém nesta rodada — na próxima você tem prioridade
buddy-current-none = ainda sem dupla

## /mod pair

buddy-pairing-title = Formação de duplas
buddy-scheduled-title = Formação de duplas agendada
buddy-day-time-alone = `day` e `time` vão com `schedule:weekly`.
buddy-day-time-alone-hint = Como `/mod pair schedule:weekly day:mon time:09:00`; `/mod pair` sozinho forma as duplas agora.
buddy-confirm-with-schedule = `confirm` vai com `/mod pair` sozinho, para formar duplas de novo logo depois de uma rodada.
buddy-confirm-with-schedule-hint = Como `/mod pair schedule:{ $schedule }`.
buddy-schedule-off = A formação semanal de duplas está desativada.
buddy-schedule-was-off = A formação semanal de duplas não estava agendada.
buddy-scheduled = As duplas serão formadas a cada { $day } às { $time } ({ $zone }). Próxima: { $next }.
buddy-repeat = A rodada { $round } foi em { $when }, há menos de uma semana; outra rodada agora daria a todos uma nova dupla e uma nova mensagem. Nada foi alterado.
buddy-repeat-hint = Para formar duplas de novo mesmo assim: `/mod pair confirm:yes`.
buddy-nobody = Ninguém entrou ainda. Os membros entram com `/buddy join`.
buddy-round-title = Rodada { $round }: { $count ->
        [one] { $count } dupla
       *[other] { $count } duplas
    }
buddy-waits = @{ $name } espera nesta rodada e tem prioridade na próxima.
buddy-everyone-told = Todos receberam uma mensagem direta.

# The moderators' audit log (`/mod audit`), in the community's language.
buddy-audit-round = rodada { $round }
buddy-audit-nobody = ninguém inscrito
buddy-audit-weekly = toda semana, { $day } às { $time }
buddy-audit-off = pareamento semanal desligado
