# /mod setup: Kanäle, Zeitzone, Hilfsangebote, Ziel und Moderation einer Community
# (bot/features/community). Die Sprach-Keys (setup-*language*) stehen in language.ftl.

setup-title = Community-Einstellungen
setup-updated = Aktualisiert: { $changes }.
setup-how = Jeder Punkt lässt sich mit `/mod setup name:value` ändern, z. B. `/mod setup support_channel:#support`.
setup-modlog-private = Bitte sorge dafür, dass nur die Moderation { $channel } sehen kann: Dort gepostete Meldungen zeigen, wer gemeldet hat.
setup-moderators-empty = `moderators` braucht mindestens ein Mitglied: Damit legst du fest, wer außer den Admins diese Community moderiert. Es wurde nichts geändert.
setup-moderators-empty-hint = Erwähne jedes mit @, etwa `/mod setup moderators:@ana,@bo`. Admins gehören auch ohne Nennung zur Moderation, daher bleiben mit `moderators:@{ $name }` nur du und die Admins.

# Was sich geändert hat, mit "; " zu setup-updated verbunden. $option ist der Name der Option.
setup-changed-channel = { $option ->
        [checkin_channel] Check-in-Kanal
        [support_channel] Support-Kanal
        [wins_channel] Erfolge-Kanal
       *[modlog_channel] Moderationslog-Kanal
    } → { $channel }
setup-changed-timezone = Zeitzone → { $zone }
setup-changed-resources = Hilfsangebote aktualisiert
setup-changed-resources-default = Hilfsangebote → der eingebaute Standardtext
setup-changed-goal = Wochenziel → { $count ->
        [one] { $count } Bewerbung
       *[other] { $count } Bewerbungen
    }
setup-changed-goal-removed = Wochenziel entfernt
setup-changed-role = Moderationsrolle → { $role }
setup-changed-role-none = Moderationsrolle → keine
# $moderators als setup-moderators-none oder eine Liste wie "@mia (Admin), @bo"; $detail
# verbindet die setup-moderators-*-Sätze mit "; ".
setup-changed-moderators = Moderationsteam → { $moderators } ({ $detail })
setup-moderators-added = hinzugefügt: { $names }
setup-moderators-removed = entfernt: { $names }
setup-moderators-kept-self = du bleibst auf der Liste und behältst so deinen Zugriff
setup-moderators-kept-admins = Admins gehören auch ohne Nennung zur Moderation
setup-moderators-no-change = keine Änderung
# Die letzten zwei von mehreren Namen: "@a, @b und @c" ($names ist "@a, @b").
setup-names-and = { $names } und { $last }
setup-moderator-admin = @{ $name } (Admin)
setup-moderators-none = niemand

# Jemand wurde ins Moderationsteam aufgenommen oder entfernt: der Moderationslog-Kanal, dann eine Direktnachricht an die Person.
setup-echo-moderators-title = Moderationsteam geändert
setup-echo-moderator-added = @{ $actor } hat @{ $name } ins Moderationsteam aufgenommen.
setup-echo-moderator-removed = @{ $actor } hat @{ $name } aus dem Moderationsteam entfernt.
# Der Eintrag im Audit-Log (das Protokoll der Community, in ihrer Sprache); $member steht für
# den aktuellen Namen des Mitglieds: unverändert lassen.
setup-audit-moderator-added = { $member } ins Moderationsteam aufgenommen
setup-audit-moderator-removed = { $member } aus dem Moderationsteam entfernt
# $place: der Name der Community oder setup-this-community (im Dativ: "von dieser Community").
setup-this-community = dieser Community
setup-dm-moderator-added-title = Du gehörst jetzt zur Moderation
setup-dm-moderator-added = @{ $actor } hat dich ins Moderationsteam von { $place } aufgenommen. `/help command:mod` zeigt, was die Moderation tun kann: Check-ins einrichten, Meldungen von Mitgliedern lesen, stummschalten, Beiträge entfernen. Danke, dass du dich um die Community kümmerst.
setup-dm-moderator-removed-title = Du gehörst nicht mehr zur Moderation
setup-dm-moderator-removed = @{ $actor } hat dich aus dem Moderationsteam von { $place } entfernt. Deine eigene Serie, deine Einträge und Einstellungen bleiben unverändert. Danke, dass du dich so um die Community gekümmert hast.

# Die aktuellen Einstellungen (die Felder der Antwort).
setup-field-checkin-channel = Check-in-Kanal
setup-field-support-channel = Support-Kanal
setup-field-wins-channel = Erfolge-Kanal
setup-field-modlog-channel = Moderationslog-Kanal
setup-field-timezone = Zeitzone
setup-field-goal = Wochenziel
setup-field-role = Moderationsrolle
setup-field-moderators = Eingetragenes Moderationsteam
setup-field-resources = Hilfsangebote
setup-field-problems = Probleme beim Posten
setup-not-set = nicht festgelegt
setup-timezone-default = UTC (Standard)
setup-goal = { $count ->
        [one] { $count } Bewerbung
       *[other] { $count } Bewerbungen
    }
setup-resources-default = (Standard) { $resources }
setup-channel-problem = { $channel } — ⚠ { $problem }
setup-posting-problem = kann nicht in #{ $channel } posten: { $problem }
