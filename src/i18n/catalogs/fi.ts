import type { CatalogMessages } from "./en.js";
import { fiSurfaces } from "./surfaces/fi.js";

// Suomi: myyntiputki, kauppa, vaihe, sulkemispäivä — as Finnish CRM users say it.
export const fi: CatalogMessages = {
  "language.name": "suomi",
  "language.set":
    "Selvä: vastaan sinulle tästä lähtien suomeksi. `/deal language auto` palauttaa Slackin kielen.",
  "language.auto": "Selvä: vastaan sinulle Slackisi kielellä ({language}).",
  "language.invalid": "En osaa kieltä `{input}`. Valitse jokin näistä: {choices} tai `auto` (Slackin kieli).",
  "language.dateNote":
    "Päivämäärät: tänään, huomenna, perjantaina, ensi perjantaina, ensi viikolla, kuun lopussa, 15.1.2027, 2027-01-15 (myös englanniksi: next friday).",

  "help.intro": "*Dealbot* pitää myyntiputkesi ajan tasalla suoraan Slackista. Näin `/deal` toimii:",
  "help.unknownIntro": "En tunne komentoa `{command}`. Näin `/deal` toimii:",
  "help.text": "Näin käytät /deal-komentoa",
  "help.unknownText": 'Tuntematon /deal-komento "{command}". Kokeile /deal help.',
  "help.new": "`/deal new Acme Oy amount 12k stage proposal close ensi perjantaina` — uusi kauppa",
  "help.update":
    "`/deal update Acme stage negotiation close kuun lopussa` — muuta tietoja (ilman kenttiä avautuu lomake)",
  "help.list": "`/deal list` · `/deal list @ann stage proposal closing next month` — avoimet kaupat",
  "help.show": "`/deal show #42` — kaupan tiedot ja historia",
  "help.won":
    "`/deal won Acme` · `/deal lost Acme reason liian kallis` — merkitse kauppa voitetuksi tai hävityksi",
  "help.undo": "`/deal undo` — peru viimeisin muutoksesi (10 minuutin sisällä)",
  "help.away": "`/deal away until 4.1.2027` · `/deal away off` — keskeytä viikoittaiset muistutukset",
  "help.snooze":
    "`/deal snooze Acme until 15.1.2027 because ostaja lomalla` — kauppaa ei merkitä seisovaksi ennen sitä",
  "help.digest":
    "`/deal digest` — viikon myyntiputkikooste vain sinulle · `/deal forecast` — kuukautesi ja vuosineljänneksesi tavoitteeseen verrattuna",
  "help.contact":
    "`/deal contact add Maria maria@acme.fi account Acme lang fi` · `/deal contact list Acme` — asiakkaan yhteyshenkilöt",
  "help.nps": "`/deal nps send Acme` — lähetä NPS-kysely heti (asiakkaalle tai yhdelle yhteyshenkilölle)",
  "help.admin":
    "`/deal admin` — tiimin asetukset (ylläpitäjät) · `/deal admin quota @ann 50k 2026-12` — aseta tavoite",
  "help.language":
    "`/deal language fi` · `/deal language auto` — vastaa minulle suomeksi (en, fi, pl, uk, ru) tai Slackini kielellä",
  "help.fields":
    "Kentät: `name` (nimi), `account` (asiakas), `amount` (12k, 1,2m, 12 500 €), `currency`, `stage` (vaihe), `close` (sulkemispäivä: ensi perjantaina, 15.1.2027), `next` (seuraava askel, valinnaisesti `by &lt;pvm&gt;`), `owner @käyttäjä`, `probability`. Kauppaan viitataan numerolla `#id` tai osalla sen nimeä. Komentosanat ovat englanniksi.",

  "reply.nothingSaved": ":warning: Mitään ei tallennettu:\n{problems}",
  "reply.example": "Esimerkki: `{example}`",
  "reply.unchanged": "Ei muutettavaa: kaupalla #{id} on jo nämä tiedot.",
  "reply.refused": ":no_entry: {reason} Mitään ei muutettu.",
  "reply.dealGone": "Kauppaa ei ole enää olemassa.",
  "reply.dealIdGone": "Kauppaa #{id} ei ole enää olemassa.",
  "reply.noMatch": "En löytänyt kauppaa hakusanalla ”{query}”. {tip}",
  "reply.noMatchSuggest": "Tarkoititko {names}?",
  "reply.noMatchTip": "Katso kauppasi komennolla `/deal list` tai viittaa kauppaan numerolla, esim. `#42`.",
  "reply.failed":
    ":warning: Dealbotissa tapahtui virhe, eikä pyyntöäsi ehkä tallennettu. Tarkista tilanne komennolla `/deal list` ja yritä uudelleen; jos ongelma toistuu, kerro ylläpitäjälle (viite {ref}).",
  "reply.noWonStage":
    "Tiimilläsi ei ole voitettu-vaihetta. Ylläpitäjä voi lisätä sen komennolla `/deal admin`.",
  "reply.conflict": ":warning: {deal} muuttui sillä välin, joten muutostasi *ei* tallennettu:\n{lines}",
  "reply.conflictLine": "• {change} ({who})",
  "reply.conflictNoDetails": "• (tietoja ei saatavilla)",
  "reply.conflictTip": "Katso kauppa uudelleen ja tee muutoksesi uudestaan, jos se on yhä ajankohtainen.",

  "change.created": "Luotu {deal}",
  "change.updated": "Päivitetty {deal}",
  "change.won": "Voitettu :tada: {deal}",
  "change.lost": "Hävitty {deal}",
  "change.reopened": "Avattu uudelleen {deal}",
  "change.undone": "Muutoksesi peruttu: {deal}",
  "change.confirmed": "Vahvistettu {deal}",
  "change.text": "{head}: {changes}",
  "change.field": "{field}: {to}",
  "change.fieldFromTo": "{field}: {from} → {to}",
  "change.interpreted": "Tulkitsin: {readings}",
  "change.undo.button": "Peru",

  "undo.nothing": "Sinulla ei ole viimeisen 10 minuutin ajalta peruttavaa muutosta.",
  "undo.tooLate":
    "Muutos on yli 10 minuuttia vanha, joten sitä ei voi perua. Palauta tiedot komennolla `/deal update`.",
  "undo.changedSince":
    ":warning: Kauppaa *{name}* on muutettu muokkauksesi jälkeen ({people}), joten peruminen kumoaisi heidän työnsä. Mitään ei muutettu; käytä komentoa `/deal update`.",
  "undo.deleted": "Peruttu: uusi kauppa *{name}* poistettiin.",
  "away.back": "Tervetuloa takaisin! Viikoittaiset muistutukset ovat taas päällä.",
  "away.past": "{date} on jo mennyt. Anna viimeinen poissaolopäiväsi.",
  "away.set": "Mukavaa vapaata! Ei viikoittaisia muistutuksia {date} asti (se mukaan lukien).",
  "away.setTip": "Palasitko aiemmin? `/deal away off`",
  "snooze.future": "Torkuta tätä päivää myöhempään päivään, esim. {example}.",

  "deal.closes": "sulkeutuu {date}",
  "deal.closed": "{status, select, won {voitettu} lost {hävitty} other {suljettu}} {date}",
  "deal.closedNoDate": "{status, select, won {voitettu} lost {hävitty} other {suljettu}}",
  "deal.stale": ":hourglass: ei päivitetty {days, plural, one {# päivään} other {# päivään}}",
  "deal.unknownStage": "vaihe {id}",
  "deal.unknownReason": "syy {id}",
  "field.name": "nimi",
  "field.account": "asiakas",
  "field.amountMinor": "arvo",
  "field.currency": "valuutta",
  "field.stageId": "vaihe",
  "field.closeOn": "sulkemispäivä",
  "field.nextStep": "seuraava askel",
  "field.nextStepDue": "seuraavan askeleen määräpäivä",
  "field.ownerId": "vastuuhenkilö",
  "field.probability": "todennäköisyys",
  "field.status": "tila",
  "field.lossReasonId": "häviön syy",
  "field.lossNote": "huomio häviöstä",
  "field.closedAt": "suljettu",
  "field.snoozedUntil": "torkutettu asti",
  "field.snoozeReason": "torkutuksen syy",
  "help.log":
    "`/deal log call Acme out jätin vastaajaviestin` — kirjaa puhelu, tapaaminen, sähköposti, demo tai tehtävä (lasketaan aktiivisuudeksi) · `/deal account Acme segment Enterprise` — aseta asiakkaan segmentti",
  "field.forecastCategory": "ennusteluokka",
  "nudge.won.button": "Voitettu",
  "nudge.pastDue": ":rotating_light: *Sulkemispäivä {date} on ohitettu*",
  "help.forecastCategory":
    "`/deal update Acme forecast commit` — ennusteluokka: commit (sitova), best (paras tapaus), pipeline tai omit (ei ennusteessa)",
  "help.forecastTeam":
    "`/deal forecast team` — tiimisi myyjittäin (esihenkilöt) · `/deal forecast team call 250k quarter` — kirjaa oma ennusteesi",
  "help.stats":
    "`/deal stats` · `/deal stats @ann` — voittoprosentti, myyntisykli, kaupan koko, konversio tiimiin verrattuna, heikoin vaihe",

  "list.none":
    "{self, select, yes {Avoimet kauppasi} other {Käyttäjän <@{owner}> avoimet kaupat}}{filters}: ei yhtään.",
  "list.noneTip": "Luo kauppa komennolla `/deal new Acme amount 12k close ensi perjantaina`.",
  "list.heading":
    "*{self, select, yes {Avoimet kauppasi} other {Käyttäjän <@{owner}> avoimet kaupat}}{filters}: {total}*",
  "list.text": "{self, select, yes {Avoimet kauppasi} other {Käyttäjän {owner} avoimet kaupat}}: {total}",
  "list.filters": " ({filters})",
  "list.filterStage": "vaihe {stage}",
  "list.filterClosing": "sulkeutuu {period}",
  "list.month": "*Sulkeutuu {month}* · {count} · {total}",
  "list.more": "…ja {count} muuta. Rajaa hakua: `/deal list stage proposal closing this month`.",
  "blocks.more": "_…ja {count} muuta, joita ei näytetä._",

  "nudge.header":
    "Viikon myyntiputkitarkistus: {count, plural, one {1 kauppa} other {# kauppaa}} odottaa päivitystä",
  "nudge.done.header": "Kaikki valmista, kiitos!",
  "nudge.intro":
    "Näitä kauppoja ei ole päivitetty vähään aikaan. Yksi klikkaus per kauppa pitää ennusteesi ajan tasalla:",
  "nudge.doneIntro": "Kaikki listan kaupat on käsitelty. Ennusteesi on ajan tasalla.",
  "nudge.outcomeConfirmed": ":white_check_mark: Etenee suunnitellusti: vahvistettu.",
  "nudge.outcomeUpdated": ":pencil2: Päivitetty.",
  "nudge.outcomePushed": ":calendar: Sulkemispäivä siirretty: {date}.",
  "nudge.outcomeLost": ":x: Merkitty hävityksi.",
  "nudge.outcomeWon": ":tada: Voitettu.",
  "nudge.outcomeDone": ":ballot_box_with_check: Valmis.",
  "nudge.confirm.button": "Etenee suunnitellusti",
  "nudge.update.button": "Päivitä…",
  "nudge.push.button": "Siirrä…",
  "nudge.lost.button": "Hävitty…",
  "nudge.all.button": "Kaikki {count} etenevät",
  "nudge.more.button": "Näytä loput",
  "nudge.rest": "…ja {count} muuta.",
  "nudge.footer":
    "Lomalla? `/deal away until &lt;pvm&gt;` keskeyttää nämä muistutukset. Odotatko asiakasta? `/deal snooze &lt;kauppa&gt; until &lt;pvm&gt; because &lt;syy&gt;`.",
  "nudge.text":
    "Viikon myyntiputkitarkistus: {count, plural, one {# kauppa} other {# kauppaa}} ilman päivitystä vähään aikaan.",
  "nudge.doneText": "Viikon myyntiputkitarkistus: kaikki valmista.",

  "chooser.question": "Hakuun ”{query}” sopii useampi kauppa. Mitä niistä tarkoitit?",
  "chooser.more": "…ja muita. Viittaa kauppaan numerolla (esim. `#{id}`) tai pidemmällä osalla sen nimeä.",
  "chooser.text": 'Hakuun "{query}" sopii useampi kauppa. Mitä niistä tarkoitit?',

  // --- Pickers: which stage, which contact (issue 12); a private channel in /deal admin
  "picker.stageQuestion": "Vaihe ”{typed}” voi olla {names}. Mitä niistä tarkoitit?",
  "picker.contactQuestion": "Hakuun ”{query}” sopii useampi yhteyshenkilö. Kenelle kysely lähetetään?",
  "picker.contactMore": "…ja {count} muuta. Kirjoita pidempi osa nimestä tai sähköpostiosoite.",
  "picker.noEmail": "ei sähköpostia",
  "picker.send.button": "Lähetä kysely",
  "picker.privateChannel":
    ":warning: {channel} on yksityinen kanava: kutsu @Dealbot sinne (`/invite @Dealbot` kanavalla {channel}), muuten viestien lähetys sinne epäonnistuu.",
  "picker.privateChannelTip":
    "Asetukset on tallennettu. Julkisilla kanavilla ei tarvitse tehdä mitään: Dealbot liittyy niihin itse.",

  "digest.header": "Myyntiputken kooste · {date}",
  "digest.more": "_…ja {count} muuta_",
  "digest.funnel": "*Myyntiputki* (avoimet kaupat)",
  "digest.funnelEmpty":
    "Ei vielä avoimia kauppoja. Myyjät lisäävät niitä komennolla `/deal new Acme amount 12k close ensi perjantaina`.",
  "digest.stageLine":
    "*{stage}* ({probability} %): {count, plural, one {# kauppa} other {# kauppaa}} · {amount} · painotettu {weighted}",
  "digest.stageChange": "{line} · {count} / {amount}",
  "digest.stageChangeSince": "{line} · {count} / {amount} {date} jälkeen",
  "digest.total":
    "*Yhteensä*: {count, plural, one {# kauppa} other {# kauppaa}} · {amount} · painotettu {weighted}",
  "digest.noLastWeek": "Viime viikon lukuja ei vielä ole: muutokset näkyvät ensi viikosta alkaen.",
  "digest.hygiene": "*Myyntiputken siisteys*",
  "digest.hygieneNoOpen": "Ei avoimia kauppoja.",
  "digest.pastDueNone":
    "Erääntyneitä avoimia kauppoja: 0 kauppaa, {amount} (jokaisen kaupan päättymispäivä on tänään tai myöhemmin).",
  "digest.pastDue":
    ":rotating_light: *Erääntyneitä avoimia kauppoja: {count, plural, one {# kauppa} other {# kauppaa}}, {amount}*: niiden päättymispäivä on ohitettu. Ne eivät ole minkään jakson ennusteessa ennen kuin vastuumyyjä siirtää päivää, voittaa tai häviää kaupan.",
  "digest.hygieneCounts":
    "Ei seuraavaa askelta: {noNextStep, plural, one {# kauppa} other {# kauppaa}} · ei toimintaa yli 30 päivään: {quiet, plural, one {# kauppa} other {# kauppaa}} ({open, plural, one {# avoin kauppa} other {# avointa kauppaa}} yhteensä)",
  "digest.timeInStage": "*Aika vaiheessa* (tyypillinen = 12 kuukauden aikana päättyneiden jaksojen mediaani)",
  "digest.stageTimeLine": "{stage}: {typical} · {open}",
  "digest.typical": "tyypillisesti {days, plural, one {# päivä} other {# päivää}}",
  "digest.typicalUnknown":
    "tyypillistä aikaa ei tiedetä ({stays, plural, one {# päättynyt jakso} other {# päättynyttä jaksoa}})",
  "digest.stageNoOpen": "ei avoimia kauppoja",
  "digest.stageOpen":
    "{count, plural, one {# avoin kauppa} other {# avointa kauppaa}}, mediaani {days, plural, one {# päivä} other {# päivää}} vaiheessa",
  "digest.stageBeyond": ":hourglass: {count} selvästi yli tyypillisen (yli {days} päivää)",
  "digest.conversion":
    "*Konversio* (viimeisten 90 päivän aikana vaiheeseen tulleet kaupat, joilla on ollut aikaa edetä, vertailuna sitä edeltävät 9 kuukautta)",
  "digest.conversionEmpty":
    "Historiaa ei ole vielä tarpeeksi: ei vaihemuutoksia viimeisten 12 kuukauden ajalta.",
  "digest.conversionLine": "{from} → {to}: {now} · aiemmin: {reference}",
  "digest.conversionRate": "{rate} ({advanced}/{matured})",
  "digest.conversionTooEarly": "liian aikaista",
  "digest.conversionNoDeals": "ei kauppoja",
  "digest.conversionUndecided": "{count} vielä ratkaisematta",
  "digest.conversionReference": "{rate} ({count, plural, one {# kauppa} other {# kauppaa}})",
  "digest.bottleneck":
    ":warning: *Pullonkaula: {from} → {to}* konvertoi {rate} ({advanced}/{matured}), aiemmin {reference}: ero on suurempi kuin sattuma selittää.",
  "digest.forecast": "*Ennuste* suhteessa tavoitteeseen",
  "digest.accuracy": "*Ennustetarkkuus* (kuun alun Commit-ennuste vs. voitetut)",
  "digest.accuracyNone":
    "Kuun alun tilannekuvaa ei vielä ole: tarkkuus näkyy ensimmäisen täyden kuukauden jälkeen.",
  "digest.accuracyMonth":
    "*{month}*: Commit {commit} kuun 1. päivänä, voitettu {won}{pct, select, none {} other { ({pct} % Commitista)}}",
  "digest.accuracyTrend": "Voitetut prosentteina kuun 1. päivän Commitista ({months}):",
  "digest.accuracyNoCommit": "ei Commitia",
  "digest.accuracyOffBy": "keskimäärin {pct} % pielessä",
  "digest.accuracyTeam": "Tiimi",
  "digest.lossReasons": "*Häviön syyt* (viimeiset 90 päivää)",
  "digest.lossNone": "Ei hävittyjä kauppoja viimeisten 90 päivän aikana.",
  "digest.lossLine": "{reason}: {count, plural, one {# kauppa} other {# kauppaa}} · {amount}",
  "digest.costliest": "Kallein: *{reason}* ({amount})",
  "digest.reps": "*Myyjät*: tämän viikon aktiivisuus; voitot ja tasaisuus 12 kuukauden ajalta",
  "digest.repsNone": "Ei vielä aktiivisuutta eikä voittoja.",
  "digest.repLine":
    "<@{user}>: {updates} päivitystä · {advanced} edennyt · muistutuksiin vastattu {answered}/{sent} · voitettu {won} ({amount}){largest, select, none {} other { · suurin kauppa {largest} % siitä}} · voittoja {months}/12 kuukautena",
  "digest.tops": "*Onnistumiset ja pettymykset* (7 päivää alkaen {date})",
  "digest.topWon": ":trophy: Voitettu {deal}",
  "digest.topLost": ":x: Hävitty {deal}",
  "digest.topSlipped": ":hourglass: Siirtyi {deal} · {from} → {to}",
  "digest.topsNone": "Ei voittoja, häviöitä eikä siirtymisiä näiden seitsemän päivän aikana.",
  "digest.keyAccounts": "*Avainasiakkaat* ({year})",
  "digest.keyNone": "Asiakkailta ei ole vielä tämän vuoden myyntiä.",
  "digest.keyIntro": "{key}/{total} asiakasta tuo 80 % tämän vuoden myynnistä ({keyRevenue} / {revenue}):",
  "digest.inactiveIntro":
    "{count, plural, one {# asiakas} other {# asiakasta}} ilman kauppoihin liittyvää toimintaa 90 päivään:",
  "digest.inactiveLast": "{account} (viimeksi {date})",
  "digest.inactiveNever": "{account} (ei kauppoja)",
  "digest.currencyNote": "Summat valuutassa {currency}. Muun valuutan kauppoja ei lasketa mukaan.",
  "digest.text":
    "Myyntiputken kooste, viikko alkaen {date}: {count, plural, one {# avoin kauppa} other {# avointa kauppaa}}, arvo {amount} (painotettu {weighted}); {month}: voitettu {won}, Commit-ennuste {committed}, paras tapaus {bestCase}; erääntyneitä {pastDue, plural, one {# kauppa} other {# kauppaa}} ({pastDueAmount}){target, select, none {.} other {, tavoite {target}.}}",
  "forecast.line":
    "*{label}*: voitettu {won} ({wonCount, plural, one {# kauppa} other {# kauppaa}}) · avoimia sulkeutumassa {open} ({openCount, plural, one {# kauppa} other {# kauppaa}}), painotettu {weighted}",
  "forecast.categories":
    "Commit (sitovat kaupat): {committed} ({committedCount, plural, one {# kauppa} other {# kauppaa}}) · Paras tapaus: {best} ({bestCount, plural, one {# kauppa} other {# kauppaa}})",
  "forecast.targetNone": "Tavoite: ei asetettu (`/deal admin quota team 100k {period}`)",
  "forecast.target":
    "Tavoite: {target}{source, select, quota {} reps { (myyjien tavoitteiden summa)} months { (kuukausitavoitteiden summa)} other {}}",
  "forecast.committed":
    "Commit-ennuste (voitettu + Commit): {amount}{pct, select, none {} other { ({pct} % tavoitteesta)}}",
  "forecast.bestCase":
    "Paras tapaus (voitettu + Commit + paras tapaus): {amount}{pct, select, none {} other { ({pct} % tavoitteesta)}}",
  "forecast.weighted":
    "Painotettu ennuste (voitettu + painotetut avoimet): {amount}{pct, select, none {} other { ({pct} % tavoitteesta)}}",
  "forecast.historical":
    "Historiallinen ennuste (voitettu + avoimet × tiimin voittoprosentti vaiheittain): {amount}{pct, select, none {} other { ({pct} % tavoitteesta)}}{fallback, select, yes { (vaiheen todennäköisyys, jos historiaa ei ole)} other {}}",
  "forecast.gap":
    "Commit-ennuste on {amount} {direction, select, above {yli} other {alle}} sen, mitä historia ennustaa.",
  "forecast.gapToTarget": "Puuttuu tavoitteesta: {amount}",
  "digest.rolling": "*Liukuva näkymä: kaksi seuraavaa neljännestä* (avoimet kaupat sulkemispäivän mukaan)",
  "digest.rollingLine":
    "*{label}*: avoinna {open} ({openCount, plural, one {# kauppa} other {# kauppaa}}) · commit {commit} · paras tapaus {best} · painotettu {weighted} · historiallinen {historical}{target, select, none {} other { · tavoite {target}}}",
  "accuracyPost.heading":
    ":dart: *Ennusteen osuvuus, {month}*: myyjien 1. päivän commit verrattuna voitettuun",
  "accuracyPost.text": "Ennusteen osuvuus, {month}: commit {commit} kuun 1. päivänä, voitettu {won}.",
  "accuracyPost.textNone": "Ennusteen osuvuus, {month}: kuun alun tilannekuvaa ei vielä ole vertailtavaksi.",
  "accuracyPost.note":
    "Summat valuutassa {currency}. Commit = voitetut + Commit-luokan kaupat kuun 1. päivänä. Viikkokooste näyttää samat rivit.",
  "homeForecast.managersOnly": "Ennusteen kirjaus on esihenkilöille: oma ennusteesi on /deal forecast.",
  "homeForecast.header": "Tiimisi ennuste",
  "homeForecast.period":
    "*{label}* · tiimi: voitettu {won} · commit {commit} · paras tapaus {best}{target, select, none {} other { · tavoite {target}}}",
  "homeForecast.rep":
    "{rep}: voitettu {won} · commit {commit} · paras tapaus {best}{target, select, none {} other { · tavoite {target}}}",
  "homeForecast.call": "Oma ennusteesi: *{amount}* ({date})",
  "homeForecast.noCall": "Oma ennusteesi: ei vielä kirjattu.",
  "homeForecast.button": "Kirjaa oma ennusteesi",
  "homeForecast.legend":
    "Summat valuutassa {currency}. Commit = voitetut + Commit-luokan kaupat; paras tapaus lisää Best case -luokan kaupat. Samat luvut kuin /deal forecast team.",
  "homeForecast.month": "Tämä kuukausi",
  "homeForecast.quarter": "Tämä neljännes",
  "homeForecast.title": "Oma ennusteesi",
  "homeForecast.submit": "Tallenna",
  "homeForecast.close": "Peruuta",
  "homeForecast.amountLabel": "Oma ennusteesi ({currency})",
  "homeForecast.periodLabel": "Jaksolle",
  "homeForecast.currency": "Kirjaa ennuste tiimin valuutassa, {currency}.",
  "risk.pastDueEarlier":
    "*Myöhässä aiemmilta kuukausilta:* {amount}, {count, plural, one {# kauppa} other {# kauppaa}} yhä avoinna: jokainen on merkitty alla.",
  "admin.stagesHint":
    "Yksi vaihe riville voittotodennäköisyyden kanssa, esim. Tarjous: 50%. Lisää perään commit, best, pipeline tai omit, niin vaiheen avoimet kaupat saavat oletuksena sen ennusteluokan (Neuvottelu: 75% commit); ilman sitä 75 % ja yli ovat oletuksena paras tapaus, muut pipeline. Voitettu ja Hävitty ovat aina mukana. Pois jätetty vaihe poistetaan käytöstä, mutta ei niin kauan kuin siinä on avoimia kauppoja.",
  "form.forecastCategory": "Ennusteluokka",
  "form.forecastCategoryHint":
    "Commit: lupaat kaupan toteutuvan sulkemispäivään mennessä. Jos jätät valinnan ennalleen, kaupan nykyinen asetus säilyy.",
  "forecast.category.commit": "Commit (sitova)",
  "forecast.category.best": "Paras tapaus",
  "forecast.category.pipeline": "Pipeline (putkessa)",
  "forecast.category.omit": "Ei ennusteessa",
  "growth.flow": "*Uudet mahdollisuudet*",
  "growth.flowLine":
    "{label}: {deals, plural, one {# uusi kauppa} other {# uutta kauppaa}}, arvo {amount} · {customers, plural, one {# uusi asiakas} other {# uutta asiakasta}}",
  "growth.week": "Viimeiset 7 päivää",
  "growth.month": "Tämä kuukausi ({month})",
  "growth.segments": "*Segmenteittäin* (avoimet nyt; voitettu tällä neljänneksellä)",
  "growth.noSegment": "_Ei segmenttiä_",
  "growth.segmentLine":
    "{segment}: avoimet {open} ({openCount, plural, one {# kauppa} other {# kauppaa}}) · voitettu tällä neljänneksellä {won} ({wonCount})",
  "growth.activity": "*Myyntityö* (viime viikko)",
  "growth.calls": "{out, plural, one {# lähtevä puhelu} other {# lähtevää puhelua}}, saapuvia {in}",
  "growth.meetings": "{count, plural, one {# tapaaminen} other {# tapaamista}}",
  "growth.emails": "{count, plural, one {# sähköposti} other {# sähköpostia}}",
  "growth.demos": "{count, plural, one {# demo} other {# demoa}}",
  "growth.tasks": "{count, plural, one {# tehtävä} other {# tehtävää}}",
  "growth.noActivity": "ei kirjattua toimintaa",
  "growth.upkeep": "*Yhteystietojen ylläpito* ({month})",
  "growth.added": "Lisätyt yhteyshenkilöt: {list}",
  "growth.bounced": "Palautuneet sähköpostit: {list}",
  "growth.quiet": "Ei vastausta eikä tarkistusta 12 kuukauteen: {list}",
  "growth.none": "ei yhtään",
  "growth.imports": "tuonnit",
  "growth.accounts": "{count, plural, one {# asiakas} other {# asiakasta}}",
  "digest.chartNote": "Kaavio tulee viikoittaisen koosteen mukana koostekanavalle.",

  "survey.title": "Palautteesi",
  "survey.question": "Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?",
  "survey.low": "0 = en lainkaan todennäköisesti",
  "survey.high": "10 = erittäin todennäköisesti",
  "survey.commentLabel": "Mikä on tärkein syy antamaasi arvosanaan? (vapaaehtoinen)",
  "survey.send": "Lähetä",
  "survey.pickScore": "Valitse arvosana 0–10.",
  "survey.thanks": "Kiitos vastauksestasi!",
  "survey.canChangeUntil": "Voit muuttaa vastaustasi {date} asti.",
  "survey.closed": "Vastauksesi on tallennettu, eikä sitä voi enää muuttaa. Kiitos!",
  "survey.stale":
    "Tämä lomake on jo lähetetty tai vanhentunut. Tässä nykyinen vastauksesi; voit muuttaa sitä.",
  "survey.hello": "Hei {name},",
  "survey.emailIntro": "Haluaisimme tietää, miten olemme onnistuneet. Yksi klikkaus riittää:",
  "survey.emailSubject": "Suosittelisitko meitä?",
  "survey.unsubscribeLink": "Etkö halua näitä viestejä? Peru tilaus",
  "survey.unsubscribed": "Tilaus on peruttu. Emme lähetä sinulle näitä kyselyjä enää.",
  "survey.invalidTitle": "Linkki ei kelpaa",
  "survey.invalidBody": "Tarkista, että avasit koko linkin viestistä.",
  "survey.expiredTitle": "Kysely on päättynyt",
  "survey.expiredBody": "Linkki on yli 30 päivää vanha. Kiitos silti!",
  "survey.tooMany": "Liian monta pyyntöä. Yritä uudelleen hetken kuluttua.",
  "survey.comment.title": "Palautteesi",

  "home.none": "ei avoimia kauppoja",
  "home.totals": "{count, plural, one {# avoin} other {# avointa}} · {amount} · painotettu {weighted}",
  "home.pipeline.header": "Myyntiputkesi",
  "home.open": "*Avoimet:* {totals}",
  "home.new.button": "Uusi kauppa",
  "home.refresh.button": "Päivitä näkymä",
  "home.empty":
    "Sinulla ei ole avoimia kauppoja. Luo kauppa yllä olevasta painikkeesta tai miltä tahansa kanavalta: `/deal new Acme Oy amount 12k close ensi perjantaina`.",
  "home.stale":
    ":hourglass: {count, plural, one {# kauppa} other {# kauppaa}} ilman päivitystä vähään aikaan: vahvista tai päivitä ne.",
  "home.month": "*Sulkeutuu {month}*",
  "home.update.button": "Päivitä",
  "home.more": "…ja {count} muuta avointa kauppaa. Näet kaikki komennolla `/deal list`.",
  "home.team.header": "Tiimisi",
  "home.teamEmpty": "Sinulle ei vielä raportoi kukaan. Ylläpitäjä määrittää tiimit komennolla `/deal admin`.",

  "setup.stage.lead": "Liidi",
  "setup.stage.qualified": "Kvalifioitu",
  "setup.stage.proposal": "Tarjous",
  "setup.stage.negotiation": "Neuvottelu",
  "setup.stage.won": "Voitettu",
  "setup.stage.lost": "Hävitty",
  "setup.reason.price": "Liian kallis",
  "setup.reason.competitor": "Valitsi kilpailijan",
  "setup.reason.no-budget": "Ei budjettia",
  "setup.reason.no-decision": "Ei päätöstä / jumissa",
  "setup.reason.timing": "Huono ajoitus",
  "setup.reason.product-fit": "Tuote ei sovi tarpeeseen",
  "setup.reason.other": "Muu syy",
  ...fiSurfaces,
};
