# Die private Unterstützungsantwort auf Krisensprache (bot/core/support.py). Helpline-Adresse
# und Notrufnummern müssen für die deutschsprachigen Länder stimmen.

support-title = Du bist nicht allein
support-kept = Wenn gerade alles sehr schwer ist: Du musst das nicht allein tragen. In deinen Worten ging es um Suizid oder Selbstverletzung, deshalb habe ich sie für mich behalten: Sie wurden nicht gepostet, an niemanden geschickt und nicht gespeichert.
support-stopped-needs = `/{ $command }` braucht `{ $option }`, deshalb wurde der Befehl nicht ausgeführt, und auch sonst wurde nichts daraus gespeichert. Wenn du so weit bist, kannst du `/{ $command }` gern noch einmal mit anderen Worten versuchen.
support-stopped = `/{ $command }` wurde nicht ausgeführt, und auch sonst wurde nichts daraus gespeichert. Wenn du so weit bist, kannst du `/{ $command }` gern noch einmal mit anderen Worten versuchen.
support-rejected = `/{ $command }` wurde aus einem anderen Grund nicht ausgeführt (siehe unten), deshalb wurde nichts daraus gespeichert.
support-private = Der Rest von `/{ $command }` wurde ausgeführt und blieb privat: Nichts davon wurde geteilt.
support-default-resources = Wenn du daran denkst, dir etwas anzutun oder dein Leben zu beenden, hol dir bitte jetzt Hilfe: Ruf den Notruf an (112 in Deutschland, Österreich, der Schweiz und der ganzen EU) oder sprich anonym und kostenlos mit jemandem – rund um die Uhr: TelefonSeelsorge 0800 111 0 111 oder 0800 111 0 222 (Deutschland), Telefonseelsorge 142 (Österreich), Die Dargebotene Hand 143 (Schweiz). Weitere kostenlose, vertrauliche Anlaufstellen in deinem Land findest du unter https://findahelpline.com. Du verdienst Unterstützung, und mit jemandem zu reden kann helfen.
