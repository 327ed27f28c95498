import { fiForms } from "../forms/fi.js";
import { fiParse } from "../parse/fi.js";
import { fiReplies } from "../replies/fi.js";
import type { SurfaceKey } from "./en.js";

export const fiSurfaces: Record<SurfaceKey, string> = {
  ...fiParse,
  ...fiForms,
  ...fiReplies,
  "refusal.notYours":
    "{what} ei ole sinun kauppasi (omistaja: {who}): voit muuttaa vain omia kauppojasi. Pyydä omistajaa tai hänen esihenkilöään.",
  "refusal.notYoursManager":
    "Voit muuttaa omia ja tiimisi kauppoja; {what} ei kuulu tiimillesi (omistaja: {who}). Pyydä ylläpitäjää lisäämään omistaja tiimiisi.",
  "refusal.handoff":
    "Et voi siirtää kauppaa {what} käyttäjälle {who}: hän ei ole tiimissäsi. Valitse joku tiimistäsi tai pyydä apua ylläpitäjältä.",
  "refusal.ownerOutside": "Voit luoda kauppoja vain itsellesi; {who} ei ole tiimissäsi.",
  "refusal.ownerOutsideManager": "Voit luoda kauppoja itsellesi ja tiimillesi; {who} ei ole tiimissäsi.",
  "refusal.someoneElse": "toinen käyttäjä",
  "refusal.thatPerson": "valittu henkilö",

  "failure.form":
    "Dealbotissa tapahtui virhe, eikä mitään tallennettu. Yritä hetken päästä uudelleen (viite {ref}).",
  "failure.formAfterClose":
    ":warning: Dealbot vastaanotti lomakkeesi, mutta sen jälkeen tapahtui virhe, joten muutokset eivät ehkä tallentuneet kokonaan. Tarkista tilanne komennolla `/deal list` ennen kuin lähetät lomakkeen uudelleen; jos ongelma toistuu, kerro ylläpitäjälle (viite {ref}).",
  "failure.restarting": "Dealbot käynnistyi uudelleen, eikä lomake ehtinyt aueta. Yritä uudelleen.",

  "reply.noLostStage":
    "Tiimiltäsi puuttuu hävittyjen kauppojen vaihe. Ylläpitäjä voi lisätä sen komennolla `/deal admin`.",

  "win.announcement": ":tada: <@{owner}> voitti kaupan *{deal}*: *{amount}*",
  "win.announcementAccount": ":tada: <@{owner}> voitti kaupan *{deal}* ({account}): *{amount}*",

  "pushForm.title": "Siirrä sulkemispäivää",
  "pushForm.submit": "Siirrä",
  "pushForm.close": "Peruuta",
  "pushForm.date.label": "Uusi arvioitu sulkemispäivä",
  "pushForm.next.label": "Seuraava askel",
  "lostForm.title": "Merkitse hävityksi",
  "lostForm.submit": "Merkitse hävityksi",
  "lostForm.close": "Peruuta",
  "lostForm.reason.label": "Miksi kauppa hävittiin?",
  "lostForm.reason.placeholder": "Valitse syy",
  "lostForm.note.label": "Lisätieto",
  "lostForm.note.placeholder": "Asiakas valitsi halvemman ratkaisun",
  "pushForm.date.missing": "Valitse uusi sulkemispäivä.",
  "pushForm.conflict":
    "Kauppaa on muutettu sen jälkeen, kun avasit lomakkeen. Mitään ei tallennettu: sulje lomake ja tarkista tilanne.",
  "lostForm.reason.missing": "Valitse syy, miksi kauppa hävittiin.",
  "lostForm.noLostStage": "Tiimiltäsi puuttuu hävittyjen kauppojen vaihe; pyydä ylläpitäjää lisäämään se.",
  "lostForm.conflict":
    "Kauppaa on muutettu sen jälkeen, kun avasit lomakkeen. Mitään ei tallennettu: sulje lomake ja tarkista kauppa komennolla /deal show.",

  "risk.thisMonth": "tämä kuukausi",
  "risk.dm.allSet.header": "Kaikki kunnossa, kiitos!",
  "risk.dm.header": "{count, plural, one {Kauppa voi siirtyä} other {# kauppaa voi siirtyä}} – {month}",
  "risk.dm.intro":
    "Näiden kauppojen pitäisi sulkeutua ({month}), mutta niissä näkyy viivästymisen merkkejä. Aikaa reagoida on kymmenen päivää:",
  "risk.dm.confirmed": ":white_check_mark: Vahvistettu: {month}.",
  "risk.dm.moved": ":calendar: Siirretty: {date}.",
  "risk.dm.lost": ":x: Merkitty hävityksi.",
  "risk.dm.won": ":tada: Voitettu.",
  "risk.dm.updated": ":ballot_box_with_check: Päivitetty.",
  "risk.confirm.button": "Vahvista: {month}",
  "risk.move.button": "Siirrä…",
  "risk.lost.button": "Hävitty…",
  "risk.dm.text": "{count, plural, one {# kauppa voi siirtyä} other {# kauppaa voi siirtyä}}: {month}.",
  "risk.alert.header": "Siirtymisvaarassa olevat kaupat – {month}",
  "risk.alert.expected":
    "*Odotetaan sulkeutuvan ({month}):* {total}, {count, plural, one {# kauppa} other {# kauppaa}}",
  "risk.alert.split":
    "*Riskissä:* {atRisk}, {atRiskCount, plural, one {# kauppa} other {# kauppaa}}   ·   *Näyttää hyvältä:* {safe}, {safeCount, plural, one {# kauppa} other {# kauppaa}}",
  "risk.alert.nothing": "ei mitään",
  "risk.alert.noRecord": "Ei vielä osumahistoriaa: viime kuussa ei ollut arvioitavaa riskihälytystä.",
  "risk.alert.record":
    "Viime kuu ({month}): {flagged} merkittyä, joista {slippedFlagged} siirtyi tai hävittiin; {slipped} siirtyneestä {unflagged} jäi merkitsemättä.",
  "risk.alert.allClear": "Ei merkintöjä: kaikki kaupat ({month}) etenevät suunnitellusti.",
  "risk.alert.owner": "*{name}* (<@{owner}>) · {count, plural, one {# kauppa} other {# kauppaa}} · {total}",
  "risk.alert.deal": "• {deal} · {amount} · sulkeutuu {date}: {reasons}",
  "risk.alert.footer":
    "Omistajat saivat yksityisviestin, jossa he voivat vahvistaa, siirtää tai sulkea jokaisen merkityn kaupan.",
  "risk.alert.text":
    "Siirtymisvaarassa ({month}): {count, plural, one {# kauppa} other {# kauppaa}} ({total}).",
  "risk.reason.past-due": "sulkemispäivä {date} on ohitettu",
  "risk.reason.past-due-since": "myöhässä {date} lähtien",
  "risk.reason.stale": "ei päivitystä eikä vahvistusta {days, plural, one {# päivään} other {# päivään}}",
  "risk.reason.pushed": "sulkemispäivää siirretty jo {count, plural, one {kerran} other {# kertaa}}",
  "risk.reason.early-stage": "yhä vaiheessa {stage} ({probability} %)",
  "risk.reason.no-next-step": "ei seuraavaa askelta",
  "risk.reason.next-step-overdue": "seuraava askel myöhässä {date} lähtien",
  "risk.reason.amount-changed": "summa muuttunut viimeisen 7 päivän aikana ({from} → {to})",
  "risk.reason.quiet-since-nudge": "ei toimenpiteitä muistutuksen ({date}) jälkeen",

  "repForecast.header": "Oma ennusteesi",
  "repForecast.period":
    "*{label}*: voitettu {won} ({wonCount, plural, one {# kauppa} other {# kauppaa}}) · avoimia sulkeutumassa {open}, painotettu {weighted} · Commit {committed}",
  "repForecast.noTarget": "Tavoite: ei asetettu. Pyydä ylläpitäjää: `/deal admin quota @you 50k {period}`.",
  "repForecast.reached": "Tavoite {target}: saavutettu :tada:",
  "repForecast.gap": "Tavoite {target} · puuttuu {gap}",
  "repForecast.noClosers": "Tällä jaksolla ei sulkeudu avoimia kauppoja, jotka kuroisivat eron umpeen.",
  "repForecast.closable": "Nämä kaupat kuroisivat eron umpeen:",
  "repForecast.notClosable": "Nämäkään kaikki eivät riittäisi:",
  "repForecast.closer": "• #{id} {name} · {amount} · {probability} % · sulkeutuu {date}",
  "repForecast.text": "Ennusteesi: {month} voitettu {won}.",
  "repForecast.textTarget": "Ennusteesi: {month} voitettu {won} / {target}.",
  "repForecast.footer":
    "Summat valuutassa {currency}. Commit: Commit-luokan kauppasi (`/deal update Acme forecast commit` tai Vahvista riskihälytyksessä).",
  "teamForecast.header": "Tiimisi ennuste",
  "teamForecast.total":
    "*{label}* · tiimi: voitettu {won} · Commit {commit} · paras tapaus {best} · painotettu {weighted}",
  "teamForecast.totalTarget":
    "*{label}* · tiimi: voitettu {won} · Commit {commit} · paras tapaus {best} · painotettu {weighted} · tavoite {target}",
  "teamForecast.call": "Oma arviosi: *{call}* ({date}) · myyjien Commit {commit}, paras tapaus {best}",
  "teamForecast.noCall": "Oma arviosi: ei kirjattu. `/deal forecast team call 250k {period}`",
  "teamForecast.rep": "<@{rep}>: voitettu {won} · Commit {commit} · paras tapaus {best}",
  "teamForecast.repTarget":
    "<@{rep}>: voitettu {won} · Commit {commit} · paras tapaus {best} · tavoite {target}",
  "teamForecast.text": "Tiimin ennuste: {month} Commit {commit}, paras tapaus {best}.",
  "teamForecast.footer":
    "Summat valuutassa {currency}. Commit = voitetut + Commit-luokan kaupat; paras tapaus lisää Paras tapaus -luokan kaupat. Myyjät asettavat luokan komennolla `/deal update Acme forecast commit`.",
  "teamForecast.callRecorded": ":white_check_mark: Arviosi jaksolle {period}: {amount}.",
  "teamForecast.noReps": "Tiimissäsi ei ole vielä myyjiä: ylläpitäjä lisää heidät komennolla /deal admin.",
  "teamForecast.notManager":
    "/deal forecast team on esihenkilöille: se kokoaa myyjiesi ennusteet. Oma ennusteesi: /deal forecast. Ylläpitäjä määrittää tiimit komennolla /deal admin.",
  "teamForecast.currency": "Kirjaa arvio tiimin valuutassa ({currency}).",

  "stats.notYourTeam": "<@{user}> ei ole tiimissäsi: näet omat lukusi ja myyjiesi luvut.",
  "stats.ownOnly": "Näet omat lukusi: /deal stats. Esihenkilöt näkevät myyjiensä luvut.",
  "stats.header": "Myyjän luvut · 12 kk",
  "stats.pct": "{pct} %",
  "stats.days": "{count, plural, one {# päivä} other {# päivää}}",
  "stats.winRate": "Voittoprosentti {rate} ({won} voitettu, {lost} hävitty) · tiimi {teamRate}",
  "stats.avgDeal": "Keskimääräinen kauppa {avg} · tiimi {teamAvg}",
  "stats.cycle": "Keskimääräinen myyntisykli (luotu → voitettu) {days} · tiimi {teamDays}",
  "stats.won": "Voitettu {won} · voittoja {months} kuukautena 12:sta: {consistency}",
  "stats.wonShare":
    "Voitettu {won} · suurin kauppa {share} % siitä · voittoja {months} kuukautena 12:sta: {consistency}",
  "stats.consistency.steady": "*tasainen*: voitot jakautuvat koko vuodelle",
  "stats.consistency.jackpot": "*yhden kaupan varassa*: yksi kauppa tekee suuren osan vuodesta",
  "stats.consistency.uneven": "*epätasainen*: voittoja vain harvoina kuukausina",
  "stats.consistency.none": "ei voittoja viimeisen 12 kuukauden aikana",
  "stats.kind.steady": "tasainen",
  "stats.kind.jackpot": "yhden kaupan varassa",
  "stats.kind.uneven": "epätasainen",
  "stats.kind.none": "ei vielä voittoja",
  "stats.noTarget": "{quarter}: tavoitetta ei ole asetettu.",
  "stats.reached": "{quarter}: tavoite {target} saavutettu.",
  "stats.coverage":
    "{quarter}: tavoitteesta {target} puuttuu {remaining}; tällä neljänneksellä sulkeutuva avoin myyntiputki {pipeline} = *kattavuus {coverage}×*",
  "stats.coverageLow":
    "{quarter}: tavoitteesta {target} puuttuu {remaining}; tällä neljänneksellä sulkeutuva avoin myyntiputki {pipeline} = *kattavuus {coverage}×* (nyrkkisääntö on 3×)",
  "stats.funnel":
    "*Myyntiputki vaiheittain* (avoin summa; niiden kauppojen konversio, joilla on ollut aikaa edetä)\n{lines}",
  "stats.funnelLine":
    "{stage}: {count, plural, one {# avoin kauppa} other {# avointa kauppaa}}, {amount} · konversio {rate} ({advanced}/{matured}) · tiimi {teamRate}",
  "stats.funnelLineWeakest":
    "{stage}: {count, plural, one {# avoin kauppa} other {# avointa kauppaa}}, {amount} · konversio {rate} ({advanced}/{matured}) · tiimi {teamRate} · :point_left: heikoin",
  "stats.weakest":
    "Heikoin vaihe: *{stage}*: {rate}, tiimillä {teamRate}. Valmennus kannattaa aloittaa tästä.",
  "stats.noWeakest":
    "Mikään vaihe ei vielä ole selvästi tiimin tason alla (vaihe arvioidaan, kun siinä on 5 ratkennutta kauppaa).",
  "stats.text": "Luvut: {who}: voittoprosentti {rate}, {kind}.",
  "stats.footer":
    "Summat valuutassa {currency}. Yhden kaupan varassa: yksi kauppa on 40 %+ voitetusta arvosta; tasainen: voittoja 6+ kuukautena.",

  // --- Activities: the Log activity button and form, and /deal stats' activity section
  "activity.log.button": "Kirjaa toimenpide",
  "activity.form.title": "Kirjaa toimenpide",
  "activity.form.submit": "Kirjaa",
  "activity.form.close": "Peruuta",
  "activity.form.deal.label": "Kauppa",
  "activity.form.deal.placeholder": "Valitse yksi avoimista kaupoistasi",
  "activity.form.type.label": "Mitä teit?",
  "activity.form.direction.label": "Suunta (puhelut ja sähköpostit; lähtevä, jos ei valittu)",
  "activity.form.note.label": "Muistiinpano",
  "activity.form.note.placeholder": "esim. jätin vastaajaviestin, lähetin hinnaston",
  "activity.type.call.option": "Puhelu",
  "activity.type.meeting.option": "Tapaaminen",
  "activity.type.email.option": "Sähköposti",
  "activity.type.demo.option": "Demo",
  "activity.type.task.option": "Tehtävä",
  "activity.direction.out.option": "Lähtevä",
  "activity.direction.in.option": "Saapuva",
  "activity.what.out": "{type} (lähtevä)",
  "activity.what.in": "{type} (saapuva)",
  "activity.logged":
    ":white_check_mark: {what} kirjattu kauppaan {deal}. Se lasketaan kaupan aktiivisuudeksi.",
  "activity.noDeals":
    "Sinulla ei ole avoimia kauppoja, joihin kirjata toimenpiteitä. Kirjaa mihin tahansa kauppaan komennolla `/deal log call Acme out` tai luo kauppa komennolla `/deal new`.",
  "activity.error.deal": "Valitse kauppa.",
  "activity.error.type": "Valitse, mitä teit.",
  "activity.error.dealGone": "Tätä kauppaa ei enää ole. Sulje lomake ja valitse toinen.",
  "activity.error.unreadable": "Lomaketta ei voitu lukea. Sulje se ja yritä uudelleen.",
  "stats.activity.heading":
    "*Myyntityö*, viimeiset 4 viikkoa: omasi, ja suluissa keskiarvo {people, plural, one {# henkilöstä} other {# henkilöstä}}, jotka kirjasivat toimenpiteitä",
  "stats.activity.week": "Viikko {day}",
  "stats.activity.total": "4 viikkoa",
  "stats.activity.line":
    "{period}: lähtevät puhelut {callsOut} ({teamCallsOut}) · saapuvat {callsIn} ({teamCallsIn}) · tapaamiset {meetings} ({teamMeetings}) · sähköpostit {emails} ({teamEmails}) · demot {demos} ({teamDemos}) · tehtävät {tasks} ({teamTasks})",
  "stats.activity.none":
    "*Myyntityö*: kukaan ei kirjannut toimenpiteitä viimeisten 4 viikon aikana. Kirjaa puhelut, tapaamiset ja sähköpostit komennolla `/deal log call Acme out` tai kaupan *Kirjaa toimenpide* -painikkeella.",
};
