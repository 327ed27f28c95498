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
  // --- /deal admin: the form, its messages and the confirmation (the admin's own language); quotas
  "admin.form.title": "Team settings",
  "admin.form.submit": "Save",
  "admin.form.close": "Cancel",
  "admin.form.timezone.label": "Team timezone",
  "admin.form.timezone.hint": "IANA name, e.g. Europe/Helsinki. Digests and risk alerts follow it.",
  "admin.form.currency.label": "Currency",
  "admin.form.currency.hint": "ISO 4217 code, used for amounts typed without one.",
  "admin.form.language.label": "Team language",
  "admin.form.language.hint":
    "Digests, risk alerts and other channel posts are written in it. Each person is answered in their own Slack language (or their /deal language).",
  "admin.form.digest.label": "Digest channels",
  "admin.form.digest.placeholder": "Pick channels",
  "admin.form.digest.hint": "Where the Monday funnel digest is posted.",
  "admin.form.channel.placeholder": "Pick a channel",
  "admin.form.alerts.label": "Alerts channel",
  "admin.form.alerts.hint":
    "Managers' risk alerts. Left empty, the server default (DEALBOT_CHANNEL_ALERTS) applies, if set.",
  "admin.form.nps.label": "NPS channel",
  "admin.form.nps.hint":
    "NPS results and detractor alerts. Left empty, the server default (DEALBOT_CHANNEL_NPS) applies, if set.",
  "admin.form.win.label": "Win announcements",
  "admin.form.win.hint":
    "A short post (who, how much) when a deal is won; none for losses. Left empty, no announcements.",
  "admin.form.segments.label": "Customer segments",
  "admin.form.segments.placeholder": "SMB\nMid-market\nEnterprise",
  "admin.form.segments.hint":
    "One per line. Set an account's with /deal account Acme segment SMB or a CSV column; the digest shows funnel and wins per segment.",
  "admin.form.stages.label": "Open stages, in funnel order",
  "admin.form.stages.placeholder": "Lead: 10%\nProposal: 50%",
  "admin.form.reasons.label": "Loss reasons",
  "admin.form.reasons.placeholder": "Price too high",
  "admin.form.reasons.hint":
    "One per line, in the order offered. A reason left out is no longer offered; deals keep it.",
  "admin.form.managers.label": "Managers",
  "admin.form.managers.placeholder": "Pick the managers",
  "admin.form.managers.hint":
    "Each manager gets a box below for their reps. Managers can update their reps' deals.",
  "admin.form.reps.label": "Reps of {name}",
  "admin.form.reps.placeholder": "Pick the reps",
  "admin.form.hiddenManagers":
    "{count, plural, one {# more manager's reps are} other {# more managers' reps are}} not shown (a form holds {blocks} blocks); their teams stay as they are. Pick fewer managers here to edit them.",
  "admin.form.unreadable": "This form could not be read. Close it and run /deal admin again.",
  "admin.form.adminsOnly":
    ":no_entry: Only Dealbot admins can change team settings. Ask an admin, or set DEALBOT_ADMINS.",
  "admin.form.refused": "Only Dealbot admins can change team settings. Nothing was saved: ask an admin.",
  "admin.saved.head":
    ":white_check_mark: *Team settings saved:* timezone {timezone}, currency {currency}{language, select, none {} other {, language {language}}}, digest {digest}, alerts {alerts}, NPS {nps}.",
  "admin.saved.none": "none",
  "admin.saved.noReps": "no reps",
  "admin.saved.stages": "• *Stages:* {stages}, then Won and Lost.",
  "admin.saved.added": "• New stages: {names}.",
  "admin.saved.retired": "• Retired stages: {names}.",
  "admin.saved.reasons": "• *Loss reasons:* {names}.",
  "admin.saved.win": "• *Win announcements:* {channel}.",
  "admin.saved.segments": "• *Segments:* {names}.",
  "admin.saved.noLongerOffered": "• No longer offered: {names}.",
  "admin.saved.teams": "• *Teams:* {teams}",
  "admin.saved.team": "<@{manager}>: {reps}",
  "admin.saved.noManagers": "• *Teams:* no managers.",
  "admin.saved.text":
    "Team settings saved: timezone {timezone}, currency {currency}, {stages} open stages, {reasons} loss reasons, {managers} managers.",
  "admin.quota.saved":
    "Quota for {subject, select, team {the team} other {<@{subject}>}}, {period}: {amount}.",
  "admin.quota.tip": "It shows in the weekly digest and in `/deal forecast`.",
  // --- /deal admin: problems with the settings (the admin's language)
  "admin.problem.timezone.missing":
    "Give the team's timezone as an IANA name, e.g. Europe/Helsinki or America/New_York.",
  "admin.problem.timezone.unknown":
    '"{text}" is not a timezone I know. Use an IANA name, e.g. Europe/Helsinki or America/New_York.',
  "admin.problem.currency.invalid": '"{text}" is not an ISO 4217 currency code, e.g. EUR, USD or GBP.',
  "admin.problem.currency.missing": "Give an ISO 4217 currency code, e.g. EUR, USD or GBP.",
  "admin.problem.language.invalid": "Choose one of {choices}.",
  "admin.problem.line.noProbability": 'Line {line} "{text}" has no probability.',
  "admin.problem.line.noName": 'Line {line} "{text}" has no stage name.',
  "admin.problem.line.tooLong": 'Line {line}: "{text}…" is longer than {max} characters.',
  "admin.problem.line.badProbability":
    'Line {line}: probability "{text}" must be a whole number from 0 to 100.',
  "admin.problem.line.duplicateStage":
    'Line {line}: "{text}" is already on line {first}; stage names must differ.',
  "admin.problem.more": "(and {count} more problems like these)",
  "admin.problem.stages.none": "List at least one open stage.",
  "admin.problem.stages.tooMany": "At most {max} open stages; you listed {count}.",
  "admin.problem.stages.howTo": 'Write one open stage per line as name and probability, e.g. "{example}".',
  "admin.problem.stages.fixed":
    '"{name}" is the {kind} stage, which is always there: leave it out of this list.',
  "admin.problem.stages.inUse":
    "{count, plural, one {# open deal is} other {# open deals are}} still in {stage}: move {count, plural, one {it} other {them}} first, or keep {stage} in the list.",
  "admin.problem.stages.justMoved":
    "{count, plural, one {# open deal was} other {# open deals were}} just moved into {stage}: move them out first, or keep {stage} in the list. Nothing was saved.",
  "admin.problem.stages.concurrent":
    "Someone changed the stages or loss reasons at the same moment. Nothing was saved: submit again.",
  "admin.problem.team.ownRep": "{name} can't be their own rep.",
  "admin.problem.team.twoManagers":
    "{rep} is also picked under {manager}: a rep has one manager, so pick them once.",
  "admin.problem.team.circle": "{names} would manage each other in a circle: pick who reports to whom.",
  // --- /deal show: a deal's details and history (the reader's language)
  "details.amount": "*Amount*\n{amount} (weighted {weighted})",
  "details.stage": "*Stage*\n{stage} · {probability}%",
  "details.stageOwn": "*Stage*\n{stage} · {probability}% (set on the deal)",
  "details.expectedClose": "*Expected close*\n{date}",
  "details.closed": "*Closed*\n{date}",
  "details.owner": "*Owner*\n<@{owner}>",
  "details.account": "*Account*\n{account}",
  "details.nextStep": "*Next step*\n{step}",
  "details.nextStepDue": "*Next step*\n{step} (by {due})",
  "details.lossReason": "*Loss reason*\n{reason}",
  "details.lossReasonNote": "*Loss reason*\n{reason}: {note}",
  "details.pushed": "Close date pushed {count, plural, one {# time} other {# times}}.",
  "details.update.button": "Update",
  "details.source":
    "{source, select, command {/deal} modal {form} button {button} job {Dealbot} import {import} system {Dealbot} other {{source}}}",
  "details.kind": "{kind}",
  "details.history": "*Recent history*\n{lines}",
  "details.historyLine": "• {time} · {who} via {source} · *{kind}*",
  "details.historyLineChanges": "• {time} · {who} via {source} · *{kind}*: {changes}",
  // --- /deal lost with a reason the team does not have
  "form.lost.unknownReason": 'Loss reason "{reason}" is not one of: {reasons}.',
} satisfies Record<string, string>;

export type FormsKey = keyof typeof enForms;
