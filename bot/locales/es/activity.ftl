# `/log` (bot/features/activity): registrar la actividad de búsqueda de empleo.

log-logged = Registrado: { $what }.
log-logged-company = Registrado: { $what } — { $company }.
log-logged-company-role = Registrado: { $what } — { $company }, { $role }.
log-cheer = { $kind ->
    [applied] Otra candidatura enviada: eso requiere valor.
    [networked] Los contactos abren puertas. Bien hecho por animarte a escribir.
    [learned] Cada habilidad que sumas se acumula con las demás.
    [practiced] La práctica convierte los nervios en confianza.
    [interviewed] Llegaste a una entrevista: eso ya dice mucho de ti.
    [followed_up] Hacer seguimiento es lo que mantiene presentes a las buenas candidaturas.
    [researched] La investigación se nota en las entrevistas. Bien hecho.
    [resume] Un CV más pulido trabaja por ti mientras descansas.
    [selfcare] Cuidarte es parte de la búsqueda, no una pausa de ella.
   *[volunteered] Dedicar tiempo a los demás te da habilidades y perspectiva.
}
log-title = { $kind ->
    [applied] Candidatura registrada ✓
    [networked] Networking registrado ✓
    [learned] Aprendizaje registrado ✓
    [practiced] Práctica registrada ✓
    [interviewed] Entrevista registrada ✓
    [followed_up] Seguimiento registrado ✓
    [researched] Investigación registrada ✓
    [resume] Trabajo en el CV registrado ✓
    [selfcare] Autocuidado registrado 💚
   *[volunteered] Voluntariado registrado ✓
}
log-app-already-tracked = Tu candidatura a { $company } ya está registrada en la etapa de { $stage }.
log-app-tracked = La candidatura a { $company } queda registrada (etapa: { $stage }).
log-app-moved = La candidatura a { $company } pasó a la etapa de { $stage }.
