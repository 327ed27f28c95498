// The English catalog: every key Dealbot says anything with, in ICU MessageFormat.
// Other languages must have exactly these keys with the same placeholders
// (test/unit/i18n/catalogs.test.ts). Key suffixes tell the test which Slack limit
// applies: `.button` 75, `.header` 150, `.title`/`.submit`/`.close` 24, `.option` 75.
// Slack syntax such as <@{user}> and `<date>` is kept as text (messages are parsed with ignoreTag).

export const en = {
  // --- Language
  "language.name": "English",
  "language.set":
    "Done: I will answer you in English from now on. `/deal language auto` goes back to your Slack language.",
  "language.auto": "Done: I will answer you in your Slack language ({language}).",
  "language.invalid": "I don't speak `{input}`. Choose one of: {choices}, or `auto` for your Slack language.",
  "language.dateNote":
    "Dates: today, tomorrow, friday, next friday, in 2 weeks, end of month, 15 Jan, 15.1.2027, 2027-01-15.",

  // --- /deal help
  "help.intro": "*Dealbot* keeps your pipeline current from Slack. Here is what `/deal` can do:",
  "help.unknownIntro": "I don't know `{command}`. Here is what `/deal` can do:",
  "help.text": "How to use /deal",
  "help.unknownText": 'Unknown /deal command "{command}". Try /deal help.',
  "help.new": "`/deal new Acme Corp amount 12k stage proposal close next friday` — create a deal",
  "help.update":
    "`/deal update Acme stage negotiation close end of month` — change fields (no fields: opens a form)",
  "help.list": "`/deal list` · `/deal list @ann stage proposal closing next month` — open deals",
  "help.show": "`/deal show #42` — one deal and its history",
  "help.won": "`/deal won Acme` · `/deal lost Acme reason price too high` — close a deal",
  "help.undo": "`/deal undo` — revert your last change (within 10 minutes)",
  "help.away": "`/deal away until 2027-01-04` · `/deal away off` — pause your weekly nudges",
  "help.snooze":
    "`/deal snooze Acme until 2027-01-15 because buyer on leave` — don't flag a deal as stale until then",
  "help.digest":
    "`/deal digest` — this week's funnel digest, just for you · `/deal forecast` — your month and quarter against target",
  "help.contact":
    "`/deal contact add Maria maria@acme.com account Acme lang fi` · `/deal contact list Acme` — customer contacts",
  "help.nps": "`/deal nps send Acme` — send an NPS survey now (to an account or one contact)",
  "help.admin":
    "`/deal admin` — team settings (admins) · `/deal admin quota @ann 50k 2026-12` — set a target",
  "help.language":
    "`/deal language fi` · `/deal language auto` — answer me in Finnish (en, fi, pl, uk, ru), or in my Slack language",
  "help.fields":
    "Fields: `name`, `account`, `amount` (12k, 1.2m, €12,500), `currency`, `stage`, `close` (next friday, 2027-01-15), `next` (next step, optionally `by <date>`), `owner @user`, `probability`. Refer to a deal by `#id` or part of its name.",

  // --- Replies common to many commands
  "reply.nothingSaved": ":warning: Nothing was saved:\n{problems}",
  "reply.example": "Example: `{example}`",
  "reply.unchanged": "Nothing to change: #{id} already has those values.",
  "reply.refused": ":no_entry: {reason} Nothing was changed.",
  "reply.dealGone": "That deal no longer exists.",
  "reply.dealIdGone": "Deal #{id} no longer exists.",
  "reply.noMatch": "I found no deal matching “{query}”. {tip}",
  "reply.noMatchSuggest": "Did you mean {names}?",
  "reply.noMatchTip": "Try `/deal list` to see your deals, or refer to one by number, e.g. `#42`.",
  "reply.failed":
    ":warning: Something went wrong on Dealbot's side and your request may not have been applied. Check with `/deal list` and try again; if it keeps happening, tell your admin (reference {ref}).",
  "reply.noWonStage": "Your team has no won stage. An admin can add one with `/deal admin`.",
  "reply.conflict": ":warning: {deal} changed after you started, so your change was *not* saved:\n{lines}",
  "reply.conflictLine": "• {change} (by {who})",
  "reply.conflictNoDetails": "• (details unavailable)",
  "reply.conflictTip": "Look at the deal again and redo your change if it still applies.",

  // --- What a change did
  "change.created": "Created {deal}",
  "change.updated": "Updated {deal}",
  "change.won": "Marked won :tada: {deal}",
  "change.lost": "Marked lost {deal}",
  "change.reopened": "Reopened {deal}",
  "change.undone": "Undid your change to {deal}",
  "change.confirmed": "Confirmed {deal}",
  "change.text": "{head}: {changes}",
  "change.field": "{field}: {to}",
  "change.fieldFromTo": "{field}: {from} → {to}",
  "change.interpreted": "I read {readings}",
  "change.undo.button": "Undo",

  // --- Undo, away, snooze
  "undo.nothing": "There is nothing of yours to undo from the last 10 minutes.",
  "undo.tooLate":
    "That change is more than 10 minutes old, so it can't be undone. Change the deal back with `/deal update`.",
  "undo.changedSince":
    ":warning: *{name}* was changed after your edit (by {people}), so undo would overwrite their work. Nothing was changed; use `/deal update` instead.",
  "undo.deleted": "Undone: the new deal *{name}* was removed.",
  "away.back": "Welcome back! Your weekly nudges are on again.",
  "away.past": "{date} is in the past. Give the last day you are away.",
  "away.set": "Enjoy your time off! No weekly nudges until {date} (inclusive).",
  "away.setTip": "Back early? `/deal away off`",
  "snooze.future": "Snooze until a day after today, e.g. {example}.",

  // --- One deal on one line
  "deal.closes": "closes {date}",
  "deal.closed": "{status, select, won {won} lost {lost} other {closed}} {date}",
  "deal.closedNoDate": "{status, select, won {won} lost {lost} other {closed}}",
  "deal.stale": ":hourglass: no update for {days, plural, one {# day} other {# days}}",
  "deal.unknownStage": "stage {id}",
  "deal.unknownReason": "reason {id}",
  "field.name": "name",
  "field.account": "account",
  "field.amountMinor": "amount",
  "field.currency": "currency",
  "field.stageId": "stage",
  "field.closeOn": "close",
  "field.nextStep": "next step",
  "field.nextStepDue": "next step due",
  "field.ownerId": "owner",
  "field.probability": "probability",
  "field.status": "status",
  "field.lossReasonId": "loss reason",
  "field.lossNote": "loss note",
  "field.closedAt": "closed",
  "field.snoozedUntil": "snoozed until",
  "field.snoozeReason": "snooze reason",

  // --- /deal list
  "list.none": "{self, select, yes {Your} other {<@{owner}>'s}} open deals{filters}: none.",
  "list.noneTip": "Create one with `/deal new Acme amount 12k close next friday`.",
  "list.heading": "*{self, select, yes {Your} other {<@{owner}>'s}} open deals{filters}: {total}*",
  "list.text": "{self, select, yes {Your} other {{owner}'s}} open deals: {total}",
  "list.filters": " ({filters})",
  "list.filterStage": "stage {stage}",
  "list.filterClosing": "closing {period}",
  "list.month": "*Closing {month}* · {count} · {total}",
  "list.more": "…and {count} more. Narrow it down: `/deal list stage proposal closing this month`.",
  "blocks.more": "_…and {count} more not shown._",

  // --- The weekly nudge
  "nudge.header": "Weekly pipeline check: {count, plural, one {1 deal needs} other {# deals need}} a look",
  "nudge.doneHeader": "All done, thank you!",
  "nudge.intro": "These deals have had no update for a while. One click each keeps your forecast honest:",
  "nudge.doneIntro": "Every deal in this list is handled. Your forecast is current.",
  "nudge.outcomeConfirmed": ":white_check_mark: Still on track: confirmed.",
  "nudge.outcomeUpdated": ":pencil2: Updated.",
  "nudge.outcomePushed": ":calendar: Close date pushed to {date}.",
  "nudge.outcomeLost": ":x: Marked lost.",
  "nudge.outcomeWon": ":tada: Won.",
  "nudge.outcomeDone": ":ballot_box_with_check: Done.",
  "nudge.confirm.button": "Still on track",
  "nudge.update.button": "Update…",
  "nudge.push.button": "Push…",
  "nudge.lost.button": "Lost…",
  "nudge.all.button": "All {count} on track",
  "nudge.more.button": "Show the rest",
  "nudge.rest": "…and {count} more.",
  "nudge.footer":
    "Away? `/deal away until <date>` pauses these. Waiting on the customer? `/deal snooze <deal> until <date> because <reason>`.",
  "nudge.text":
    "Weekly pipeline check: {count, plural, one {# deal} other {# deals}} with no update for a while.",
  "nudge.doneText": "Weekly pipeline check: all done.",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type CatalogMessages = Record<MessageKey, string>;
