import { enSurfaces } from "./surfaces/en.js";

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
    "Fields: `name`, `account`, `amount` (12k, 1.2m, €12,500), `currency`, `stage`, `close` (next friday, 2027-01-15), `next` (next step, optionally `by &lt;date&gt;`), `owner @user`, `probability`. Refer to a deal by `#id` or part of its name.",

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
  "help.log":
    "`/deal log call Acme out left a voicemail` — log a call, meeting, email, demo or task (counts as activity) · `/deal account Acme segment Enterprise` — set an account's segment",
  "field.forecastCategory": "forecast",
  "nudge.won.button": "Won",
  "nudge.pastDue": ":rotating_light: *Close date {date} has passed*",
  "help.forecastCategory":
    "`/deal update Acme forecast commit` — forecast category: commit, best, pipeline or omit",
  "help.forecastTeam":
    "`/deal forecast team` — your team per rep (managers) · `/deal forecast team call 250k quarter` — record your call",
  "help.stats":
    "`/deal stats` · `/deal stats @ann` — win rate, cycle, deal size, conversion against the team, weakest stage",

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
  "nudge.done.header": "All done, thank you!",
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
    "Away? `/deal away until &lt;date&gt;` pauses these. Waiting on the customer? `/deal snooze &lt;deal&gt; until &lt;date&gt; because &lt;reason&gt;`.",
  "nudge.text":
    "Weekly pipeline check: {count, plural, one {# deal} other {# deals}} with no update for a while.",
  "nudge.doneText": "Weekly pipeline check: all done.",

  // --- Which deal?
  "chooser.question": "Several deals match “{query}”. Which one did you mean?",
  "chooser.more": "…and more. Refer to the deal by number (e.g. `#{id}`) or a longer part of its name.",
  "chooser.text": 'Several deals match "{query}". Which one did you mean?',

  // --- Pickers: which stage, which contact (issue 12); a private channel in /deal admin
  "picker.stageQuestion": "Stage “{typed}” could be {names}. Which one did you mean?",
  "picker.contactQuestion": "Several contacts match “{query}”. Who should get the survey?",
  "picker.contactMore": "…and {count} more. Type more of the name, or the email.",
  "picker.noEmail": "no email",
  "picker.send.button": "Send survey",
  "picker.privateChannel":
    ":warning: {channel} is private: invite @Dealbot there (`/invite @Dealbot` in {channel}), or posts to it will fail.",
  "picker.privateChannelTip":
    "The settings are saved. Public channels need nothing: Dealbot joins them itself.",

  // --- Weekly funnel digest (team language) and forecasts
  "digest.header": "Pipeline digest · {date}",
  "digest.more": "_…and {count} more_",
  "digest.funnel": "*Funnel* (open deals)",
  "digest.funnelEmpty":
    "No open deals yet. Reps add them with `/deal new Acme amount 12k close next friday`.",
  "digest.stageLine":
    "*{stage}* ({probability}%): {count, plural, one {# deal} other {# deals}} · {amount} · weighted {weighted}",
  "digest.stageChange": "{line} · {count} / {amount}",
  "digest.stageChangeSince": "{line} · {count} / {amount} since {date}",
  "digest.total": "*Total*: {count, plural, one {# deal} other {# deals}} · {amount} · weighted {weighted}",
  "digest.noLastWeek": "No figures from last week yet: changes show from next week.",
  "digest.hygiene": "*Pipeline hygiene*",
  "digest.hygieneNoOpen": "No open deals.",
  "digest.pastDueNone": "Open deals past due: 0 deals, {amount} (every close date is today or later).",
  "digest.pastDue":
    ":rotating_light: *Open deals past due: {count, plural, one {# deal} other {# deals}}, {amount}*: their close date passed. They are in no period's forecast until their owners push, win or lose them.",
  "digest.hygieneCounts":
    "No next step: {noNextStep, plural, one {# deal} other {# deals}} · no activity for 30+ days: {quiet, plural, one {# deal} other {# deals}} (of {open, plural, one {# open deal} other {# open deals}})",
  "digest.timeInStage": "*Time in stage* (typical = median of stays that ended in 12 months)",
  "digest.stageTimeLine": "{stage}: {typical} · {open}",
  "digest.typical": "typical {days, plural, one {# day} other {# days}}",
  "digest.typicalUnknown":
    "typical time unknown ({stays, plural, one {# finished stay} other {# finished stays}})",
  "digest.stageNoOpen": "no open deals",
  "digest.stageOpen":
    "{count, plural, one {# open deal} other {# open deals}}, median {days, plural, one {# day} other {# days}} in it",
  "digest.stageBeyond": ":hourglass: {count} far beyond typical (over {days} days)",
  "digest.conversion":
    "*Conversion* (deals that entered each stage in the last 90 days and had time to move, beside the 9 months before)",
  "digest.conversionEmpty": "Not enough history yet: no stage changes in the last 12 months.",
  "digest.conversionLine": "{from} → {to}: {now} · before: {reference}",
  "digest.conversionRate": "{rate} ({advanced} of {matured})",
  "digest.conversionTooEarly": "too early",
  "digest.conversionNoDeals": "no deals",
  "digest.conversionUndecided": "{count} still undecided",
  "digest.conversionReference": "{rate} ({count, plural, one {# deal} other {# deals}})",
  "digest.bottleneck":
    ":warning: *Bottleneck: {from} → {to}* converts {rate} ({advanced} of {matured}) against {reference} before: more than chance explains.",
  "digest.forecast": "*Forecast* against target",
  "digest.accuracy": "*Forecast accuracy* (start-of-month commit against won)",
  "digest.accuracyNone": "No start-of-month snapshot yet: accuracy shows after the first full month.",
  "digest.accuracyMonth":
    "*{month}*: committed {commit} on the 1st, won {won}{pct, select, none {} other { ({pct}% of commit)}}",
  "digest.accuracyTrend": "Won as % of the 1st's commit ({months}):",
  "digest.accuracyNoCommit": "no commit",
  "digest.accuracyOffBy": "off by {pct}% on average",
  "digest.accuracyTeam": "Team",
  "digest.lossReasons": "*Loss reasons* (last 90 days)",
  "digest.lossNone": "No deals lost in the last 90 days.",
  "digest.lossLine": "{reason}: {count, plural, one {# deal} other {# deals}} · {amount}",
  "digest.costliest": "Costliest: *{reason}* ({amount})",
  "digest.reps": "*Reps*: this week's activity; wins and consistency over 12 months",
  "digest.repsNone": "No activity or wins yet.",
  "digest.repLine":
    "<@{user}>: {updates} updates · {advanced} advanced · nudges answered {answered}/{sent} · won {won} ({amount}){largest, select, none {} other { · largest deal {largest}% of it}} · wins in {months}/12 months",
  "digest.tops": "*Tops and flops* (the 7 days since {date})",
  "digest.topWon": ":trophy: Won {deal}",
  "digest.topLost": ":x: Lost {deal}",
  "digest.topSlipped": ":hourglass: Slipped {deal} · {from} → {to}",
  "digest.topsNone": "No wins, losses or slips in these seven days.",
  "digest.keyAccounts": "*Key accounts* ({year})",
  "digest.keyNone": "No revenue from accounts this year yet.",
  "digest.keyIntro": "{key} of {total} accounts make 80% of this year's revenue ({keyRevenue} of {revenue}):",
  "digest.inactiveIntro": "{count} accounts with no deal activity for 90 days:",
  "digest.inactiveLast": "{account} (last {date})",
  "digest.inactiveNever": "{account} (no deals)",
  "digest.currencyNote": "Amounts in {currency}. Deals in other currencies are not counted.",
  "digest.text":
    "Pipeline digest, week of {date}: {count, plural, one {# open deal} other {# open deals}} worth {amount} (weighted {weighted}); {month}: won {won}, committed {committed}, best case {bestCase}; past due {pastDue, plural, one {# deal} other {# deals}} ({pastDueAmount}){target, select, none {.} other {, target {target}.}}",
  "forecast.line":
    "*{label}*: won {won} ({wonCount, plural, one {# deal} other {# deals}}) · open closing {open} ({openCount, plural, one {# deal} other {# deals}}), weighted {weighted}",
  "forecast.categories":
    "Committed (deals in Commit): {committed} ({committedCount, plural, one {# deal} other {# deals}}) · Best case: {best} ({bestCount, plural, one {# deal} other {# deals}})",
  "forecast.targetNone": "Target: not set (`/deal admin quota team 100k {period}`)",
  "forecast.target":
    "Target: {target}{source, select, quota {} reps { (sum of rep quotas)} months { (sum of monthly quotas)} other {}}",
  "forecast.committed":
    "Committed forecast (won + Commit): {amount}{pct, select, none {} other { ({pct}% of target)}}",
  "forecast.bestCase":
    "Best case (won + Commit + Best case): {amount}{pct, select, none {} other { ({pct}% of target)}}",
  "forecast.weighted":
    "Weighted forecast (won + weighted open): {amount}{pct, select, none {} other { ({pct}% of target)}}",
  "forecast.historical":
    "Historical forecast (won + open × the team's win rate by stage): {amount}{pct, select, none {} other { ({pct}% of target)}}{fallback, select, yes { (stage probability where there is no history)} other {}}",
  "forecast.gap":
    "Committed forecast is {amount} {direction, select, above {above} other {below}} what history predicts.",
  "forecast.gapToTarget": "Gap to target: {amount}",
  "digest.rolling": "*Rolling view: the next two quarters* (open deals by close date)",
  "digest.rollingLine":
    "*{label}*: open {open} ({openCount, plural, one {# deal} other {# deals}}) · commit {commit} · best case {best} · weighted {weighted} · historical {historical}{target, select, none {} other { · target {target}}}",
  "accuracyPost.heading":
    ":dart: *Forecast accuracy, {month}*: what reps committed on the 1st against what they won",
  "accuracyPost.text": "Forecast accuracy, {month}: committed {commit} on the 1st, won {won}.",
  "accuracyPost.textNone": "Forecast accuracy, {month}: no start-of-month snapshot to compare yet.",
  "accuracyPost.note":
    "Amounts in {currency}. Commit = won + deals in Commit on the 1st. The weekly digest carries the same lines.",
  "homeForecast.managersOnly": "Forecast calls are for managers: yours is /deal forecast.",
  "homeForecast.header": "Your team's forecast",
  "homeForecast.period":
    "*{label}* · team: won {won} · commit {commit} · best case {best}{target, select, none {} other { · target {target}}}",
  "homeForecast.rep":
    "{rep}: won {won} · commit {commit} · best case {best}{target, select, none {} other { · target {target}}}",
  "homeForecast.call": "Your call: *{amount}* ({date})",
  "homeForecast.noCall": "Your call: not recorded yet.",
  "homeForecast.button": "Record your call",
  "homeForecast.legend":
    "Amounts in {currency}. Commit = won + deals in Commit; best case adds deals in Best case. Same figures as /deal forecast team.",
  "homeForecast.month": "This month",
  "homeForecast.quarter": "This quarter",
  "homeForecast.title": "Your forecast call",
  "homeForecast.submit": "Save",
  "homeForecast.close": "Cancel",
  "homeForecast.amountLabel": "Your call ({currency})",
  "homeForecast.periodLabel": "For",
  "homeForecast.currency": "Record the call in the team currency, {currency}.",
  "risk.pastDueEarlier":
    "*Past due from earlier months:* {amount} in {count, plural, one {# deal} other {# deals}}, still open: each is flagged below.",
  "admin.stagesHint":
    "One per line with its win probability, e.g. Proposal: 50%. Add commit, best, pipeline or omit after it to set the forecast category its open deals default to (Negotiation: 75% commit); without one, 75% and up default to Best case, the rest to Pipeline. Won and Lost are always there. A stage left out is retired, but not while it has open deals.",
  "form.forecastCategory": "Forecast category",
  "form.forecastCategoryHint":
    "Commit: you stake your forecast on it closing by its date. Left as shown, the deal keeps its current setting.",
  "forecast.category.commit": "Commit",
  "forecast.category.best": "Best case",
  "forecast.category.pipeline": "Pipeline",
  "forecast.category.omit": "Omitted",
  "growth.flow": "*Prospect flow*",
  "growth.flowLine":
    "{label}: {deals, plural, one {# new deal} other {# new deals}} worth {amount} · {customers, plural, one {# new customer} other {# new customers}}",
  "growth.week": "Last 7 days",
  "growth.month": "This month ({month})",
  "growth.segments": "*By segment* (open now; won this quarter)",
  "growth.noSegment": "_No segment_",
  "growth.segmentLine":
    "{segment}: open {open} ({openCount, plural, one {# deal} other {# deals}}) · won this quarter {won} ({wonCount})",
  "growth.activity": "*Selling activity* (last week)",
  "growth.calls": "{out, plural, one {# call} other {# calls}} out, {in} in",
  "growth.meetings": "{count, plural, one {# meeting} other {# meetings}}",
  "growth.emails": "{count, plural, one {# email} other {# emails}}",
  "growth.demos": "{count, plural, one {# demo} other {# demos}}",
  "growth.tasks": "{count, plural, one {# task} other {# tasks}}",
  "growth.noActivity": "no activity logged",
  "growth.upkeep": "*Contact upkeep* ({month})",
  "growth.added": "Contacts added: {list}",
  "growth.bounced": "Bounced emails: {list}",
  "growth.quiet": "No answer or check in 12 months: {list}",
  "growth.none": "none",
  "growth.imports": "imports",
  "growth.accounts": "{count, plural, one {# account} other {# accounts}}",
  "digest.chartNote": "The chart comes with the weekly post in the digest channel.",

  // --- NPS survey: page, email and Slack DM (the contact's language)
  "survey.title": "Your feedback",
  "survey.question": "How likely are you to recommend us to a friend or colleague?",
  "survey.low": "0 = not at all likely",
  "survey.high": "10 = extremely likely",
  "survey.commentLabel": "What is the main reason for your score? (optional)",
  "survey.send": "Send",
  "survey.pickScore": "Choose a score from 0 to 10.",
  "survey.thanks": "Thank you for your answer!",
  "survey.canChangeUntil": "You can change your answer until {date}.",
  "survey.closed": "Your answer has been recorded and can no longer be changed. Thank you!",
  "survey.stale":
    "This form was already sent or is out of date. Here is your current answer; change it if you like.",
  "survey.hello": "Hi {name},",
  "survey.emailIntro": "We would love to know how we are doing. One click is enough:",
  "survey.emailSubject": "How likely are you to recommend us?",
  "survey.unsubscribeLink": "Don't want these emails? Unsubscribe",
  "survey.unsubscribed": "You are unsubscribed. We will not send you these surveys again.",
  "survey.invalidTitle": "This link is not valid",
  "survey.invalidBody": "Check that you opened the whole link from the message.",
  "survey.expiredTitle": "This survey has closed",
  "survey.expiredBody": "The link is more than 30 days old. Thank you all the same!",
  "survey.tooMany": "Too many requests. Please try again in a minute.",
  "survey.comment.title": "Your feedback",

  // --- App Home
  "home.none": "no open deals",
  "home.totals": "{count} open · {amount} · weighted {weighted}",
  "home.pipeline.header": "Your pipeline",
  "home.open": "*Open:* {totals}",
  "home.new.button": "New deal",
  "home.refresh.button": "Refresh",
  "home.empty":
    "You have no open deals. Create one with the button above, or from any channel: `/deal new Acme Corp amount 12k close next friday`.",
  "home.stale":
    ":hourglass: {count, plural, one {# deal} other {# deals}} with no update for a while: confirm or update them.",
  "home.month": "*Closing {month}*",
  "home.update.button": "Update",
  "home.more": "…and {count} more open deals. See them all with `/deal list`.",
  "home.team.header": "Your team",
  "home.teamEmpty": "Nobody reports to you yet. An admin sets up teams with `/deal admin`.",

  // --- Default stages and loss reasons, offered in the team's language when a team is set up
  "setup.stage.lead": "Lead",
  "setup.stage.qualified": "Qualified",
  "setup.stage.proposal": "Proposal",
  "setup.stage.negotiation": "Negotiation",
  "setup.stage.won": "Won",
  "setup.stage.lost": "Lost",
  "setup.reason.price": "Price too high",
  "setup.reason.competitor": "Went with a competitor",
  "setup.reason.no-budget": "No budget",
  "setup.reason.no-decision": "No decision / stalled",
  "setup.reason.timing": "Bad timing",
  "setup.reason.product-fit": "Product not a fit",
  "setup.reason.other": "Other",
  ...enSurfaces,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type CatalogMessages = Record<MessageKey, string>;
