# Die Adapter für Slack und Discord (adapters/slack, adapters/discord): was sie selbst sagen,
# über Mitglieder und Kanäle, die sie nicht finden, und in den Formularen, die sie öffnen.
# Befehle, Optionsnamen und die Werte, die Mitglieder tippen (yes, no, Auswahlwerte), bleiben englisch.

## Slack: Mitglieder und Kanäle, die in einem Befehl genannt werden (adapters/slack/directory.py)

slack-list-unavailable = Slack ist gerade ausgelastet, deshalb konnte ich die Mitglieder und Kanäle dieses Workspace nicht durchsehen. Es wurde nichts geändert – versuch es in einer Minute noch einmal.
# $candidates: jedes Mitglied als Erwähnung mit seinem Benutzernamen, durch Kommas getrennt.
slack-member-ambiguous = In diesem Workspace heißen mehrere Mitglieder `{ $name }`: { $candidates }. Es wurde nichts geändert.
slack-member-ambiguous-more = In diesem Workspace heißen mehrere Mitglieder `{ $name }`: { $candidates } und { $count } weitere. Es wurde nichts geändert.
slack-member-ambiguous-hint = Erwähne die Person, die du meinst, mit @ und wähle sie aus der Liste von Slack.
slack-member-ambiguous-hint-example = Erwähne die Person, die du meinst, mit @ und wähle sie aus der Liste von Slack, oder nutze ihren Benutzernamen, etwa @{ $example }.
slack-member-not-found = Ich konnte in diesem Workspace kein Mitglied namens `{ $name }` finden.
slack-member-not-found-hint = Erwähne die Person mit @ und wähle sie aus der Liste von Slack, etwa @ana.
slack-channel-not-found = Ich konnte in diesem Workspace keinen Kanal namens `{ $name }` finden.
slack-channel-not-found-hint = Tipp # und wähle den Kanal aus der Liste von Slack, etwa #wins.

## Slack: das Formular eines Befehls (adapters/slack/blocks.py)

slack-modal-save = Speichern
slack-modal-cancel = Abbrechen
# Die angezeigten Namen eines Ja-Nein-Menüs (gesendet wird weiterhin `yes` oder `no`).
slack-modal-yes = ja
slack-modal-no = nein
# $label: der Name der Option, etwa "Body".
slack-modal-continued = { $label } (Fortsetzung)
slack-modal-continued-hint = Nur wenn der Text länger ist als das Feld darüber: Hier geht er weiter.

## Discord: Mitglieder und Kanäle, die in einem Befehl genannt werden (adapters/discord/events.py)

discord-member-not-here = <@{ $id }> ist kein Mitglied dieses Servers.
discord-member-not-here-hint = Erwähne Mitglieder dieses Servers, etwa @ana @bo.
discord-member-not-found = Ich konnte auf diesem Server kein Mitglied namens `{ $name }` finden.
discord-member-not-found-hint = Erwähne die Person mit @ und wähle sie aus der Liste von Discord, etwa @ana.
discord-channel-not-found = `{ $name }` ist kein Kanal dieses Servers.
discord-channel-not-found-hint = Tipp # und wähle den Kanal aus der Liste von Discord, etwa #wins.

## Discord: außerhalb eines Servers, und das Formular eines Befehls (adapters/discord/adapter.py)

discord-outside-server = Rebound funktioniert auf einem Server, dort, wo deine Community ist: Nutze den Befehl in einem seiner Kanäle.
# Der Hinweis unter dem Feld eines Formulars; $help ist die Beschreibung der Option. Mitglieder
# tippen die Zahl, `yes` oder `no` oder einen der $choices (auf Englisch) in das Feld.
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes oder no)
discord-modal-choices = { $help }: { $choices }
