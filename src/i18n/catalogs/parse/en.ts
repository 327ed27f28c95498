// English messages of parse (see ../surfaces/en.ts, which spreads them into the catalog):
// what was wrong with what someone typed, each with an example of the right form. Examples
// keep the English command words, which work in every language. Rendered by renderProblem
// (src/i18n/problem.ts) from the problems the parsers return (src/parse/problem.ts).

export const enParse = {
  // --- Sentences said after a problem, and the names of what was typed
  "parse.tip.quote": 'If a name or value holds a field word, put it in quotes: "Next Gen Ltd".',
  "parse.tip.date": "Try friday, next friday, 15 Jan, 2027-01-15, in 2 weeks or end of month.",
  "parse.tip.range": "Try this month, next quarter, jan 2027 or 2026-12-01..2026-12-31.",
  "parse.tip.dueBy": 'If "by" is part of the next step, quote it: next "call by phone".',
  "parse.tip.orTeam": 'Or use "team".',
  "parse.what.date": "Date",
  "parse.what.close": "Close date",
  "parse.what.nextDue": "Next step due date",
  "parse.what.snooze": "Snooze until",
  "parse.what.away": "Away until",
  "parse.what.closing": "Closing",
  "parse.what.person": "Person",
  "parse.what.owner": "Owner",
  "parse.what.rep": "Rep",
  "parse.what.quotaOwner": "Quota owner",
  "parse.what.slackUser": "Slack user",
  "parse.what.name": "Name",
  "parse.what.account": "Account",
  "parse.what.stage": "Stage",
  "parse.what.next": "Next step",

  // --- Amounts and currencies
  "parse.amount.empty": "Amount is empty. Try 12k, 12500 or 12,500.50.",
  "parse.amount.negative": 'Amount "{text}" is negative. Amounts must be 0 or more, e.g. 5k.',
  "parse.amount.notNumber": 'Amount "{text}" is not a number I understand. Try 12k, 12500 or 12,500.50.',
  "parse.amount.tooPrecise":
    'Amount "{text}" has too many decimal places: {currency} {digits, plural, =0 {has no decimal places} one {allows only # decimal place} other {allows only # decimal places}}, e.g. {closest}.',
  "parse.amount.tooLarge":
    'Amount "{text}" is too large: the most I accept is {max, number}. Check for extra zeros, e.g. 12m.',
  "parse.amount.unknownCurrency":
    'Amount "{text}" has a currency I don\'t know ("{written}"). Use a 3-letter code like EUR, USD or GBP, e.g. 300 EUR.',
  "parse.amount.twoCurrencies":
    'Amount "{text}" names two currencies ({first} and {second}). Use one, e.g. 300 {second}.',
  "parse.amount.separators":
    'Amount "{text}" has separators I can\'t read. Use one decimal separator and groups of three digits, e.g. 12,500.50 or 12.500,50.',
  "parse.amount.ambiguousMultiplier":
    'Amount "{text}" is ambiguous: is "{num}" thousands or a decimal? Write it without thousands separators, e.g. {plain}, or with a short decimal, e.g. {decimal}.',
  "parse.amount.ambiguous":
    'Amount "{text}" is ambiguous: it could mean {whole} or {decimal}. Try {whole} for the whole number or {short} for a decimal.',
  "parse.amount.currencyClash":
    'Amount "{text}" is in {currency} but currency says {field}. Use one, e.g. amount 12k currency {field}.',
  "parse.currency.unknown":
    'Currency "{text}" is not a currency I know. Use a 3-letter code like EUR, USD or GBP.',

  // --- Dates and periods ({what} is one of parse.what.*)
  "parse.date.empty": "{what} is empty.",
  "parse.date.badZone": 'Timezone "{zone}" is not one I know, e.g. Europe/Helsinki.',
  "parse.date.unreadable": '{what} "{input}" is not a date I understand.',
  "parse.date.noMonth":
    '{what} "{input}" is not a real date: there is no month {month}. Dates are day first, e.g. 15.1.2027 or 2027-01-15.',
  "parse.date.noDay": '{what} "{input}" is not a real date: there is no day {day}. Try {last}.',
  "parse.date.shortMonth": '{what} "{input}" is not a real date: {month} has {days} days. Try {last}.',
  "parse.date.dayFirst":
    '{what} "{input}" has no month {month}: dates are day first. Try {swapped} or 2027-01-15.',
  "parse.date.tooFar":
    '{what} "{input}" ({day}) is too far away. Try a date between {min} and {max}, e.g. 2027-01-15.',
  "parse.date.weekday":
    '{what} "{input}" does not add up: {date} is a {actual}, not a {written}. Try {date}.',
  "parse.date.wholePeriod":
    '{what} "{input}" is a whole {period, select, quarter {quarter, not a day. Try end of quarter or end of next quarter} year {year, not a day. Try end of year or end of next year} other {month, not a day. Try end of month or end of next month}}.',
  "parse.date.extraWords":
    '{what} "{input}" has words I can\'t place ("{extra}"). Give only the date, e.g. "{date}".',
  "parse.date.notDay":
    '{what} "{input}" is {kind, select, time {a time} other {not a single day}}; I need a day. Try tomorrow, friday or 15 Jan.',
  "parse.range.empty": "Closing period is empty.",
  "parse.range.backwards":
    'Closing "{input}" ends before it starts. Put the earlier date first, e.g. 2026-12-01..2026-12-31.',
  "parse.range.tooFar":
    'Closing "{input}" is too far away. Try a period between {min} and {max}, e.g. jan 2027.',

  // --- People, deals, numbers, categories
  "parse.mention.empty":
    "{what} is empty. Pick the person from Slack's @-autocomplete so the name turns into a mention, e.g. @maria.",
  "parse.mention.channel":
    '{what} "{text}" is a channel, not a person. Pick the person from Slack\'s @-autocomplete so the name turns into a mention, e.g. @maria.',
  "parse.mention.group":
    '{what} "{text}" is a group, not one person. Pick the person from Slack\'s @-autocomplete so the name turns into a mention, e.g. @maria.',
  "parse.mention.several": '{what} "{text}" names more than one person. Give one, e.g. @maria.',
  "parse.mention.plain":
    '{what} "{text}" is plain text, not a Slack mention. Pick the person from Slack\'s @-autocomplete so the name turns into a mention, e.g. @maria.',
  "parse.mention.invalid":
    '{what} "{text}" is not a Slack mention of one person. Pick the person from Slack\'s @-autocomplete so the name turns into a mention, e.g. @maria.',
  "parse.ref.empty": "Which deal? Use its number, e.g. #42, or its name, e.g. Acme.",
  "parse.ref.channel":
    '"{text}" is a Slack channel, not a deal. Use its number, e.g. #42, or its name, e.g. Acme.',
  "parse.ref.person": '"{text}" is a person, not a deal. Use its number, e.g. #42, or its name, e.g. Acme.',
  "parse.ref.badNumber":
    'Deal "{text}" is not a deal number: after # come digits only, e.g. #42. Or use the deal\'s name, e.g. Acme.',
  "parse.ref.tooLong":
    'Deal name "{start}…" is too long to be a deal name (over {max} characters). Use its number, e.g. #42, or its name, e.g. Acme.',
  "parse.probability.invalid": 'Probability "{text}" must be a whole number from 0 to 100, e.g. 40 or 40%.',
  "parse.forecast.invalid":
    'Forecast "{text}" is not a category: use commit, best, pipeline or omit, e.g. forecast commit.',
  "parse.lossReason.unknown":
    'Loss reason "{text}" is not one of: {reasons}. Try /deal lost Acme reason {example}.',
  "parse.lossReason.empty": 'Loss reason "{text}" is empty. Try /deal lost Acme reason {example}.',
  "parse.quota.zero": "A quota of 0 is no target. Give an amount, e.g. 50k.",
  "parse.quota.period": 'Period "{text}" is neither a month (2026-11) nor a quarter (2026-Q4).',
  "parse.quota.missing":
    "Say who, how much and for when, e.g. /deal admin quota @maria 50k 2026-11 or /deal admin quota team 600k 2026-Q4.",

  // --- Command words and fields
  "parse.quote.open":
    'A quote has no closing quote: {text}. Close it, e.g. /deal new "Next Gen Ltd" amount 5k.',
  "parse.fields.twice": '"{name}" is given twice. Give each field once, e.g. {example}.',
  "parse.fields.noValue": '"{name}" needs a value after it, e.g. {example}.',
  "parse.field.empty": "{what} is empty. Give a value, e.g. {example}.",
  "parse.field.tooLong": "{what} is {length} characters; the most is {max}. Shorten it, e.g. {example}.",
  "parse.list.onePerson":
    "List one person's deals at a time, e.g. /deal list @maria stage proposal closing this month.",
  "parse.list.extra":
    'I don\'t understand "{text}" in /deal list. Try /deal list @maria stage proposal closing this month.',
  "parse.log.type":
    "Say what you did: call, meeting, email, demo or task, e.g. /deal log call Acme out left a voicemail.",
  "parse.log.deal": "Which deal? e.g. /deal log call Acme out left a voicemail.",
  "parse.account.usage": "Say the account and its segment, e.g. /deal account Acme segment Enterprise.",
  "parse.lost.deal": "Which deal was lost? e.g. /deal lost Acme reason price note they chose a cheaper tool.",
  "parse.lost.reasonEmpty":
    "The reason is empty. Give one, e.g. /deal lost Acme reason price note they chose a cheaper tool.",
  "parse.new.twoNames":
    'The deal has two names: "{lead}" and "name {name}". Give one, e.g. /deal new Acme Corp amount 12k stage proposal close next friday.',
  "parse.new.noName":
    "A new deal needs a name first, e.g. /deal new Acme Corp amount 12k stage proposal close next friday.",
  "parse.new.nameTooLong":
    "The deal name is over {max} characters. Use a shorter one, e.g. /deal new Acme Corp amount 12k stage proposal close next friday.",
  "parse.nps.usage":
    "Use nps send, e.g. /deal nps send Acme (an account) or /deal nps send maria@acme.com (a contact).",
  "parse.nps.target":
    "Whom should I survey? e.g. /deal nps send Acme (an account) or /deal nps send maria@acme.com (a contact).",
  "parse.ref.missing": "Which deal? e.g. /deal {command} #42 or /deal {command} Acme.",
  "parse.undo.extra": "/deal undo takes no words after it: it undoes your last change. Try /deal undo.",
  "parse.snooze.deal": "Which deal? e.g. /deal snooze Acme until 2027-01-15 because the buyer is on leave.",
  "parse.snooze.until":
    "Say until when, e.g. /deal snooze Acme until 2027-01-15 because the buyer is on leave.",
  "parse.snooze.why":
    "Say why, so your manager knows, e.g. /deal snooze Acme until 2027-01-15 because the buyer is on leave.",
  "parse.update.deal":
    "Which deal? Start with its number or name, e.g. /deal update Acme stage proposal amount 12k close next friday.",
  "parse.away.usage":
    "Say until when you are away, e.g. /deal away until 2027-01-04, or /deal away off when you are back.",
  "parse.contact.list": "Which account? e.g. /deal contact list Acme.",
  "parse.contact.usage":
    "Use contact add or contact list, e.g. /deal contact add Maria Lopez maria@acme.com account Acme lang fi slack @maria, or /deal contact list Acme.",
  "parse.contact.nameEmail":
    "Give the contact's name, then their email, e.g. /deal contact add Maria Lopez maria@acme.com account Acme lang fi slack @maria.",
  "parse.contact.account":
    "Say which account they belong to, e.g. /deal contact add Maria Lopez maria@acme.com account Acme lang fi slack @maria.",
  "parse.digest.extra": "/deal digest takes no words after it. Try /deal digest.",
  "parse.forecast.usage":
    "Use /deal forecast (yours), /deal forecast team (your team, for managers) or /deal forecast team call 250k quarter (record your call).",
  "parse.stats.one": "Name one rep at most, e.g. /deal stats @maria.",

  // --- A stage typed in a command, matched against the team's stages
  "match.stage.ambiguous": 'Stage "{text}" could be {names}: which one?',
  "match.stage.none": 'Stage "{text}" is not one of the team\'s stages: {names}. Try stage {example}.',
  "match.stage.lost": "A lost deal needs a reason, e.g. /deal lost Acme reason price.",

  // --- /deal help: subcommand words in the reader's language (src/parse/aliases.ts). English
  // needs none (its words are the commands), so help shows nothing for it.
  "parse.help.aliases": "",
} satisfies Record<string, string>;

export type ParseKey = keyof typeof enParse;
