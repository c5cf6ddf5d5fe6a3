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

# A member-list option's description (Discord has no such type: members type mentions).
discord-members-option = { $help } (erwähne sie: @ana @bo)

## Discord: außerhalb eines Servers, und das Formular eines Befehls (adapters/discord/adapter.py)

discord-outside-server = Rebound funktioniert auf einem Server, dort, wo deine Community ist: Nutze den Befehl in einem seiner Kanäle.
# Der Hinweis unter dem Feld eines Formulars; $help ist die Beschreibung der Option. Mitglieder
# tippen die Zahl, `yes` oder `no` oder einen der $choices (auf Englisch) in das Feld.
discord-modal-range = { $help } ({ $min }-{ $max })
discord-modal-yes-no = { $help } (yes oder no)
discord-modal-choices = { $help }: { $choices }

## Why a post could not be delivered: kept with the channel, shown in `/mod setup` and in
## the "not posted" message (adapters/discord/adapter.py, adapters/slack/delivery.py)
delivery-problem-discord-forbidden = keine Berechtigung zum Posten
delivery-problem-discord-message-deleted = die Nachricht, unter der geantwortet werden sollte, wurde gelöscht
delivery-problem-discord-channel-gone = der Kanal wurde gelöscht oder der Bot kann ihn nicht sehen
delivery-problem-discord-rate-limited = Discord bremst den Bot gerade aus
delivery-problem-discord-server-error = Discord hatte einen Serverfehler ({ $status })
# $detail is Discord's own words, in English.
delivery-problem-discord-refused = Discord hat die Nachricht abgelehnt ({ $status }: { $detail })
delivery-problem-discord-unreachable = Discord war nicht erreichbar
delivery-problem-slack-not-in-channel = nicht im Kanal: lade die App mit /invite @Rebound ein
delivery-problem-slack-channel-not-found = Kanal nicht gefunden: er ist vielleicht privat oder gelöscht; lade die App mit /invite @Rebound ein oder wähle in /mod setup einen anderen Kanal
delivery-problem-slack-archived = der Kanal ist archiviert: wähle in /mod setup einen anderen Kanal
delivery-problem-slack-restricted = Posten ist in diesem Kanal eingeschränkt: frag einen Workspace-Admin oder wähle in /mod setup einen anderen Kanal
delivery-problem-slack-not-installed = Rebound ist in diesem Workspace nicht installiert

## Slack: the pages an installer's browser shows after an install (adapters/slack/oauth.py).
## Backticked text is shown as code; keep commands and channel names as they are.
slack-oauth-installed-in = Rebound ist in { $workspace } installiert
slack-oauth-installed = Rebound ist installiert
slack-oauth-your-workspace = deinem Workspace
slack-oauth-new = Rebound ist jetzt Teil von { $workspace }. Drei Schritte zum Start:
slack-oauth-welcome-back = Willkommen zurück. Alles aus { $workspace } ist noch da: Serien, Check-ins, Ziele und Einstellungen. `/rebound mod setup` zeigt die Konfiguration. Falls etwas neu eingerichtet werden muss:
slack-oauth-step-invite = Lade Rebound in die Kanäle ein, in denen es posten soll: tippe in jedem `/invite @Rebound`.
slack-oauth-step-setup = Wähle als Workspace-Admin diese Kanäle: `/rebound mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
slack-oauth-step-schedule = Plane einen Check-in, etwa `/rebound mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`, und lade alle ein, mit `/rebound log applied` einen ersten Schritt einzutragen. `/rebound help` zeigt alle Befehle.
slack-oauth-close = Du kannst diesen Tab schließen und zu Slack zurückkehren.
slack-oauth-nothing-changed = Es wurde nichts geändert.
slack-oauth-again = Installation neu starten
slack-oauth-denied-title = Rebound wurde nicht installiert
slack-oauth-denied = Die Installation wurde in Slack abgebrochen, daher wurde Rebound deinem Workspace nicht hinzugefügt.
slack-oauth-browser-title = Diese Installation hat nicht in diesem Browser begonnen
slack-oauth-browser = Zum Schutz deines Workspaces muss eine Installation innerhalb von zehn Minuten in dem Browser enden, in dem sie begonnen hat.
slack-oauth-state-title = Dieser Installationslink ist abgelaufen oder wurde schon benutzt
slack-oauth-state = Jeder Installationslink funktioniert einmal, zehn Minuten lang.
slack-oauth-unconfirmed-title = Slack hat diese Installation nicht bestätigt
slack-oauth-missing-code = Der Link zurück von Slack war unvollständig.
slack-oauth-invalid-code = Die Bestätigung von Slack war abgelaufen oder schon benutzt.
slack-oauth-storage-title = Rebound konnte diese Installation nicht speichern
slack-oauth-storage = Bitte versuch es in einer Minute noch einmal. Wenn es weiter passiert, sag denen Bescheid, die Rebound betreiben.
slack-oauth-unknown-title = Slack hat die Installation nicht abgeschlossen
slack-oauth-unknown = Slack antwortete `{ $reason }`, daher wurde Rebound nicht installiert.
