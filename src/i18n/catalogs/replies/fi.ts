import type { RepliesKey } from "./en.js";

export const fiReplies: Record<RepliesKey, string> = {
  // --- Yhteiset vastaukset
  "reply.savedEarlier":
    "Muutoksesi tallennettiin (Dealbot keskeytyi ennen kuin ehti vahvistaa sen). Tiedot näet komennolla `/deal show`.",
  "reply.nudgeExpired": "Tämä muistutus on vanhentunut.",
  "reply.changedSinceMessage":
    "Kauppaa “{deal}” on muutettu tämän viestin jälkeen: avaa se komennolla /deal update #{id}.",

  // --- Muutoksen säännöt
  "reply.field.stage": "Valitse vaihe.",
  "reply.field.lossReason": "Hävitylle kaupalle tarvitaan häviön syy tiimin listalta.",
  "reply.field.name": "Anna kaupalle nimi.",
  "reply.field.amount": "Anna summa, esim. 12k.",
  "reply.field.closeDate": "Anna arvioitu sulkemispäivä, esim. ensi perjantaina.",
  "reply.field.closeDatePast":
    "Sulkemispäivä {date} on mennyt. Avoimen kaupan päivän on oltava tänään tai myöhemmin (esim. close ensi perjantaina), tai merkitse kauppa voitetuksi tai hävityksi.",

  // --- Häviön syyt /deal admin -lomakkeella
  "reply.lossReasons.tooLong": "Rivi {line}: ”{start}…” on yli {max} merkkiä pitkä.",
  "reply.lossReasons.repeated": "Rivi {line}: ”{reason}” on jo rivillä {first}.",
  "reply.lossReasons.none": "Anna vähintään yksi häviön syy.",
  "reply.lossReasons.tooMany": "Enintään {max} häviön syytä; annoit {count}.",
  "reply.lossReasons.hint": "Kirjoita yksi syy riville, esim. ”Valitsi kilpailijan”.",

  // --- /deal log, /deal account … segment
  "reply.log.what":
    "{type, select, call {puhelu} meeting {tapaaminen} email {sähköposti} demo {demo} other {tehtävä}}{direction, select, in { (saapuva)} out { (lähtevä)} other {}}",
  "reply.log.logged":
    ":white_check_mark: Kirjattu kauppaan {deal}: {what}. Se lasketaan kaupan aktiivisuudeksi.",
  "reply.log.loggedNote":
    ":white_check_mark: Kirjattu kauppaan {deal}: {what} – {note}. Se lasketaan kaupan aktiivisuudeksi.",
  "reply.account.none": "Asiakasta “{account}” ei löydy. Asiakkaat tulevat kaupoista ja yhteyshenkilöistä.",
  "reply.account.unknownSegment":
    "“{segment}” ei ole tiimin segmenttejä: {segments}. Ylläpitäjä muokkaa listaa komennolla `/deal admin`.",
  "reply.account.segmentSet": ":white_check_mark: Asiakas *{account}* on nyt segmentissä *{segment}*.",
  "reply.account.segmentCleared": ":white_check_mark: Asiakkaalla *{account}* ei ole enää segmenttiä.",

  // --- /deal contact add|list
  "reply.contact.noAccount": "Asiakasta “{account}” ei löydy.",
  "reply.contact.nameEmpty": "Nimi puuttuu.",
  "reply.contact.nameTooLong": "Nimi on yli 200 merkkiä pitkä.",
  "reply.contact.badEmail": "”{email}” ei ole sähköpostiosoite (kuten maria@acme.fi).",
  "reply.contact.accountEmpty": "Asiakas puuttuu.",
  "reply.contact.badLanguage": "Kieli ”{language}” ei ole mikään näistä: {choices}.",

  // --- /deal nps send
  "nps.send.unknown": "Asiakasta tai yhteyshenkilöä “{target}” ei löydy.",
  "nps.send.unknownTip": "Lisää yhteyshenkilöitä: `/deal contact add Maria maria@acme.fi account Acme`",

  // --- NPS-painikkeet ja arvostelijan jatkotoimet
  "nps.notYours": "Tämä kysely ei ole sinun vastattavasi.",
  "nps.answerGone": "Vastausta ei ole enää olemassa.",
  "nps.followUpClosed": "Tämä jatkotoimi on jo suljettu.",
  "nps.detractor.headline":
    ":rotating_light: *Arvostelija:* {contact} (*{account}*) antoi arvosanan *{score}*/10 ({channel, select, email {sähköpostilla} other {Slackissa}}).",
  "nps.detractor.noComment": "_Ei kommenttia._",
  "nps.detractor.owner": "Asiakasvastaava: <@{owner}>",
  "nps.detractor.noOwner": "Ei asiakasvastaavaa",
  "nps.detractor.assignee": "Jatkotoimet: <@{user}>",
  "nps.detractor.nobody": "Jatkotoimet: ei vielä ketään",
  "nps.detractor.closed": "Suljettu: {outcome}",
  "nps.detractor.take.button": "Otan tämän",
  "nps.detractor.outcome.button": "Kirjaa lopputulos",
  "nps.detractor.text": "Arvostelija: {contact} ({account}) antoi arvosanan {score}/10",

  // --- Kuukauden NPS-kooste (tiimin kieli)
  "nps.digest.header": "NPS – {month}",
  "nps.digest.score": "*NPS {nps}* · {trend}",
  "nps.digest.trendNone": "ei edellistä kuukautta vertailtavaksi",
  "nps.digest.trendSame": "sama kuin edellisenä kuukautena ({before})",
  "nps.digest.trendUp": ":arrow_up: +{delta} (edellinen kuukausi {before})",
  "nps.digest.trendDown": ":arrow_down: {delta} (edellinen kuukausi {before})",
  "nps.digest.counts":
    "{responses, plural, one {# vastaus} other {# vastausta}}: suosittelijoita {promoters}, passiivisia {passives}, arvostelijoita {detractors}",
  "nps.digest.byChannel": "*Kanavittain*",
  "nps.digest.channelLine":
    "• {channel, select, email {Sähköposti} other {Slack}}: {responses, plural, one {# vastaus} other {# vastausta}} / {sent} lähetettyä · NPS {nps}",
  "nps.digest.channelLineRate":
    "• {channel, select, email {Sähköposti} other {Slack}}: {responses, plural, one {# vastaus} other {# vastausta}} / {sent} lähetettyä (vastausprosentti {rate} %) · NPS {nps}",
  "nps.digest.byRep": "*Myyjittäin*",
  "nps.digest.byRepLine": "• <@{rep}>: NPS {nps} ({responses})",
  "nps.digest.noOwnerLine": "• ei vastaavaa: NPS {nps} ({responses})",
  "nps.digest.bySegment": "*Segmenteittäin*",
  "nps.digest.segmentLine": "• {segment}: NPS {nps} ({responses})",
  "nps.digest.noSegmentLine": "• ei segmenttiä: NPS {nps} ({responses})",
  "nps.digest.comments": "*Uusimmat kommentit*",
  "nps.digest.comment": "• *{score}* {contact} ({account}): ”{comment}”",
  "nps.digest.followUps": "*Avoimet arvostelijoiden jatkotoimet* ({count})",
  "nps.digest.followUp": "• *{score}* {contact} ({account}) · <@{user}> · {date} alkaen",
  "nps.digest.followUpNobody":
    "• *{score}* {contact} ({account}) · kukaan ei ole ottanut tätä · {date} alkaen",
  "nps.digest.followUpsNone": "*Avoimet arvostelijoiden jatkotoimet:* ei yhtään :tada:",
  "nps.digest.footer": "NPS = suosittelijoiden (9–10) osuus miinus arvostelijoiden (0–6) osuus prosentteina.",
  "nps.digest.text": "NPS – {month}: {nps}, {responses, plural, one {# vastaus} other {# vastausta}}",

  // --- Esihenkilön viikkokooste (esihenkilön kieli)
  "escalation.header":
    "Tiimissäsi {count, plural, one {# kauppa} other {# kauppaa}} ilman päivitystä vähintään {days} päivään",
  "escalation.intro": "Jokaista myyjää on muistutettu näistä. Sinun sanasi voi auttaa:",
  "escalation.rep": "*<@{rep}>* · {count}",
  "escalation.footer": "`/deal show #id` näyttää kaupan historian.",
  "escalation.text":
    "Tiimissäsi {count, plural, one {# kauppa} other {# kauppaa}} ilman päivitystä vähintään {days} päivään.",

  // --- Kanavajulkaisu epäonnistui (ylläpitäjän kieli)
  "delivery.line": ":warning: {what}: julkaisu kanavalle <#{channel}> epäonnistui – {advice}",
  "delivery.what.weeklyDigest": "Viikkokooste",
  "delivery.what.riskAlerts": "Riskihälytykset",
  "delivery.what.npsDigest": "NPS-kooste",
  "delivery.what.npsSurveys": "NPS-hälytys",
  "delivery.what.other": "Viesti ({job})",
  "delivery.advice.private":
    "kanava on yksityinen (tai poistettu): kutsu @Dealbot sinne kirjoittamalla kanavalla `/invite @Dealbot`, tai valitse toinen kanava komennolla `/deal admin`.",
  "delivery.advice.invite": "kutsu @Dealbot: kirjoita kanavalla `/invite @Dealbot`.",
  "delivery.advice.scope":
    "sovellukselta puuttuu oikeus `{scope}`: asenna Dealbot uudelleen sen manifest.yml-tiedostosta (api.slack.com/apps → sovelluksesi → Install App).",
  "delivery.advice.archived": "kanava on arkistoitu: valitse toinen kanava komennolla `/deal admin`.",
  "delivery.advice.other": "Slack vastasi `{code}`.",
  "delivery.retrying":
    "Dealbot yrittää itse uudelleen tämän jakson loppuun asti; kun asia on korjattu, muuta ei tarvitse tehdä.",
  "delivery.noRetry": "Dealbot ei yritä tätä uudelleen. `dealbot status` listaa epäonnistuneet lähetykset.",

  // --- Koosteen kaavio (tiimin kieli)
  "chart.pipeline": "Avoin myyntiputki vaiheittain ({currency})",
  "chart.total": "yhteensä",
  "chart.weighted": "painotettu",
  "chart.noStages": "Ei avoimia vaiheita",
  "chart.forecast": "Ennuste suhteessa tavoitteeseen",
  "chart.month": "Kuukausi {period}",
  "chart.quarter": "Neljännes {period}",
  "chart.won": "voitettu",
  "chart.commit": "Commit",
  "chart.bestCase": "paras tapaus",
  "chart.history": "historia",
  "chart.target": "tavoite {amount}",
  "survey.formRefused": "Lomaketta ei voitu vastaanottaa. Avaa linkki viestistä uudelleen.",
};
