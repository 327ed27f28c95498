import type { FormsKey } from "./en.js";

export const fiForms: Record<FormsKey, string> = {
  "form.deal.create.title": "Uusi kauppa",
  "form.deal.update.title": "Päivitä kauppa #{id}",
  "form.deal.create.submit": "Luo",
  "form.deal.update.submit": "Tallenna",
  "form.deal.close": "Peruuta",
  "form.deal.name.label": "Kaupan nimi",
  "form.deal.name.placeholder": "Acme Oy – 50 lisenssiä",
  "form.deal.account.label": "Asiakas",
  "form.deal.account.placeholder": "Acme Oy",
  "form.deal.amount.label": "Arvo",
  "form.deal.amount.placeholder": "12k, 12500 tai 12 500,50 €",
  "form.deal.amount.hint": "Ilman valuuttamerkkiä käytetään alla olevaa valuuttaa.",
  "form.deal.currency.label": "Valuutta",
  "form.deal.stage.label": "Vaihe",
  "form.deal.stage.option": "{stage} ({probability} %)",
  "form.deal.close.label": "Arvioitu sulkemispäivä",
  "form.deal.next.label": "Seuraava askel",
  "form.deal.next.placeholder": "Lähetä tarjous",
  "form.deal.nextDue.label": "Seuraavan askeleen määräpäivä",
  "form.deal.owner.label": "Vastuuhenkilö",
  "form.deal.probability.label": "Todennäköisyys (%)",
  "form.deal.probability.placeholder": "Jätä tyhjäksi, niin käytetään vaiheen todennäköisyyttä",
  "form.deal.lossReason.label": "Häviön syy (jos kauppa hävittiin)",
  "form.deal.unreadable": "Lomaketta ei voitu lukea. Sulje se ja yritä uudelleen.",
  "form.deal.name.missing": "Anna kaupalle nimi, esim. Acme Oy – 50 lisenssiä.",
  "form.deal.amount.missing": "Anna kaupan arvo, esim. 12k tai 12 500.",
  "form.deal.amount.currencyMismatch":
    "Arvo on valuutassa {amountCurrency}, mutta valuuttakentässä lukee {currency}. Korjaa ne samoiksi.",
  "form.deal.stage.missing": "Valitse vaihe.",
  "form.deal.close.missing": "Valitse arvioitu sulkemispäivä.",
  "form.deal.owner.missing": "Valitse kaupalle vastuuhenkilö.",
  "form.deal.gone": "Tätä kauppaa ei ole enää olemassa.",
  "form.deal.someone": "joku",
  "form.deal.changedBy":
    "{who} muutti tätä muokkauksesi aikana ({change}). Mitään ei tallennettu: sulje lomake ja avaa se uudelleen.",
  "form.deal.changed":
    "Kauppaa muutettiin muokkauksesi aikana. Mitään ei tallennettu: sulje lomake ja avaa se uudelleen.",
  // --- NPS forms (the follow-up outcome: the reader's language; the comment: the contact's) and contact/survey replies
  "form.nps.closed": "Vastausta ei voi enää muuttaa.",
  "form.nps.notYours": "Tämä kysely ei ole sinulle.",
  "form.nps.outcome.title": "Arvostelijan seuranta",
  "form.nps.outcome.submit": "Sulje seuranta",
  "form.nps.outcome.label": "Mihin yhteydenotto ({who}) johti?",
  "form.nps.outcome.missing": "Kerro, mihin yhteydenotto johti.",
  "form.nps.outcome.closed": "Tämä seuranta on jo suljettu.",
  "npsContacts.optedOut": ":no_bell: kieltäytynyt kyselyistä",
  "npsContacts.added":
    "{created, select, yes {Lisätty} other {Päivitetty}} yhteyshenkilö {contact} asiakkaalle *{account}*{newAccount, select, yes { (uusi asiakas)} other {}}.",
  "npsContacts.addedTip": "Näet kaikki komennolla `/deal contact list {account}`",
  "npsContacts.none": "Asiakkaalla *{account}* ei ole vielä yhteyshenkilöitä.",
  "npsContacts.noneTip": "Lisää yhteyshenkilö: `/deal contact add Maria maria@acme.com account Acme`",
  "npsContacts.listText": "Asiakkaan {account} yhteyshenkilöt",
  "npsContacts.listHeading": "*Asiakkaan {account} yhteyshenkilöt* ({count})",
  "npsContacts.noneToSurvey": "Kohteella *{target}* ei ole yhteyshenkilöitä, joille kyselyn voisi lähettää.",
  "npsContacts.sent":
    "• :white_check_mark: {who}: kysely lähetetty {channel, select, slack {Slackin kautta} email {sähköpostilla} other {({channel})}}",
  "npsContacts.retry": "• :hourglass: {who}: ei vielä lähetetty; lähetystä yritetään uudelleen",
  "npsContacts.recent": "• :no_entry_sign: {who}: kysely lähetetty {date} (enintään yksi kysely 90 päivässä)",
  "npsContacts.skipped": "• :no_entry_sign: {who}: {reason}",
  "npsContacts.skip.optedOut": "kieltäytynyt kyselyistä",
  "npsContacts.skip.noChannel":
    "ei Slack-käyttäjää eikä sähköpostiosoitetta (tai sähköpostia ei ole määritetty)",
  "npsContacts.skip.duplicate": "jo pyydetty",
  "npsContacts.sentText": "NPS-kyselyt: {target}",
  "npsContacts.sentHeading": "*NPS-kyselyt: {target}*",
  "npsContacts.sentNote": "Vastaukset ja arvostelijahälytykset tulevat NPS-kanavalle.",
  // --- /deal admin: the form, its messages and the confirmation (the admin's own language); quotas
  "admin.form.title": "Tiimin asetukset",
  "admin.form.submit": "Tallenna",
  "admin.form.close": "Peruuta",
  "admin.form.timezone.label": "Tiimin aikavyöhyke",
  "admin.form.timezone.hint":
    "IANA-nimi, esim. Europe/Helsinki. Koosteet ja riskihälytykset noudattavat sitä.",
  "admin.form.currency.label": "Valuutta",
  "admin.form.currency.hint": "ISO 4217 -koodi, jota käytetään, kun summa kirjoitetaan ilman valuuttaa.",
  "admin.form.language.label": "Tiimin kieli",
  "admin.form.language.hint":
    "Koosteet, riskihälytykset ja muut kanavaviestit kirjoitetaan tällä kielellä. Jokaiselle vastataan hänen omalla Slack-kielellään (tai /deal language -komennolla valitulla kielellä).",
  "admin.form.digest.label": "Koostekanavat",
  "admin.form.digest.placeholder": "Valitse kanavat",
  "admin.form.digest.hint": "Minne maanantain myyntiputkikooste julkaistaan.",
  "admin.form.channel.placeholder": "Valitse kanava",
  "admin.form.alerts.label": "Hälytyskanava",
  "admin.form.alerts.hint":
    "Esihenkilöiden riskihälytykset. Tyhjänä käytetään palvelimen oletusta (DEALBOT_CHANNEL_ALERTS), jos se on asetettu.",
  "admin.form.nps.label": "NPS-kanava",
  "admin.form.nps.hint":
    "NPS-tulokset ja arvostelijahälytykset. Tyhjänä käytetään palvelimen oletusta (DEALBOT_CHANNEL_NPS), jos se on asetettu.",
  "admin.form.win.label": "Voittoilmoitukset",
  "admin.form.win.hint":
    "Lyhyt viesti (kuka ja kuinka paljon), kun kauppa voitetaan; häviöistä ei ilmoiteta. Tyhjänä ilmoituksia ei lähetetä.",
  "admin.form.segments.label": "Asiakassegmentit",
  "admin.form.segments.placeholder": "Pk-yritykset\nKeskisuuret\nSuuryritykset",
  "admin.form.segments.hint":
    "Yksi per rivi. Asiakkaan segmentti asetetaan komennolla /deal account Acme segment SMB tai CSV-sarakkeella; kooste näyttää myyntiputken ja voitot segmenteittäin.",
  "admin.form.stages.label": "Avoimet vaiheet myyntiputken järjestyksessä",
  "admin.form.stages.placeholder": "Liidi: 10%\nTarjous: 50%",
  "admin.form.reasons.label": "Häviön syyt",
  "admin.form.reasons.placeholder": "Liian kallis",
  "admin.form.reasons.hint":
    "Yksi per rivi, siinä järjestyksessä kuin ne tarjotaan. Poistettua syytä ei enää tarjota; kaupat säilyttävät sen.",
  "admin.form.managers.label": "Esihenkilöt",
  "admin.form.managers.placeholder": "Valitse esihenkilöt",
  "admin.form.managers.hint":
    "Jokainen esihenkilö saa alle oman kentän myyjilleen. Esihenkilöt voivat päivittää myyjiensä kauppoja.",
  "admin.form.reps.label": "{name}: myyjät",
  "admin.form.reps.placeholder": "Valitse myyjät",
  "admin.form.hiddenManagers":
    "Vielä {count, plural, one {# esihenkilön} other {# esihenkilön}} myyjiä ei näytetä (lomakkeeseen mahtuu {blocks} lohkoa); heidän tiiminsä pysyvät ennallaan. Valitse tässä vähemmän esihenkilöitä, jos haluat muokata niitä.",
  "admin.form.unreadable": "Lomaketta ei voitu lukea. Sulje se ja suorita /deal admin uudelleen.",
  "admin.form.adminsOnly":
    ":no_entry: Vain Dealbotin ylläpitäjät voivat muuttaa tiimin asetuksia. Pyydä ylläpitäjää tai aseta DEALBOT_ADMINS.",
  "admin.form.refused":
    "Vain Dealbotin ylläpitäjät voivat muuttaa tiimin asetuksia. Mitään ei tallennettu: pyydä ylläpitäjää.",
  "admin.saved.head":
    ":white_check_mark: *Tiimin asetukset tallennettu:* aikavyöhyke {timezone}, valuutta {currency}{language, select, none {} other {, kieli {language}}}, kooste {digest}, hälytykset {alerts}, NPS {nps}.",
  "admin.saved.none": "ei asetettu",
  "admin.saved.noReps": "ei myyjiä",
  "admin.saved.stages": "• *Vaiheet:* {stages}, sitten Voitettu ja Hävitty.",
  "admin.saved.added": "• Uudet vaiheet: {names}.",
  "admin.saved.retired": "• Poistetut vaiheet: {names}.",
  "admin.saved.reasons": "• *Häviön syyt:* {names}.",
  "admin.saved.win": "• *Voittoilmoitukset:* {channel}.",
  "admin.saved.segments": "• *Segmentit:* {names}.",
  "admin.saved.noLongerOffered": "• Ei enää tarjolla: {names}.",
  "admin.saved.teams": "• *Tiimit:* {teams}",
  "admin.saved.team": "<@{manager}>: {reps}",
  "admin.saved.noManagers": "• *Tiimit:* ei esihenkilöitä.",
  "admin.saved.text":
    "Tiimin asetukset tallennettu: aikavyöhyke {timezone}, valuutta {currency}, {stages, plural, one {# avoin vaihe} other {# avointa vaihetta}}, {reasons, plural, one {# häviön syy} other {# häviön syytä}}, {managers, plural, one {# esihenkilö} other {# esihenkilöä}}.",
  "admin.quota.saved":
    "Tavoite ({subject, select, team {koko tiimi} other {<@{subject}>}}), {period}: {amount}.",
  "admin.quota.tip": "Näkyy viikkokoosteessa ja komennossa `/deal forecast`.",
  // --- /deal admin: problems with the settings (the admin's language)
  "admin.problem.timezone.missing":
    "Anna tiimin aikavyöhyke IANA-nimenä, esim. Europe/Helsinki tai America/New_York.",
  "admin.problem.timezone.unknown":
    '"{text}" ei ole tuntemani aikavyöhyke. Käytä IANA-nimeä, esim. Europe/Helsinki tai America/New_York.',
  "admin.problem.currency.invalid": '"{text}" ei ole ISO 4217 -valuuttakoodi; käytä esim. EUR, USD tai GBP.',
  "admin.problem.currency.missing": "Anna ISO 4217 -valuuttakoodi, esim. EUR, USD tai GBP.",
  "admin.problem.language.invalid": "Valitse jokin näistä: {choices}.",
  "admin.problem.line.noProbability": 'Rivillä {line} "{text}" ei ole todennäköisyyttä.',
  "admin.problem.line.noName": 'Rivillä {line} "{text}" ei ole vaiheen nimeä.',
  "admin.problem.line.tooLong": 'Rivi {line}: "{text}…" on yli {max} merkkiä pitkä.',
  "admin.problem.line.badProbability":
    'Rivi {line}: todennäköisyyden "{text}" pitää olla kokonaisluku 0–100.',
  "admin.problem.line.duplicateStage":
    'Rivi {line}: "{text}" on jo rivillä {first}; vaiheilla pitää olla eri nimet.',
  "admin.problem.more":
    "(ja {count, plural, one {# muu samanlainen ongelma} other {# muuta samanlaista ongelmaa}})",
  "admin.problem.stages.none": "Anna vähintään yksi avoin vaihe.",
  "admin.problem.stages.tooMany": "Avoimia vaiheita voi olla enintään {max}; annoit {count}.",
  "admin.problem.stages.howTo":
    'Kirjoita yksi avoin vaihe per rivi: nimi ja todennäköisyys, esim. "{example}".',
  "admin.problem.stages.fixed":
    '"{name}" on {kind, select, won {voitettujen} lost {hävittyjen} other {{kind}}} kauppojen vaihe, joka on aina olemassa: jätä se pois tästä listasta.',
  "admin.problem.stages.inUse":
    "Vaiheessa {stage} on yhä {count, plural, one {# avoin kauppa: siirrä se} other {# avointa kauppaa: siirrä ne}} ensin muualle tai pidä {stage} listassa.",
  "admin.problem.stages.justMoved":
    "Vaiheeseen {stage} siirrettiin juuri {count, plural, one {# avoin kauppa: siirrä se} other {# avointa kauppaa: siirrä ne}} ensin pois tai pidä {stage} listassa. Mitään ei tallennettu.",
  "admin.problem.stages.concurrent":
    "Joku muutti vaiheita tai häviön syitä samaan aikaan. Mitään ei tallennettu: lähetä lomake uudelleen.",
  "admin.problem.team.ownRep": "{name} ei voi olla oma myyjänsä.",
  "admin.problem.team.twoManagers":
    "{rep} on valittu myös esihenkilölle {manager}: myyjällä on yksi esihenkilö, joten valitse hänet vain kerran.",
  "admin.problem.team.circle":
    "{names} olisivat kehässä toistensa esihenkilöitä: valitse, kuka raportoi kenellekin.",
  // --- /deal show: a deal's details and history (the reader's language)
  "details.amount": "*Arvo*\n{amount} (painotettu {weighted})",
  "details.stage": "*Vaihe*\n{stage} · {probability} %",
  "details.stageOwn": "*Vaihe*\n{stage} · {probability} % (asetettu kaupalle)",
  "details.expectedClose": "*Arvioitu sulkemispäivä*\n{date}",
  "details.closed": "*Suljettu*\n{date}",
  "details.owner": "*Vastuuhenkilö*\n<@{owner}>",
  "details.account": "*Asiakas*\n{account}",
  "details.nextStep": "*Seuraava askel*\n{step}",
  "details.nextStepDue": "*Seuraava askel*\n{step} ({due} mennessä)",
  "details.lossReason": "*Häviön syy*\n{reason}",
  "details.lossReasonNote": "*Häviön syy*\n{reason}: {note}",
  "details.pushed": "Sulkemispäivää on siirretty {count, plural, one {# kerran} other {# kertaa}}.",
  "details.update.button": "Päivitä",
  "details.source":
    "{source, select, command {/deal} modal {lomake} button {painike} job {Dealbot} import {tuonti} system {Dealbot} other {{source}}}",
  "details.kind":
    "{kind, select, created {luotu} updated {päivitetty} won {voitettu} lost {hävitty} reopened {avattu uudelleen} undone {peruttu} confirmed {vahvistettu} other {{kind}}}",
  "details.history": "*Viimeisimmät muutokset*\n{lines}",
  "details.historyLine": "• {time} · {who} ({source}) · *{kind}*",
  "details.historyLineChanges": "• {time} · {who} ({source}) · *{kind}*: {changes}",
  // --- /deal lost with a reason the team does not have
  "form.lost.unknownReason": 'Häviön syy "{reason}" ei ole mikään näistä: {reasons}.',
};
