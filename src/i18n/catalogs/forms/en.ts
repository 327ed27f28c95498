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
} satisfies Record<string, string>;

export type FormsKey = keyof typeof enForms;
