// English messages of replies (see ../surfaces/en.ts, which spreads them into the catalog):
// command replies (/deal log, account, contact, nps send, undo), button replies, the
// domain's validation messages and AppErrors, the NPS digest and detractor alerts,
// escalations, delivery-problem DMs and the digest chart's labels.
// Keys here must not repeat a key of ../en.ts or ../surfaces/en.ts (a spread would
// silently override it): test/unit/i18n/replies-catalog.test.ts checks.

export const enReplies = {
  // --- Replies shared by commands and buttons
  "reply.savedEarlier":
    "Your change was saved (Dealbot was interrupted before it could confirm it). `/deal show` has the details.",
  "reply.nudgeExpired": "This nudge has expired.",
  "reply.changedSinceMessage": "“{deal}” changed since this message: open it with /deal update #{id}.",

  // --- What the domain refuses in a change (src/domain/deals/plan-change.ts)
  "reply.field.stage": "Pick a stage.",
  "reply.field.lossReason": "A lost deal needs a loss reason from the team's list.",
  "reply.field.name": "Give the deal a name.",
  "reply.field.amount": "Give an amount, e.g. 12k.",
  "reply.field.closeDate": "Give an expected close date, e.g. next friday.",
  "reply.field.closeDatePast":
    "The close date {date} is in the past. An open deal needs a date from today on (e.g. close next friday), or mark it won or lost.",

  // --- Loss reasons in /deal admin (src/domain/admin/plan-loss-reason-changes.ts)
  "reply.lossReasons.tooLong": 'Line {line}: "{start}…" is longer than {max} characters.',
  "reply.lossReasons.repeated": 'Line {line}: "{reason}" is already on line {first}.',
  "reply.lossReasons.none": "List at least one loss reason.",
  "reply.lossReasons.tooMany": "At most {max} loss reasons; you listed {count}.",
  "reply.lossReasons.hint": 'Write one reason per line, e.g. "Went with a competitor".',

  // --- /deal log, /deal account … segment
  "reply.log.what":
    "{type, select, call {a call} meeting {a meeting} email {an email} demo {a demo} other {a task}}{direction, select, in { (in)} out { (out)} other {}}",
  "reply.log.logged": ":white_check_mark: Logged {what} on {deal}. It counts as activity on the deal.",
  "reply.log.loggedNote":
    ":white_check_mark: Logged {what} on {deal}: {note}. It counts as activity on the deal.",
  "reply.account.none": "No account is called “{account}”. Accounts come from deals and contacts.",
  "reply.account.unknownSegment":
    "“{segment}” is not one of the team's segments: {segments}. An admin sets the list in `/deal admin`.",
  "reply.account.segmentSet": ":white_check_mark: *{account}* is now in the segment *{segment}*.",
  "reply.account.segmentCleared": ":white_check_mark: *{account}* has no segment now.",

  // --- /deal contact add|list
  "reply.contact.noAccount": "I know no account called “{account}”.",
  "reply.contact.nameEmpty": "The name is empty.",
  "reply.contact.nameTooLong": "The name is longer than 200 characters.",
  "reply.contact.badEmail": '"{email}" is not an email address (like maria@acme.com).',
  "reply.contact.accountEmpty": "The account is empty.",
  "reply.contact.badLanguage": 'Language "{language}" is not one of {choices}.',

  // --- /deal nps send
  "nps.send.unknown": "I know no account or contact called “{target}”.",
  "nps.send.unknownTip": "Add contacts with `/deal contact add Maria maria@acme.com account Acme`",

  // --- NPS buttons and the detractor follow-up
  "nps.notYours": "This survey is not yours to answer.",
  "nps.answerGone": "That answer no longer exists.",
  "nps.followUpClosed": "This follow-up is already closed.",
  "nps.detractor.headline":
    ":rotating_light: *Detractor:* {contact} at *{account}* scored *{score}*/10 (by {channel, select, email {email} other {slack}}).",
  "nps.detractor.noComment": "_No comment._",
  "nps.detractor.owner": "Account owner: <@{owner}>",
  "nps.detractor.noOwner": "No account owner",
  "nps.detractor.assignee": "Follow-up: <@{user}>",
  "nps.detractor.nobody": "Follow-up: nobody yet",
  "nps.detractor.closed": "Closed: {outcome}",
  "nps.detractor.take.button": "Take it",
  "nps.detractor.outcome.button": "Log outcome",
  "nps.detractor.text": "Detractor: {contact} at {account} scored {score}/10",

  // --- The monthly NPS digest (team language)
  "nps.digest.header": "NPS for {month}",
  "nps.digest.score": "*NPS {nps}* · {trend}",
  "nps.digest.trendNone": "no earlier month to compare",
  "nps.digest.trendSame": "same as the month before ({before})",
  "nps.digest.trendUp": ":arrow_up: +{delta} vs {before} the month before",
  "nps.digest.trendDown": ":arrow_down: {delta} vs {before} the month before",
  "nps.digest.counts":
    "{responses, plural, one {# response} other {# responses}}: {promoters, plural, one {# promoter} other {# promoters}}, {passives, plural, one {# passive} other {# passives}}, {detractors, plural, one {# detractor} other {# detractors}}",
  "nps.digest.byChannel": "*By channel*",
  "nps.digest.channelLine":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# response} other {# responses}} of {sent} sent · NPS {nps}",
  "nps.digest.channelLineRate":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# response} other {# responses}} of {sent} sent ({rate}% response rate) · NPS {nps}",
  "nps.digest.byRep": "*By rep*",
  "nps.digest.byRepLine": "• <@{rep}>: NPS {nps} ({responses})",
  "nps.digest.noOwnerLine": "• no owner: NPS {nps} ({responses})",
  "nps.digest.bySegment": "*By segment*",
  "nps.digest.segmentLine": "• {segment}: NPS {nps} ({responses})",
  "nps.digest.noSegmentLine": "• no segment: NPS {nps} ({responses})",
  "nps.digest.comments": "*Latest comments*",
  "nps.digest.comment": "• *{score}* {contact} ({account}): “{comment}”",
  "nps.digest.followUps": "*Open detractor follow-ups* ({count})",
  "nps.digest.followUp": "• *{score}* {contact} ({account}) · <@{user}> · since {date}",
  "nps.digest.followUpNobody": "• *{score}* {contact} ({account}) · nobody has taken it · since {date}",
  "nps.digest.followUpsNone": "*Open detractor follow-ups:* none :tada:",
  "nps.digest.footer": "NPS = % promoters (9-10) minus % detractors (0-6).",
  "nps.digest.text": "NPS for {month}: {nps} from {responses, plural, one {# response} other {# responses}}",

  // --- A manager's weekly escalation (manager's language)
  "escalation.header":
    "{count, plural, one {# deal} other {# deals}} on your team with no update for {days}+ days",
  "escalation.intro": "Each rep was nudged about these. A word from you may help:",
  "escalation.rep": "*<@{rep}>* · {count}",
  "escalation.footer": "`/deal show #id` shows a deal's history.",
  "escalation.text":
    "{count, plural, one {# deal} other {# deals}} on your team with no update for {days}+ days.",

  // --- A channel post that failed, DM'd to each admin (admin's language)
  "delivery.line": ":warning: {what} could not be posted to <#{channel}>: {advice}",
  "delivery.what.weeklyDigest": "The weekly digest",
  "delivery.what.riskAlerts": "The risk alerts",
  "delivery.what.npsDigest": "The NPS digest",
  "delivery.what.npsSurveys": "An NPS alert",
  "delivery.what.other": "A message ({job})",
  "delivery.advice.private":
    "the channel is private (or was deleted): invite @Dealbot there by typing `/invite @Dealbot` in it, or pick another channel in `/deal admin`.",
  "delivery.advice.invite": "invite @Dealbot: type `/invite @Dealbot` in the channel.",
  "delivery.advice.scope":
    "the app lacks the `{scope}` permission: reinstall Dealbot from its manifest.yml (api.slack.com/apps → your app → Install App).",
  "delivery.advice.archived": "the channel is archived: pick another channel in `/deal admin`.",
  "delivery.advice.other": "Slack answered `{code}`.",
  "delivery.retrying":
    "Dealbot tries again on its own for the rest of this period; nothing else to do once that is fixed.",
  "delivery.noRetry": "Dealbot will not retry this one. `dealbot status` lists failed deliveries.",

  // --- The digest chart (team language)
  "chart.pipeline": "Open pipeline by stage ({currency})",
  "chart.total": "total",
  "chart.weighted": "weighted",
  "chart.noStages": "No open stages",
  "chart.forecast": "Forecast against target",
  "chart.month": "Month {period}",
  "chart.quarter": "Quarter {period}",
  "chart.won": "won",
  "chart.commit": "commit",
  "chart.bestCase": "best case",
  "chart.history": "history",
  "chart.target": "target {amount}",
  "survey.formRefused": "This form could not be accepted. Open the link from the message again.",
} satisfies Record<string, string>;

export type RepliesKey = keyof typeof enReplies;
