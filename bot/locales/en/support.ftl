# The private support reply to crisis language (bot/core/support.py). Keep the helpline
# address and the emergency numbers accurate for the countries that speak the language.

support-title = You are not alone
support-kept = If things feel really hard right now, you do not have to carry it alone. What you wrote speaks of suicide or self-harm, so I kept it private: it was not posted, sent to anyone or stored.
support-stopped-needs = `/{ $command }` needs `{ $option }`, so it did not go ahead, and nothing else from it was saved. When you are ready, you can try `/{ $command }` again with different words.
support-stopped = `/{ $command }` did not go ahead, and nothing else from it was saved. When you are ready, you can try `/{ $command }` again with different words.
support-rejected = `/{ $command }` did not go ahead for another reason (see below), so nothing from it was saved.
support-private = The rest of `/{ $command }` went ahead and stayed private: nothing from it was shared.
support-default-resources = If you are thinking about harming yourself or ending your life, please reach out now: call your local emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK), or find a free, confidential helpline in your country at https://findahelpline.com. You deserve support, and talking to someone can help.
