# /privacy export y /privacy delete (bot/features/privacy)

## /privacy export

privacy-export-title = Tus datos
privacy-export = Aquí tienes todo lo que Rebound guarda sobre ti en esta comunidad. `/privacy delete confirm:DELETE` lo borra.
privacy-export-alt = Tus datos de Rebound en JSON
# El valor "about" dentro del archivo JSON exportado (sus nombres de campo siguen en inglés).
privacy-export-about = Todo lo que Rebound guarda sobre ti en esta comunidad. Los identificadores de otros miembros se omiten (null).
privacy-field-records = Registros
privacy-field-scheduled = Mensajes programados
# $tables: cada tabla con su número (privacy-records-table), unidas con ", ".
privacy-records = { $total } — { $tables }
privacy-records-table = `{ $table }`: { $count }
privacy-records-none = solo tu configuración

## /privacy delete

privacy-delete-unconfirmed = No se borró nada: la confirmación debe ser { $word }, en mayúsculas.
privacy-delete-unconfirmed-hint = `/privacy delete confirm:DELETE` borra todo lo tuyo aquí. `/privacy export` te da antes una copia.
privacy-deleted-title = Tus datos se borraron
privacy-deleted = Listo. Todo lo tuyo en esta comunidad está borrado: tu configuración y { $records ->
    [one] { $records } registro
   *[other] { $records } registros
}.
privacy-deleted-jobs = Listo. Todo lo tuyo en esta comunidad está borrado: tu configuración, { $records ->
    [one] { $records } registro
   *[other] { $records } registros
} y { $jobs ->
    [one] { $jobs } mensaje programado
   *[other] { $jobs } mensajes programados
}.
# $records: lo que se conserva (los mensajes privacy-kept-*), unido con "; ".
privacy-kept = { $count ->
    [one] Queda { $count } registro más de `/privacy export`
   *[other] Quedan { $count } registros más de `/privacy export`
} sin tu nombre: { $records }.
privacy-kept-cheers-giver = { $count ->
    [one] los ánimos que diste, con la persona que los recibió
   *[other] los { $count } ánimos que diste, con las personas que los recibieron
}
privacy-kept-strengths-noticer = { $count ->
    [one] la fortaleza que notaste en alguien, en su lista
   *[other] las { $count } fortalezas que notaste en otras personas, en sus listas
}
privacy-kept-audit-actor = { $count ->
    [one] tu acción de moderación en el registro de auditoría
   *[other] tus { $count } acciones de moderación en el registro de auditoría
}
privacy-kept-audit-target = { $count ->
    [one] la entrada de moderación sobre ti en el registro de auditoría
   *[other] las { $count } entradas de moderación sobre ti en el registro de auditoría
}
privacy-kept-mutes-member = { $count ->
    [one] el silencio que te impuso el equipo de moderación
   *[other] los { $count } silencios que te impuso el equipo de moderación
}
privacy-kept-mutes-by = { $count ->
    [one] el silencio que impusiste como parte de la moderación
   *[other] los { $count } silencios que impusiste como parte de la moderación
}
privacy-kept-templates = { $count ->
    [one] la plantilla que añadiste
   *[other] las { $count } plantillas que añadiste
}
privacy-kept-checkin-schedules = { $count ->
    [one] el check-in programado que configuraste
   *[other] los { $count } check-ins programados que configuraste
}
privacy-kept-reporter = { $count ->
    [one] la denuncia que enviaste al equipo de moderación
   *[other] las { $count } denuncias que enviaste al equipo de moderación
}
privacy-kept-reported = { $count ->
    [one] la denuncia sobre ti, un registro de moderación
   *[other] las { $count } denuncias sobre ti, registros de moderación
}
privacy-kept-resolver = { $count ->
    [one] la denuncia que resolviste como parte de la moderación
   *[other] las { $count } denuncias que resolviste como parte de la moderación
}
# Filas de una tabla sin mensaje propio; $record: la tabla.columna (datos).
privacy-kept-other = { $count ->
    [one] { $count } registro en { $record }
   *[other] { $count } registros en { $record }
}
privacy-deleted-mute = El silencio que te impuso el equipo de moderación sigue vigente { $until }: un silencio y su registro de moderación pertenecen a la comunidad, que los conserva por su interés legítimo (art. 17.3 del RGPD), así que borrar tus datos no lo levanta.
privacy-deleted-end = Si vuelves a usar Rebound aquí, empiezas de cero. Cuídate mucho.

## Lo que muestra una publicación retirada en su canal (idioma de la comunidad)

privacy-removed-by-author = (retirada por quien la escribió)
