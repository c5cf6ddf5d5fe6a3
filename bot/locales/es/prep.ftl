# /prep: la lista de investigación, las fortalezas y los consejos antes de una entrevista
# (bot/features/prep).

prep-title = Preparación: { $company }
prep-intro = Ya te has preparado antes para cosas difíciles. Este es tu plan para { $company }.
prep-intro-role = Ya te has preparado antes para cosas difíciles. Este es tu plan para { $company }, para el puesto de { $role }.
prep-checklist = Lista de investigación
prep-check-job = ☐ Vuelve a leer la oferta: subraya las tres cosas que más destacan.
prep-check-job-role = ☐ Vuelve a leer la oferta de { $role }: subraya las tres cosas que más destacan.
prep-check-culture = ☐ Cultura de la empresa: los valores de { $company }, su página de empleo, noticias recientes y cómo la describe su gente.
prep-check-duties = ☐ Responsabilidades: para cada tarea principal, una historia de tu experiencia (situación, acción, resultado).
prep-check-qualifications = ☐ Requisitos: relaciona cada uno con una prueba; si te falta alguno, di cómo lo estás cubriendo.
prep-check-questions = ☐ Dos o tres preguntas tuyas sobre el equipo, los primeros 90 días o cómo se mide el éxito.
prep-check-logistics = ☐ Logística: zona horaria, enlace o dirección, el nombre de quien te entrevista, un vaso de agua.
prep-strengths = Tus fortalezas: dilas en voz alta una vez
prep-strengths-none = Aún no tienes ninguna. Añade dos antes de la entrevista: `/strengths add text:...`.
prep-do-differently = La última vez dijiste que harías esto de otra manera
prep-do-differently-at = La última vez dijiste que harías esto de otra manera ({ $company })
prep-went-well = La última vez esto salió bien
prep-went-well-at = La última vez esto salió bien ({ $company })
prep-learning = Lo que estás reforzando
prep-after = Después de la entrevista
prep-after-text = Envía un agradecimiento en menos de un día (`/template name:post-interview-thank-you company:"{ $company }"`) y reflexiona mientras lo tienes fresco (`/reflect`).
