# Der Kern rund um die Befehle: der Lebenszyklus einer Community (bot/core/lifecycle.py),
# Beiträge, die eine Plattform abgelehnt hat (bot/core/delivery.py), Direktnachrichten, die
# nicht zugestellt werden konnten (bot/core/undelivered.py), Zeitzonen (bot/core/zones.py)
# und die eigenen Admins einer Community (bot/core/grants.py).

## Eine Community, die Rebound installiert, entfernt oder wieder hinzugefügt hat

system-not-installed = Rebound wurde aus dieser Community entfernt und nimmt hier deshalb keine Befehle an. Wird es innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } wieder hinzugefügt, ist noch alles da: Serien, Check-ins und Einstellungen.
system-welcome-back-title = Rebound ist zurück
# $name: der Name der Community oder system-welcome-your-community.
system-welcome-back = In { $name } ist alles noch so, wie ihr es verlassen habt: Serien, Check-ins, Ziele und Einstellungen. `/mod setup` zeigt die Konfiguration; `/help` listet alle Befehle auf.
system-welcome-title = Danke, dass ihr Rebound hinzugefügt habt
# Gefolgt von den drei nummerierten Schritten unten, einer pro Zeile.
system-welcome = Rebound hilft den Jobsuchenden in { $name }, gemeinsam dranzubleiben: Serien, Check-ins und Zuspruch nach jeder Absage. In drei Schritten eingerichtet:
system-welcome-step-channels = Die Moderation wählt die Kanäle: `/mod setup support_channel:#support wins_channel:#wins checkin_channel:#checkins`
system-welcome-step-checkin = Einen Check-in planen: `/mod checkin-schedule channel:#checkins cadence:weekdays time:09:00`
system-welcome-step-first = Lade alle ein, einen ersten Schritt einzutragen, etwa `/log activity:applied`. `/help` zeigt alles Weitere.
# Steht für { $name } in den Sätzen oben, immer nach „in“ (Dativ).
system-welcome-your-community = deiner Community
system-welcome-to-owner = Ich konnte das in keinem Kanal in { $name } posten, deshalb schicke ich es dir – dir gehört die Community.

## Ein Beitrag, den die Plattform endgültig abgelehnt hat, per Direktnachricht an die Person, die ihn verfasst hat
## $post: die Nummer des Beitrags; $channel: etwa #wins; $problem: die Worte der Plattform selbst.

system-not-posted-title = Nicht gepostet
system-not-posted-in = Dein Beitrag { $post } konnte nicht in { $channel } gepostet werden.
system-not-posted-in-why = Dein Beitrag { $post } konnte nicht in { $channel } gepostet werden ({ $problem }).
system-not-posted = Dein Beitrag { $post } konnte nicht im Kanal gepostet werden.
system-not-posted-why = Dein Beitrag { $post } konnte nicht im Kanal gepostet werden ({ $problem }).
system-not-posted-saved = Was du geteilt hast, ist gespeichert, und die Moderation sieht das Problem des Kanals in `/mod setup`.

## Direktnachrichten, die eine Plattform nicht zustellen wollte

system-dm-files-here = Die Datei liegt in deinen Direktnachrichten mit Rebound.
system-dm-own-closed = Deine Direktnachrichten sind geschlossen, deshalb bekommst du es stattdessen hier – nur für dich sichtbar.
system-dm-other-closed = Ich konnte die Direktnachricht nicht zustellen: Dieses Mitglied nimmt keine Direktnachrichten von Rebound an. Dein Befehl selbst wurde ausgeführt.

## Zeitzonen

system-unknown-timezone = `{ $name }` ist keine Zeitzone, die ich kenne.
# $zones: Namen von Zeitzonen, etwa `Europe/Berlin, Europe/Busingen`.
system-unknown-timezone-close = `{ $name }` ist keine Zeitzone, die ich kenne. Meintest du { $zones }?
system-unknown-timezone-hint = Nutze einen IANA-Namen wie Europe/Berlin oder America/New_York.

## Was jemanden zu einem der eigenen Admins einer Community macht, je nach Plattform

system-admin-discord = Recht „Server verwalten“ auf Discord
system-admin-slack = Workspace-Admin oder -Inhaber auf Slack
system-admin-console = mit `!mod` ins Moderationsteam aufgenommen
# A scheduled direct message the platform refused (scheduled work has nobody to tell).
delivery-problem-dms-closed = { $name } nimmt keine Direktnachrichten an
