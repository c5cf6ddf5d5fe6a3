# /reflect: la reflexión guiada después de una entrevista (bot/features/reflections).
# Los nombres de opciones (company, went_well, …), valores como `followed_up:no` y los
# comandos entre comillas invertidas se quedan en inglés: los miembros los escriben.

## Un /reflect sin opciones: las preguntas que responder

reflect-title = Reflexiona sobre tu entrevista
reflect-intro = Tómate cinco minutos ahora que lo tienes fresco. Responde las que quieras; ninguna es obligatoria:
# Una línea por pregunta; cada una empieza con el nombre de la opción que la responde,
# tal como lo escriben los miembros.
reflect-question-company = company — ¿de qué entrevista se trata?
reflect-question-went-well = went_well — ¿qué salió bien?
reflect-question-do-differently = do_differently — ¿qué harías distinto la próxima vez?
reflect-question-clear-confident = clear_confident — ¿con cuánta claridad y seguridad respondiste (1-5)?
reflect-question-nonverbal = nonverbal — ¿qué tal tu lenguaje corporal, tu contacto visual y tu tono (1-5)?
reflect-question-followed-up = followed_up — ¿enviaste un agradecimiento o un seguimiento (yes/no)?
reflect-question-skill-gap = skill_gap — ¿hay alguna habilidad o tema que quieras reforzar?
# Las respuestas entre comillas pueden traducirse; los nombres de opciones y los valores no.
reflect-example = Por ejemplo: `/reflect company:Acme went_well:"La historia de mi proyecto" do_differently:"Ir más despacio" clear_confident:3 followed_up:no`

## Una reflexión guardada

reflect-saved-title = Reflexión guardada
reflect-thanks = Gracias por reflexionar. Mirar atrás con honestidad es lo que hace mejor la próxima entrevista.
reflect-thanks-on = Gracias por reflexionar sobre { $company }. Mirar atrás con honestidad es lo que hace mejor la próxima entrevista.
reflect-showing-up = Estar presente cuenta
reflect-keep-doing = Sigue haciendo
reflect-next-time = La próxima vez
# $text: lo que el miembro escribió que haría distinto.
reflect-next-time-text = { $text } — `/prep` te lo recordará.
reflect-practice-title = Practicar ayuda
# Qué puntuaciones fueron bajas (2 o menos): claridad y seguridad, no verbal, o ambas.
reflect-practice = { $scores ->
        [clarity] Tu puntuación de claridad y seguridad puede subir rápido con un simulacro de entrevista: `/buddy join purpose:mock-interview` te busca una pareja de práctica.
        [nonverbal] Tu puntuación de comunicación no verbal puede subir rápido con un simulacro de entrevista: `/buddy join purpose:mock-interview` te busca una pareja de práctica.
       *[both] Tus puntuaciones de claridad y seguridad y de comunicación no verbal pueden subir rápido con un simulacro de entrevista: `/buddy join purpose:mock-interview` te busca una pareja de práctica.
    }
reflect-goal-added = Meta de aprendizaje añadida
reflect-goal-added-text = { $goal } — `/goal` la muestra junto a tus metas semanales.
reflect-goal-exists = Ya es una meta de aprendizaje
reflect-goal-exists-text = { $goal } ya está en tu lista: `/goal` la muestra.
reflect-thank-you-title = Envía un agradecimiento: todavía estás a tiempo
reflect-thank-you-again = (`/template name:post-interview-thank-you` lo vuelve a mostrar.)
