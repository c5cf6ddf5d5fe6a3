# Job applications (bot/features/applications): how replies name an application's stage.

app-stage = { $stage ->
    [applied] applied
    [interview] interview
    [rejected] rejected
    [offer] offer
   *[other] { $stage }
}
