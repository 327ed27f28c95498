import { enForms } from "../forms/en.js";
import { enParse } from "../parse/en.js";
import { enReplies } from "../replies/en.js";
// English messages of the surfaces converted after the first round (forms, refusals,
// failure notices, win announcements, risk alerts, forecasts, stats). Kept apart from
// ../en.ts so each file stays small; ../en.ts spreads them into the catalog.

export const enSurfaces = {
  ...enParse,
  ...enForms,
  ...enReplies,
  // --- Refusals (who may change what)
  "refusal.notYours":
    "{what} belongs to {who}: you can change only your own deals. Ask {who} or their manager.",
  "refusal.notYoursManager":
    "You can change your own deals and your team's; {what} belongs to {who}, who is not on your team. Ask an admin to add them to your team.",
  "refusal.handoff":
    "You can't hand {what} to {who}: they are not on your team. Pick someone on your team, or ask an admin.",
  "refusal.ownerOutside": "You can create deals for yourself; {who} is not on your team.",
  "refusal.ownerOutsideManager":
    "You can create deals for yourself and your team; {who} is not on your team.",
  "refusal.someoneElse": "someone else",
  "refusal.thatPerson": "that person",

  // --- Failure notices
  "failure.form":
    "Something went wrong on Dealbot's side; nothing was saved. Try again in a moment (reference {ref}).",
  "failure.formAfterClose":
    ":warning: Dealbot took your form, then something went wrong on its side, so it may not have been fully applied. Check with `/deal list` before submitting it again; if it keeps happening, tell your admin (reference {ref}).",
  "failure.restarting": "Dealbot was restarting and the form could not open in time. Please try again.",

  "reply.noLostStage": "Your team has no lost stage. An admin can add one with `/deal admin`.",

  // --- Win announcements (team language)
  "win.announcement": ":tada: <@{owner}> won *{deal}*: *{amount}*",
  "win.announcementAccount": ":tada: <@{owner}> won *{deal}* ({account}): *{amount}*",

  // --- Push and lost forms
  "pushForm.title": "Push close date",
  "pushForm.submit": "Push",
  "pushForm.close": "Cancel",
  "pushForm.date.label": "New expected close date",
  "pushForm.next.label": "Next step",
  "lostForm.title": "Mark deal lost",
  "lostForm.submit": "Mark lost",
  "lostForm.close": "Cancel",
  "lostForm.reason.label": "Why was it lost?",
  "lostForm.reason.placeholder": "Pick a reason",
  "lostForm.note.label": "Note",
  "lostForm.note.placeholder": "They chose a cheaper tool",
  "pushForm.date.missing": "Pick the new close date.",
  "pushForm.conflict":
    "This deal changed after you opened this form. Nothing was saved: close it and look again.",
  "lostForm.reason.missing": "Pick the reason the deal was lost.",
  "lostForm.noLostStage": "Your team has no lost stage; ask an admin.",
  "lostForm.conflict":
    "This deal changed after you opened this form. Nothing was saved: close it and check the deal with /deal show.",

  // --- Risk alerts (team language) and risk DMs (owner's language)
  "risk.thisMonth": "this month",
  "risk.dm.allSet.header": "All set, thank you!",
  "risk.dm.header": "{count, plural, one {A deal} other {# deals}} may slip from {month}",
  "risk.dm.intro":
    "These are expected to close in {month}, but show signs of slipping. Ten days are left to act:",
  "risk.dm.confirmed": ":white_check_mark: Confirmed for {month}.",
  "risk.dm.moved": ":calendar: Moved to {date}.",
  "risk.dm.lost": ":x: Marked lost.",
  "risk.dm.won": ":tada: Won.",
  "risk.dm.updated": ":ballot_box_with_check: Updated.",
  "risk.confirm.button": "Confirm for {month}",
  "risk.move.button": "Move to…",
  "risk.lost.button": "Mark lost…",
  "risk.dm.text": "{count, plural, one {# deal} other {# deals}} may slip from {month}.",
  "risk.alert.header": "Deals that may slip from {month}",
  "risk.alert.expected":
    "*Expected to close in {month}:* {total} in {count, plural, one {# deal} other {# deals}}",
  "risk.alert.split":
    "*At risk:* {atRisk} in {atRiskCount, plural, one {# deal} other {# deals}}   ·   *Looking safe:* {safe} in {safeCount, plural, one {# deal} other {# deals}}",
  "risk.alert.nothing": "nothing",
  "risk.alert.noRecord": "No track record yet: last month had no risk alert to judge.",
  "risk.alert.record":
    "Last month ({month}): {flagged} flagged, {slippedFlagged} of them slipped or were lost; {unflagged} of {slipped} slips were not flagged.",
  "risk.alert.allClear": "Nothing flagged: every deal expected in {month} looks on track.",
  "risk.alert.owner": "*{name}* (<@{owner}>) · {count, plural, one {# deal} other {# deals}} · {total}",
  "risk.alert.deal": "• {deal} · {amount} · closes {date}: {reasons}",
  "risk.alert.footer": "Owners got a DM to confirm, move or close each flagged deal.",
  "risk.alert.text":
    "Deals that may slip from {month}: {count, plural, one {# deal} other {# deals}} at risk ({total}).",
  "risk.reason.past-due": "close date {date} has passed",
  "risk.reason.past-due-since": "past due since {date}",
  "risk.reason.stale": "no update or confirmation for {days} days",
  "risk.reason.pushed": "close date already pushed {count, plural, one {once} other {# times}}",
  "risk.reason.early-stage": "still in {stage} ({probability}%)",
  "risk.reason.no-next-step": "no next step",
  "risk.reason.next-step-overdue": "next step overdue since {date}",
  "risk.reason.amount-changed": "amount changed in the last 7 days ({from} → {to})",
  "risk.reason.quiet-since-nudge": "no activity since the nudge of {date}",

  // --- /deal forecast, /deal forecast team (reader's language)
  "repForecast.header": "Your forecast",
  "repForecast.period":
    "*{label}*: won {won} ({wonCount, plural, one {# deal} other {# deals}}) · open closing {open}, weighted {weighted} · committed {committed}",
  "repForecast.noTarget": "Target: not set. Ask an admin: `/deal admin quota @you 50k {period}`.",
  "repForecast.reached": "Target {target}: reached :tada:",
  "repForecast.gap": "Target {target} · gap {gap}",
  "repForecast.noClosers": "No open deals closing in this period to close the gap.",
  "repForecast.closable": "These deals would close it:",
  "repForecast.notClosable": "Even all of these would not close it:",
  "repForecast.closer": "• #{id} {name} · {amount} · {probability}% · closes {date}",
  "repForecast.text": "Your forecast: {month} won {won}.",
  "repForecast.textTarget": "Your forecast: {month} won {won} of {target}.",
  "repForecast.footer":
    "Amounts in {currency}. Committed: your deals in Commit (`/deal update Acme forecast commit`, or Confirm on a risk alert).",
  "teamForecast.header": "Your team's forecast",
  "teamForecast.total":
    "*{label}* · team: won {won} · commit {commit} · best case {best} · weighted {weighted}",
  "teamForecast.totalTarget":
    "*{label}* · team: won {won} · commit {commit} · best case {best} · weighted {weighted} · target {target}",
  "teamForecast.call": "Your call: *{call}* ({date}) · reps' commit {commit}, best case {best}",
  "teamForecast.noCall": "Your call: not recorded. `/deal forecast team call 250k {period}`",
  "teamForecast.rep": "<@{rep}>: won {won} · commit {commit} · best case {best}",
  "teamForecast.repTarget": "<@{rep}>: won {won} · commit {commit} · best case {best} · target {target}",
  "teamForecast.text": "Team forecast: {month} commit {commit}, best case {best}.",
  "teamForecast.footer":
    "Amounts in {currency}. Commit = won + deals in Commit; best case adds deals in Best case. Reps set a deal's category with `/deal update Acme forecast commit`.",
  "teamForecast.callRecorded": ":white_check_mark: Your call for {period}: {amount}.",
  "teamForecast.noReps": "No reps on your team yet: an admin adds them in /deal admin.",
  "teamForecast.notManager":
    "/deal forecast team is for managers: it rolls up your reps' forecasts. Yours is /deal forecast. An admin sets up teams in /deal admin.",
  "teamForecast.currency": "Record the call in the team currency, {currency}.",

  // --- /deal stats (reader's language)
  "stats.notYourTeam": "<@{user}> is not on your team: you can see your own stats and your reps'.",
  "stats.ownOnly": "You can see your own stats: /deal stats. Managers see their reps'.",
  "stats.header": "Rep stats · last 12 months",
  "stats.pct": "{pct}%",
  "stats.days": "{count, plural, one {# day} other {# days}}",
  "stats.winRate": "Win rate {rate} ({won} won, {lost} lost) · team {teamRate}",
  "stats.avgDeal": "Average deal {avg} · team {teamAvg}",
  "stats.cycle": "Average cycle (created → won) {days} · team {teamDays}",
  "stats.won": "Won {won} · wins in {months} of 12 months: {consistency}",
  "stats.wonShare": "Won {won} · largest deal {share}% of it · wins in {months} of 12 months: {consistency}",
  "stats.consistency.steady": "*steady*: wins spread over the year",
  "stats.consistency.jackpot": "*jackpot-dependent*: one deal makes much of the year",
  "stats.consistency.uneven": "*uneven*: wins in few months",
  "stats.consistency.none": "no wins in the last 12 months",
  "stats.kind.steady": "steady",
  "stats.kind.jackpot": "jackpot-dependent",
  "stats.kind.uneven": "uneven",
  "stats.kind.none": "no wins yet",
  "stats.noTarget": "{quarter}: no target set.",
  "stats.reached": "{quarter}: target {target} reached.",
  "stats.coverage":
    "{quarter}: {remaining} of the {target} target left; open pipeline closing this quarter {pipeline} = *{coverage}× coverage*",
  "stats.coverageLow":
    "{quarter}: {remaining} of the {target} target left; open pipeline closing this quarter {pipeline} = *{coverage}× coverage* (3× is the usual rule of thumb)",
  "stats.funnel": "*Funnel by stage* (open amount; conversion of deals that had time to move)\n{lines}",
  "stats.funnelLine":
    "{stage}: {count, plural, one {# open deal} other {# open deals}}, {amount} · converts {rate} ({advanced} of {matured}) · team {teamRate}",
  "stats.funnelLineWeakest":
    "{stage}: {count, plural, one {# open deal} other {# open deals}}, {amount} · converts {rate} ({advanced} of {matured}) · team {teamRate} · :point_left: weakest",
  "stats.weakest": "Weakest stage: *{stage}*: {rate} against the team's {teamRate}. Coaching starts there.",
  "stats.noWeakest": "No stage clearly below the team's yet (a stage needs 5 decided deals to be judged).",
  "stats.text": "Stats for {who}: win rate {rate}, {kind}.",
  "stats.footer":
    "Amounts in {currency}. Jackpot-dependent: one deal made 40%+ of the won value; steady: wins in 6+ months.",

  // --- Activities: the Log activity button and form, and /deal stats' activity section
  "activity.log.button": "Log activity",
  "activity.form.title": "Log activity",
  "activity.form.submit": "Log",
  "activity.form.close": "Cancel",
  "activity.form.deal.label": "Deal",
  "activity.form.deal.placeholder": "Pick one of your open deals",
  "activity.form.type.label": "What did you do?",
  "activity.form.direction.label": "Direction (calls and emails; outgoing if not set)",
  "activity.form.note.label": "Note",
  "activity.form.note.placeholder": "e.g. left a voicemail, sent the pricing",
  "activity.type.call.option": "Call",
  "activity.type.meeting.option": "Meeting",
  "activity.type.email.option": "Email",
  "activity.type.demo.option": "Demo",
  "activity.type.task.option": "Task",
  "activity.direction.out.option": "Outgoing",
  "activity.direction.in.option": "Incoming",
  "activity.what.out": "{type} (outgoing)",
  "activity.what.in": "{type} (incoming)",
  "activity.logged": ":white_check_mark: {what} logged on {deal}. It counts as activity on the deal.",
  "activity.noDeals":
    "You have no open deals to log activity on. Log on any deal with `/deal log call Acme out`, or create one with `/deal new`.",
  "activity.error.deal": "Pick the deal.",
  "activity.error.type": "Pick what you did.",
  "activity.error.dealGone": "This deal no longer exists. Close this form and pick another.",
  "activity.error.unreadable": "This form could not be read. Close it and try again.",
  "stats.activity.heading":
    "*Selling activity*, last 4 weeks: yours, and in brackets the average of the {people, plural, one {# person} other {# people}} who logged any",
  "stats.activity.week": "Week of {day}",
  "stats.activity.total": "4 weeks",
  "stats.activity.line":
    "{period}: calls out {callsOut} ({teamCallsOut}) · in {callsIn} ({teamCallsIn}) · meetings {meetings} ({teamMeetings}) · emails {emails} ({teamEmails}) · demos {demos} ({teamDemos}) · tasks {tasks} ({teamTasks})",
  "stats.activity.none":
    "*Selling activity*: nobody logged any in the last 4 weeks. Log calls, meetings and emails with `/deal log call Acme out` or the *Log activity* button on a deal.",
} satisfies Record<string, string>;

export type SurfaceKey = keyof typeof enSurfaces;
