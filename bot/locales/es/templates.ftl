# Plantillas de correo: /template, /mod template-add, /mod template-remove y el mensaje
# directo de seguimiento (bot/features/templates). Las plantillas incluidas están debajo de
# los comandos: sus nombres son identificadores y no cambian en ningún idioma; se traducen
# `.about`, `.subject` y `.body`, manteniendo cada { $placeholder } (Rebound los rellena después).

template-subject-line = Asunto: { $subject }
template-own-about = añadida por el equipo de moderación
template-untitled = plantilla de la comunidad
template-unknown = No hay ninguna plantilla llamada `{ $name }`.
template-unknown-hint = Plantillas disponibles: { $names }.
template-which = ¿Qué plantilla? Indica `name`, como `/template name:feedback-request company:Acme`.
template-which-hint = `/template` sin más las muestra todas.
template-before-you-send = Antes de enviarlo
template-fill-in = Completa { $gaps }.
template-reminder = Recordatorio
template-reminder-text = El { $day } te escribiré por mensaje directo para ver si te han respondido.
template-ready-title = { $name } — lista para copiar
template-list-line = { $name } — { $about }
template-list-builtin = Incluidas
template-list-own = De tu equipo de moderación
template-list-how = Genera una con `/template name:feedback-request company:Acme contact:Sam role:Analyst`. Lo que no indiques queda visible como [company] para que lo completes.
template-list-title = Plantillas de correo
template-follow-up-title = ¿Toca hacer seguimiento?
template-follow-up-sent = { $days ->
        [1] Ayer
        [7] Hace una semana
       *[other] Hace { $days } días
    } enviaste el correo { $template }.
template-follow-up-sent-to = { $days ->
        [1] Ayer
        [7] Hace una semana
       *[other] Hace { $days } días
    } enviaste el correo { $template } a { $company }.
template-follow-up-nudge = Si no te han respondido, un recordatorio breve y amable está perfectamente bien: contesta a tu propio correo con algo como “Quería retomar mi mensaje de abajo; cualquier comentario será muy bienvenido.” Si ya te respondieron, bien hecho por preguntar. En cualquier caso, cuenta: `/log activity:followed_up`.

## /mod template-add y /mod template-remove

template-bad-name = `{ $name }` no es un nombre de plantilla que pueda usar.
template-bad-name-hint = Usa minúsculas, números y guiones, como `referral-thanks`.
template-too-long = La plantilla tiene { $length } caracteres; el límite es { $limit }.
template-too-long-hint = Acórtala y vuelve a intentarlo.
template-unknown-placeholders = { $count ->
        [one] Marcador desconocido:
       *[other] Marcadores desconocidos:
    } { $names }.
template-unknown-placeholders-hint = Las plantillas pueden usar { $placeholders }.
template-builtin-kept = `{ $name }` es una plantilla incluida, así que no se puede reemplazar.
template-builtin-kept-hint = Elige otro nombre, como `{ $name }-ours`.
template-changed = La plantilla `{ $name }` acaba de cambiar.
template-changed-hint = Vuelve a intentarlo.
template-exists = Ya existe una plantilla llamada `{ $name }`, así que la dejé como estaba.
template-exists-hint = Para reemplazarla, añade `replace:yes`: `/mod template-add name:{ $name } body:... replace:yes`. `/template name:{ $name }` muestra la actual.
template-added-title = Plantilla { $name } añadida
template-replaced-title = Plantilla { $name } reemplazada
template-use-it = Los miembros la usan con
template-use-it-how = /template name:{ $name } company:... contact:... role:...
template-builtin-stays = `{ $name }` es una plantilla incluida y no se puede quitar.
template-builtin-stays-hint = Solo se pueden quitar las plantillas añadidas con `/mod template-add`.
template-none-here = Esta comunidad no tiene ninguna plantilla llamada `{ $name }`.
template-none-here-hint = `/template` las muestra.
template-removed = Quité la plantilla { $name }.
template-removed-title = Plantilla quitada

## Las plantillas incluidas

template-builtin-feedback-request =
    .about = pide qué mejorar, con apertura a comentarios positivos o críticos
    .subject = Gracias, y una petición de comentarios sobre el puesto de { $role }
    .body =
        Hola, { $contact }:

        Gracias por comunicarme su decisión sobre el puesto de { $role } y por el tiempo que usted y el equipo me dedicaron. Me gustó mucho conocer más sobre { $company } y respeto la decisión.

        Estoy trabajando para mejorar y le agradecería cualquier comentario sobre mi candidatura o mis entrevistas: qué funcionó bien y en qué podría mejorar. Sean positivos o críticos, incluso unas pocas líneas me ayudarían muchísimo.

        Me encantaría seguir en contacto y que me tuvieran en cuenta para futuros puestos en { $company }.

        Saludos cordiales,
        { $my_name }

template-builtin-application-feedback-request =
    .about = tras un rechazo del CV, pregunta qué haría más sólida tu candidatura
    .subject = Comentarios sobre mi candidatura: { $role } en { $company }
    .body =
        Hola, { $contact }:

        Gracias por informarme sobre mi candidatura al puesto de { $role } en { $company } y por dedicar tiempo a revisarla. Respeto su decisión.

        Estoy trabajando para que mis candidaturas sean más sólidas y le agradecería unos breves comentarios: ¿hubo algo en mi CV o en mi carta de presentación que le restara fuerza, o algún requisito que, a su juicio, todavía no cumplo? Incluso una o dos líneas me ayudarían muchísimo.

        { $company } me sigue interesando y me encantaría que me tuvieran en cuenta para futuros puestos que encajen con mi perfil.

        Saludos cordiales,
        { $my_name }

template-builtin-feedback-follow-up =
    .about = cuando los comentarios fueron genéricos, pide uno o dos puntos concretos
    .subject = Sobre sus comentarios: { $role } en { $company }
    .body =
        Hola, { $contact }:

        Gracias de nuevo por responderme sobre el puesto de { $role }. Valoro mucho que se haya tomado el tiempo.

        Si pudiera compartir un poco más de detalle, me ayudaría mucho: ¿hubo alguna habilidad o experiencia concreta que el equipo considerara que me faltaba, o algún momento de la entrevista en el que podría haber dado una respuesta más sólida? Incluso un solo punto concreto me daría algo tangible en lo que trabajar.

        Entiendo si no es posible, y se lo agradezco igualmente.

        Saludos cordiales,
        { $my_name }

template-builtin-thank-you-after-rejection =
    .about = acepta con elegancia y deja la puerta abierta
    .subject = Gracias: { $role } en { $company }
    .body =
        Hola, { $contact }:

        Gracias por avisarme y por haberme tenido en cuenta para el puesto de { $role }. Aunque lamento el resultado, disfruté conociendo al equipo y aprendiendo sobre el trabajo que hacen en { $company }.

        { $company } me sigue interesando mucho y me encantaría que me tuvieran en cuenta para futuras vacantes. Les deseo a usted y al equipo todo lo mejor.

        Un cordial saludo,
        { $my_name }

template-builtin-stay-in-touch =
    .about = pide que te tengan en cuenta para futuros puestos
    .subject = Seguir en contacto para futuros puestos en { $company }
    .body =
        Hola, { $contact }:

        Espero que se encuentre bien. Hace un tiempo hablamos sobre el puesto de { $role } y quería contarle que mi interés en { $company } sigue intacto.

        Si se abre algún puesto que encaje con mi perfil, le agradecería que me tuviera en cuenta, y con gusto le envío un CV actualizado cuando le sea útil. Gracias por tenerme presente.

        Un saludo,
        { $my_name }

template-builtin-post-interview-thank-you =
    .about = un agradecimiento breve, como mucho un día después de la entrevista
    .subject = Gracias por la conversación de hoy: { $role }
    .body =
        Hola, { $contact }:

        Gracias por dedicar tiempo a hablar conmigo sobre el puesto de { $role }. Disfruté mucho de nuestra conversación y de conocer mejor el trabajo del equipo en { $company }.

        La conversación aumentó aún más mi entusiasmo por el puesto, y confío en que mi experiencia sería de gran ayuda para el equipo. Si hay algo más que pueda compartir para ayudarle en su decisión, no dude en decírmelo.

        Quedo a la espera de sus noticias.

        Saludos cordiales,
        { $my_name }

template-builtin-network-reach-out =
    .about = pide consejo o pistas a un contacto
    .subject = ¿Algún consejo sobre puestos de { $role } en { $company }?
    .body =
        Hola, { $contact }:

        Espero que estés bien. Estoy buscando mi próximo puesto como { $role } y admiro el trabajo que está haciendo { $company }.

        ¿Te animarías a una charla de 20 minutos en las próximas dos semanas? Valoraría mucho tus consejos sobre el sector y sobre lo que hace destacar a una candidatura; y si sabes de vacantes o de personas con las que debería hablar, una presentación significaría mucho para mí.

        Si ahora no es buen momento, no te preocupes en absoluto. Gracias por considerarlo.

        Un saludo,
        { $my_name }

# A moderator's template is shown as written, in its own language.
template-language = Idioma
template-written-in = Escrita en { $language }: se muestra tal como se escribió, sea cual sea tu idioma.
