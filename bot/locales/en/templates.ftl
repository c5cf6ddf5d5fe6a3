# Email templates: /template, /mod template-add, /mod template-remove and the follow-up
# DM (bot/features/templates). The built-in templates are below the commands: their
# names are identifiers and stay the same in every language; translate `.about`,
# `.subject` and `.body`, keeping each { $placeholder } (Rebound fills them in later).

template-subject-line = Subject: { $subject }
template-own-about = added by the moderators
template-untitled = community template
template-unknown = There is no template called `{ $name }`.
template-unknown-hint = Templates here: { $names }.
template-which = Which template? Give `name`, like `/template name:feedback-request company:Acme`.
template-which-hint = `/template` alone lists them.
template-before-you-send = Before you send
template-fill-in = Fill in { $gaps }.
template-reminder = Reminder
template-reminder-text = I will check in by DM on { $day } to see whether you heard back.
template-ready-title = { $name } — ready to copy
template-list-line = { $name } — { $about }
template-list-builtin = Built-in
template-list-own = From your moderators
template-list-how = Render one with `/template name:feedback-request company:Acme contact:Sam role:Analyst`. Anything you leave out stays visible as [company] so you can fill it in.
template-list-title = Email templates
template-follow-up-title = Time to follow up?
template-follow-up-sent = { $days ->
        [1] Yesterday
        [7] A week ago
       *[other] { $days } days ago
    } you sent the { $template } email.
template-follow-up-sent-to = { $days ->
        [1] Yesterday
        [7] A week ago
       *[other] { $days } days ago
    } you sent the { $template } email to { $company }.
template-follow-up-nudge = If no answer has come, a short, friendly nudge is completely fine: reply to your own email with something like “I wanted to follow up on my note below — any thoughts would be much appreciated.” If you did hear back, well done for asking. Either way, it counts: `/log activity:followed_up`.

## /mod template-add and /mod template-remove

template-bad-name = `{ $name }` is not a template name I can use.
template-bad-name-hint = Use lowercase letters, digits and hyphens, like `referral-thanks`.
template-too-long = The template is { $length } characters long; the limit is { $limit }.
template-too-long-hint = Please shorten it and try again.
template-unknown-placeholders = Unknown { $count ->
        [one] placeholder
       *[other] placeholders
    } { $names }.
template-unknown-placeholders-hint = Templates may use { $placeholders }.
template-builtin-kept = `{ $name }` is a built-in template, so it cannot be replaced.
template-builtin-kept-hint = Pick another name, like `{ $name }-ours`.
template-changed = The template `{ $name }` changed just now.
template-changed-hint = Please try again.
template-exists = A template called `{ $name }` already exists, so I left it as it is.
template-exists-hint = To replace it, add `replace:yes`: `/mod template-add name:{ $name } body:... replace:yes`. `/template name:{ $name }` shows the current one.
template-added-title = Template { $name } added
template-replaced-title = Template { $name } replaced
template-use-it = Members use it with
template-use-it-how = /template name:{ $name } company:... contact:... role:...
template-builtin-stays = `{ $name }` is a built-in template and cannot be removed.
template-builtin-stays-hint = Only templates added with `/mod template-add` can be removed.
template-none-here = This community has no template called `{ $name }`.
template-none-here-hint = `/template` lists them.
template-removed = Removed the template { $name }.
template-removed-title = Template removed

## The built-in templates

template-builtin-feedback-request =
    .about = ask what to improve, welcoming positive or critical feedback
    .subject = Thank you — and a request for feedback on the { $role } role
    .body =
        Hi { $contact },

        Thank you for letting me know about your decision on the { $role } role, and for the time you and the team spent with me. I enjoyed learning about { $company }, and I respect the decision.

        I am working to improve, and I would be grateful for any feedback on my application or interviews: what worked well, and where I could be stronger. Positive or critical, even a few lines would help me a great deal.

        I would be glad to stay in touch and to be considered for future roles at { $company }.

        Best regards,
        { $my_name }

template-builtin-application-feedback-request =
    .about = after a CV rejection, ask what would make your application stronger
    .subject = Feedback on my application — { $role } at { $company }
    .body =
        Hi { $contact },

        Thank you for letting me know about my application for the { $role } role at { $company }, and for taking the time to review it. I respect your decision.

        I am working to make my applications stronger, and I would be grateful for a little feedback: was there something in my CV or cover letter that held it back, or a requirement you felt I did not yet meet? Even a line or two would help me a great deal.

        I remain interested in { $company }, and I would be glad to be considered for future roles that fit my background.

        Best regards,
        { $my_name }

template-builtin-feedback-follow-up =
    .about = when feedback was generic, ask for one or two specifics
    .subject = Following up on your feedback — { $role } at { $company }
    .body =
        Hi { $contact },

        Thank you again for getting back to me about the { $role } role. I really appreciate you taking the time.

        If you are able to share a little more detail, it would help me a lot: was there a particular skill or experience the team felt was missing, or a part of the interview where I could have given a stronger answer? Even one specific point would give me something concrete to work on.

        I understand if that is not possible, and I am grateful either way.

        Best regards,
        { $my_name }

template-builtin-thank-you-after-rejection =
    .about = accept gracefully and keep the door open
    .subject = Thank you — { $role } at { $company }
    .body =
        Hi { $contact },

        Thank you for letting me know, and for considering me for the { $role } role. While I am disappointed, I enjoyed meeting the team and learning about the work at { $company }.

        I remain very interested in { $company }, and I would welcome the chance to be considered for future openings. I wish you and the team all the best.

        Kind regards,
        { $my_name }

template-builtin-stay-in-touch =
    .about = ask to be considered for future roles
    .subject = Staying in touch about future roles at { $company }
    .body =
        Hi { $contact },

        I hope you are well. We spoke a while ago about the { $role } role, and I wanted to let you know that my interest in { $company } has not changed.

        If a role opens that fits my background, I would be grateful to be considered, and I am happy to send an updated CV whenever it is useful. Thank you for keeping me in mind.

        Best wishes,
        { $my_name }

template-builtin-post-interview-thank-you =
    .about = a short thank-you within a day of the interview
    .subject = Thank you for today's conversation — { $role }
    .body =
        Hi { $contact },

        Thank you for taking the time to speak with me about the { $role } role. I enjoyed our conversation and learning more about the team's work at { $company }.

        It made me even more enthusiastic about the position, and I am confident my experience would help the team. If there is anything else I can share to help your decision, please let me know.

        I look forward to hearing from you.

        Best regards,
        { $my_name }

template-builtin-network-reach-out =
    .about = ask a contact for advice or leads
    .subject = Advice on { $role } roles at { $company }?
    .body =
        Hi { $contact },

        I hope you are doing well. I am looking for my next role as a { $role }, and I admire the work { $company } is doing.

        Would you be open to a 20-minute chat in the next couple of weeks? I would value your advice on the field and on what makes candidates stand out, and if you know of openings or people I should talk to, an introduction would mean a lot.

        No worries at all if now is not a good time. Thank you for considering it.

        Best regards,
        { $my_name }

# A moderator's template is shown as written, in its own language.
template-language = Language
template-written-in = Written in { $language }: it reads as written, whatever your language.
