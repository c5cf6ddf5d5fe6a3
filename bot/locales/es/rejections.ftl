# /rejection: el plan de recuperación privado, la publicación en el canal de apoyo y las
# preguntas de reflexión del día siguiente (bot/features/rejections). Los nombres de
# opciones, los valores de etapa y los comandos entre comillas invertidas se quedan en
# inglés: los miembros los escriben.

## El plan de recuperación (una respuesta privada)

rejection-plan-title = Tu plan de recuperación
rejection-sorry = Siento mucho la noticia. Es normal que duela.
rejection-sorry-from = Siento mucho la noticia de { $company }. Es normal que duela.
rejection-reframe = Las decisiones de contratación suelen depender de cosas que no ves ni controlas: un candidato interno, un cambio de presupuesto, un equipo que necesitaba una habilidad muy concreta. Un no habla de una vacante, no es un veredicto sobre ti.
rejection-showing-up = Estar presente cuenta
rejection-step-process = 1. Date tiempo para procesarlo
rejection-step-feedback = 2. Pide feedback: texto listo para copiar
rejection-step-strengths = 3. Recuerda tus fortalezas
rejection-step-reflect = 4. Reflexiona mañana
rejection-no-strengths = Tu lista está vacía: añade una hoy con `/strengths add text:...`. ¿Qué te agradecería alguien con quien trabajaste?
rejection-reflect-tomorrow = Mañana a las { $time } te enviaré por mensaje directo unas preguntas para reflexionar. Cuando quieras: `{ $command }`.

# Una sugerencia de autocuidado por rechazo, por turnos (la primera para el primer
# rechazo de un miembro, y así sucesivamente); mantener siete.
rejection-self-care-1 = Aléjate de la búsqueda lo que queda del día. Un paseo de 20 minutos al aire libre ayuda a que la decepción se asiente.
rejection-self-care-2 = Cuéntale a alguien de confianza cómo te sientes: una amistad, tu familia o alguien de aquí. Decirlo en voz alta lo hace más ligero.
rejection-self-care-3 = Haz hoy algo que no tenga nada que ver con el trabajo: cocina algo que te encante, pon música, llama a alguien que te haga reír.
rejection-self-care-4 = Escribe tres cosas que hiciste bien en este proceso. Llegaste hasta aquí por algo.
rejection-self-care-5 = Tómate la noche libre de verdad: nada de portales de empleo, nada de correo. La búsqueda seguirá ahí mañana, y tú también.
rejection-self-care-6 = Muévete 15 minutos: estírate, baila, sube por las escaleras. Ayuda al cuerpo a soltar el estrés.
rejection-self-care-7 = Come algo rico, bebe agua y acuéstate temprano. Las cosas se ven distintas después de dormir.

## Compartir (lo que se le dice al miembro)

rejection-kept-private = Guardado en privado
rejection-shared = Compartido
rejection-no-support-channel = Esta comunidad todavía no tiene canal de apoyo, así que tu rechazo no se compartió. Alguien del equipo de moderación puede configurarlo con `/mod setup support_channel:#channel`.
rejection-not-posted = No se publicó nada de este rechazo.
rejection-shared-anonymous = Publicando de forma anónima en { $channel } como publicación { $number }. Nadie puede saber que fuiste tú.
rejection-shared-public = Publicando en { $channel } como publicación { $number }, para que la comunidad pueda darte ánimos.

## La publicación en el canal de apoyo (en el idioma de la comunidad)

rejection-post-title-anonymous = Alguien compartió un rechazo
rejection-post-title = { $name } compartió un rechazo
# Hasta dónde llegó el miembro; completa "acaba de recibir un no …" más abajo.
rejection-stage = { $stage ->
        [applied] a una candidatura
        [screen] tras un primer filtro
        [interview] tras una entrevista
       *[final] tras la ronda final
    }
rejection-post-anonymous = Alguien de nuestra comunidad acaba de recibir un no.
rejection-post-anonymous-stage = Alguien de nuestra comunidad acaba de recibir un no { $stage }.
rejection-post-public = @{ $name } acaba de recibir un no.
rejection-post-public-stage = @{ $name } acaba de recibir un no { $stage }.
rejection-post-public-from = @{ $name } acaba de recibir un no de { $company }.
rejection-post-public-from-stage = @{ $name } acaba de recibir un no de { $company } { $stage }.
# Lo que el miembro escribió al respecto, citado.
rejection-post-note = “{ $note }”
rejection-post-invite = Si tú también has pasado por esto, unas palabras amables ayudan muchísimo.

## Las preguntas de reflexión del día siguiente (un mensaje directo)

rejection-prompt-title = Unas preguntas, cuando quieras
rejection-prompt-interview = ¿Cómo estás hoy? Cuando te sientas con ánimo, una breve reflexión convierte un día difícil en algo útil. Con cinco minutos basta:
rejection-prompt-interview-about = ¿Cómo estás hoy? Cuando te sientas con ánimo, una breve reflexión sobre { $company } convierte un día difícil en algo útil. Con cinco minutos basta:
rejection-prompt-interview-questions =
    • ¿Qué salió bien?
    • ¿Qué harías distinto la próxima vez?
    • ¿Con cuánta claridad y seguridad hablaste (1-5)? ¿Y tu lenguaje corporal (1-5)?
    • ¿Enviaste un mensaje de agradecimiento?
    • ¿Hubo alguna habilidad que te faltó y que podrías trabajar?
rejection-prompt-application = ¿Cómo estás hoy? Cuando te sientas con ánimo, repasar brevemente tu candidatura hará que la próxima sea más sólida. Con cinco minutos basta:
rejection-prompt-application-to = ¿Cómo estás hoy? Cuando te sientas con ánimo, repasar brevemente tu candidatura a { $company } hará que la próxima sea más sólida. Con cinco minutos basta:
rejection-prompt-application-questions =
    • ¿Qué hizo bien tu candidatura?
    • ¿Hasta qué punto tu CV y tu carta de presentación respondían a lo que pedía la oferta?
    • ¿Qué cambiarías la próxima vez: el CV, la carta o el tipo de puestos a los que te presentas?
    • ¿Había algún requisito que todavía no podías demostrar, una habilidad que podrías trabajar?
rejection-prompt-answer = Responde con `{ $command } went_well:... do_differently:... skill_gap:...`: la habilidad que te falta se convierte en una meta de aprendizaje.
