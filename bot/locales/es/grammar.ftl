# La línea de comando y las comprobaciones por las que pasa el valor de cada opción: la
# gramática de texto de la consola y del `/rebound` de Slack (bot/core/grammar.py) y la
# validación común a todos los adaptadores (bot/core/declarations.py, bot/core/intake.py).
# Los nombres de comandos y opciones, los valores de las opciones y las líneas de uso
# (`/log activity:applied|...`) se dejan tal como los escriben los miembros.

## Leer una línea de comando

grammar-unclosed-quote = A un valor entre comillas le falta su `{ $mark }` de cierre.
grammar-unclosed-quote-hint = Cierra las comillas, como note:"Puesto de backend en Acme" (escribe \" para poner comillas dentro).
grammar-type-a-command = Escribe un comando, como /help.
# $names: los subcomandos del grupo, como `setup, mute, unmute`.
grammar-needs-subcommand = `/{ $group }` necesita un subcomando: { $names }.
grammar-needs-subcommand-hint = Prueba con `/help command:{ $group }`.
grammar-no-command = No existe el comando `/{ $command }`.
# $names: comandos como `/log, /logs`.
grammar-suggest-commands = ¿Querías decir { $names }? `/help` muestra todos los comandos.
grammar-help-lists-all = `/help` muestra todos los comandos.
grammar-no-subcommand = `/{ $group }` no tiene el subcomando `{ $word }`.
grammar-no-subcommand-hint = Sus subcomandos son { $names }; `/help command:{ $group }` explica cada uno.
grammar-no-subcommand-hint-close = ¿Querías decir `/{ $group } { $close }`? Sus subcomandos son { $names }; `/help command:{ $group }` explica cada uno.
grammar-given-twice = `{ $option }` aparece dos veces.
# $usage: una línea de uso, como `/log activity:applied|... [note:text]`.
grammar-usage = Uso: { $usage }
grammar-not-understood = No entendí `{ $word }` en `/{ $command }`.
grammar-write-options = Escribe las opciones como nombre:valor. Uso: { $usage }
# $usages: las líneas de uso de los subcomandos, unidas con grammar-or.
grammar-group-usages = ¿Querías decir { $usages }? Por sí solo: `{ $usage }`.
# Dos alternativas; tres son `a o b o c`.
grammar-or = { $first } o { $second }
grammar-not-a-member = `{ $item }` en `{ $option }` no es un miembro.
grammar-not-a-member-hint = Menciona a cada miembro con @, como @ana,@bo.

## Opciones que un comando no tiene

grammar-takes-no-options = `/{ $command }` no tiene la opción `{ $option }`; no lleva opciones.
grammar-no-option = `/{ $command }` no tiene la opción `{ $option }`.
grammar-no-option-close = `/{ $command }` no tiene la opción `{ $option }`. ¿Querías decir `{ $close }`?
# $typed: la palabra tal como se escribió, como `compnay:Acme`; $rest: la opción de texto libre.
grammar-quote-the-text = Si `{ $typed }` es parte de tu texto, pon el texto entre comillas, como { $rest }:"… { $typed }". Uso: { $usage }

## Valores que no encajan en su opción
## Un mensaje `-given` repite el valor rechazado ($value: un número, o texto entre acentos graves).

grammar-unsaveable = `{ $option }` de `/{ $command }` contiene un carácter que no se puede guardar (un carácter NUL o medio emoji).
grammar-unsaveable-hint = Vuelve a escribirlo sin ese carácter.
# $help: para qué sirve la opción, tal como la declara su comando.
grammar-required = `/{ $command }` necesita `{ $option }` ({ $help }).
grammar-too-long = `{ $option }` de `/{ $command }` tiene { $length } caracteres; el límite es { $limit }.
grammar-too-long-hint = Acórtalo y vuelve a intentarlo.
grammar-yes-or-no = `{ $option }` de `/{ $command }` debe ser `yes` o `no`.
grammar-yes-or-no-given = `{ $option }` de `/{ $command }` debe ser `yes` o `no`, no { $value }.
# $choices: los valores posibles, como `applied, interviewed, offer`.
grammar-one-of = `{ $option }` de `/{ $command }` debe ser uno de estos: { $choices }.
grammar-one-of-given = `{ $option }` de `/{ $command }` debe ser uno de estos: { $choices } (no { $value }).
grammar-must-be-member = `{ $option }` de `/{ $command }` debe ser un miembro, como @nombre.
grammar-must-be-channel = `{ $option }` de `/{ $command }` debe ser un canal, como #nombre.
grammar-must-be-members = `{ $option }` de `/{ $command }` debe contener miembros, como @ana,@bo.
grammar-whole-number = `{ $option }` de `/{ $command }` debe ser un número entero.
grammar-whole-number-given = `{ $option }` de `/{ $command }` debe ser un número entero, no { $value }.
grammar-between = `{ $option }` de `/{ $command }` debe estar entre { $low } y { $high }.
grammar-between-given = `{ $option }` de `/{ $command }` debe estar entre { $low } y { $high }, no { $value }.
grammar-at-least = `{ $option }` de `/{ $command }` debe ser al menos { $low }.
grammar-at-least-given = `{ $option }` de `/{ $command }` debe ser al menos { $low }, no { $value }.
grammar-at-most = `{ $option }` de `/{ $command }` debe ser como máximo { $high }.
grammar-at-most-given = `{ $option }` de `/{ $command }` debe ser como máximo { $high }, no { $value }.
grammar-not-a-time = `{ $text }` no es una hora del día; usa el formato de 24 horas HH:MM, como 09:00.
