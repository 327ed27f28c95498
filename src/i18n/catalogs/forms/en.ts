// English messages of forms (see ../surfaces/en.ts, which spreads them into the catalog).

export const enForms = {
  // --- The deal form (/deal new, /deal update, Update buttons)
  "form.deal.create.title": "New deal",
  "form.deal.update.title": "Update deal #{id}",
  "form.deal.create.submit": "Create",
  "form.deal.update.submit": "Save",
  "form.deal.close": "Cancel",
  "form.deal.name.label": "Deal name",
  "form.deal.name.placeholder": "Acme Corp – 50 seats",
  "form.deal.account.label": "Account",
  "form.deal.account.placeholder": "Acme Corp",
  "form.deal.amount.label": "Amount",
  "form.deal.amount.placeholder": "12k, 12500 or €12,500.50",
  "form.deal.amount.hint": "Without a currency sign, the currency below is used.",
  "form.deal.currency.label": "Currency",
  "form.deal.stage.label": "Stage",
  "form.deal.stage.option": "{stage} ({probability}%)",
  "form.deal.close.label": "Expected close date",
  "form.deal.next.label": "Next step",
  "form.deal.next.placeholder": "Send the proposal",
  "form.deal.nextDue.label": "Next step due",
  "form.deal.owner.label": "Owner",
  "form.deal.probability.label": "Probability (%)",
  "form.deal.probability.placeholder": "Leave empty to use the stage's",
  "form.deal.lossReason.label": "Loss reason (if lost)",
  // Its validation
  "form.deal.unreadable": "This form could not be read. Close it and try again.",
  "form.deal.name.missing": "Give the deal a name, e.g. Acme Corp – 50 seats.",
  "form.deal.amount.missing": "Give an amount, e.g. 12k or 12,500.",
  "form.deal.amount.currencyMismatch":
    "This amount is in {amountCurrency} but the currency field says {currency}. Make them match.",
  "form.deal.stage.missing": "Pick a stage.",
  "form.deal.close.missing": "Pick the expected close date.",
  "form.deal.owner.missing": "Pick the deal's owner.",
  "form.deal.gone": "This deal no longer exists.",
  "form.deal.someone": "someone",
  "form.deal.changedBy":
    "Changed by {who} while you were editing ({change}). Nothing was saved: close this form and open it again.",
  "form.deal.changed":
    "This deal changed while you were editing. Nothing was saved: close this form and open it again.",
  // --- NPS forms (the follow-up outcome: the reader's language; the comment: the contact's) and contact/survey replies
  "form.nps.closed": "This answer can no longer be changed.",
  "form.nps.notYours": "Not your survey.",
  "form.nps.outcome.title": "Detractor follow-up",
  "form.nps.outcome.submit": "Close follow-up",
  "form.nps.outcome.label": "What came of the follow-up with {who}?",
  "form.nps.outcome.missing": "Say what came of the follow-up.",
  "form.nps.outcome.closed": "This follow-up is already closed.",
  "npsContacts.optedOut": ":no_bell: opted out",
  "npsContacts.added":
    "{created, select, yes {Added} other {Updated}} contact {contact} at *{account}*{newAccount, select, yes { (a new account)} other {}}.",
  "npsContacts.addedTip": "See them all with `/deal contact list {account}`",
  "npsContacts.none": "*{account}* has no contacts yet.",
  "npsContacts.noneTip": "Add one with `/deal contact add Maria maria@acme.com account Acme`",
  "npsContacts.listText": "Contacts of {account}",
  "npsContacts.listHeading": "*Contacts of {account}* ({count})",
  "npsContacts.noneToSurvey": "*{target}* has no contacts to survey.",
  "npsContacts.sent":
    "• :white_check_mark: {who}: survey sent by {channel, select, slack {slack} email {email} other {{channel}}}",
  "npsContacts.retry": "• :hourglass: {who}: could not be sent yet; it will be retried",
  "npsContacts.recent": "• :no_entry_sign: {who}: surveyed on {date} (at most one survey per 90 days)",
  "npsContacts.skipped": "• :no_entry_sign: {who}: {reason}",
  "npsContacts.skip.optedOut": "opted out",
  "npsContacts.skip.noChannel": "no Slack user and no email (or email is not configured)",
  "npsContacts.skip.duplicate": "already requested",
  "npsContacts.sentText": "NPS surveys for {target}",
  "npsContacts.sentHeading": "*NPS surveys for {target}*",
  "npsContacts.sentNote": "Answers and detractor alerts arrive in the NPS channel.",
} satisfies Record<string, string>;

export type FormsKey = keyof typeof enForms;
