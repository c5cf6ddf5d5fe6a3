# La respuesta privada de apoyo ante lenguaje de crisis (bot/core/support.py). Mantén exactos
# la dirección de líneas de ayuda y los números de emergencia de los países que hablan el idioma.

support-title = No estás a solas con esto
support-kept = Si ahora mismo todo se siente muy difícil, no tienes que cargarlo a solas. Lo que escribiste habla de suicidio o de autolesión, así que lo mantuve en privado: no se publicó, no se envió a nadie y no se guardó.
support-stopped-needs = `/{ $command }` necesita `{ $option }`, así que no se ejecutó y no se guardó nada más de él. Cuando quieras, puedes volver a intentar `/{ $command }` con otras palabras.
support-stopped = `/{ $command }` no se ejecutó y no se guardó nada más de él. Cuando quieras, puedes volver a intentar `/{ $command }` con otras palabras.
support-rejected = `/{ $command }` no se ejecutó por otro motivo (lo ves abajo), así que no se guardó nada de él.
support-private = El resto de `/{ $command }` sí se ejecutó y quedó en privado: no se compartió nada.
support-default-resources = Si estás pensando en hacerte daño o en quitarte la vida, por favor pide ayuda ahora: llama al número de emergencias de tu país (112 en España y la UE; 911 en México, Argentina y gran parte de Latinoamérica). En España, el 024 atiende la conducta suicida a cualquier hora; en Buenos Aires (Argentina), la Línea 135. También puedes encontrar una línea de ayuda gratuita y confidencial en tu país en https://findahelpline.com. Mereces apoyo, y hablar con alguien puede ayudar.
