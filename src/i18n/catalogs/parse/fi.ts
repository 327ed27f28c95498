import type { ParseKey } from "./en.js";

// Komentosanat (new, amount, close…) pysyvät esimerkeissä englanniksi: ne toimivat aina.
// Päivämääräesimerkit ovat suomeksi, koska päivämäärien lukija ymmärtää ne.
export const fiParse: Record<ParseKey, string> = {
  "parse.tip.quote": "Jos nimessä tai arvossa on kenttäsana, laita se lainausmerkkeihin: ”Next Gen Oy”.",
  "parse.tip.date":
    "Kokeile esim. perjantaina, ensi perjantaina, 15.1.2027, 2027-01-15, 2 viikon päästä tai kuun lopussa.",
  "parse.tip.range": "Kokeile esim. this month, next quarter, jan 2027 tai 1.12.2026..31.12.2026.",
  "parse.tip.dueBy":
    "Jos ”by” kuuluu seuraavaan askeleeseen, laita askel lainausmerkkeihin: next ”call by phone”.",
  "parse.tip.orTeam": "Tai käytä sanaa ”team”.",
  "parse.what.date": "Päivämäärä",
  "parse.what.close": "Sulkemispäivä",
  "parse.what.nextDue": "Seuraavan askeleen määräpäivä",
  "parse.what.snooze": "Torkun päättymispäivä",
  "parse.what.away": "Poissaolon päättymispäivä",
  "parse.what.closing": "Sulkemisjakso",
  "parse.what.person": "Henkilö",
  "parse.what.owner": "Omistaja",
  "parse.what.rep": "Myyjä",
  "parse.what.quotaOwner": "Tavoitteen omistaja",
  "parse.what.slackUser": "Slack-käyttäjä",
  "parse.what.name": "Nimi",
  "parse.what.account": "Asiakas",
  "parse.what.stage": "Vaihe",
  "parse.what.next": "Seuraava askel",

  "parse.amount.empty": "Summa puuttuu. Kokeile esim. 12k, 12500 tai 12 500,50.",
  "parse.amount.negative": "Summa ”{text}” on negatiivinen. Summan on oltava vähintään 0, esim. 5k.",
  "parse.amount.notNumber": "En ymmärrä summaa ”{text}”. Kokeile esim. 12k, 12500 tai 12 500,50.",
  "parse.amount.tooPrecise":
    "Summassa ”{text}” on liikaa desimaaleja: {currency} {digits, plural, =0 {ei käytä desimaaleja} one {sallii vain # desimaalin} other {sallii vain # desimaalia}}, esim. {closest}.",
  "parse.amount.tooLarge":
    "Summa ”{text}” on liian suuri: suurin hyväksymäni summa on {max, number}. Tarkista ylimääräiset nollat, esim. 12m.",
  "parse.amount.unknownCurrency":
    "Summan ”{text}” valuutta (”{written}”) on minulle tuntematon. Käytä kolmikirjaimista koodia, kuten EUR, USD tai GBP, esim. 300 EUR.",
  "parse.amount.twoCurrencies":
    "Summassa ”{text}” on kaksi valuuttaa ({first} ja {second}). Käytä yhtä, esim. 300 {second}.",
  "parse.amount.separators":
    "En osaa lukea summan ”{text}” erottimia. Käytä yhtä desimaalierotinta ja kolmen numeron ryhmiä, esim. 12 500,50 tai 12,500.50.",
  "parse.amount.ambiguousMultiplier":
    "Summa ”{text}” on monitulkintainen: ovatko ”{num}” tuhansia vai desimaaleja? Kirjoita ilman tuhaterottimia, esim. {plain}, tai lyhyellä desimaalilla, esim. {decimal}.",
  "parse.amount.ambiguous":
    "Summa ”{text}” on monitulkintainen: se voi tarkoittaa {whole} tai {decimal}. Kirjoita {whole}, jos tarkoitat kokonaislukua, tai {short}, jos tarkoitat desimaalilukua.",
  "parse.amount.currencyClash":
    "Summa ”{text}” on valuuttaa {currency}, mutta currency-kentässä lukee {field}. Käytä yhtä, esim. amount 12k currency {field}.",
  "parse.currency.unknown":
    "Valuutta ”{text}” on minulle tuntematon. Käytä kolmikirjaimista koodia, kuten EUR, USD tai GBP.",

  "parse.date.empty": "{what} puuttuu.",
  "parse.date.badZone": "Aikavyöhyke ”{zone}” on minulle tuntematon, esim. Europe/Helsinki.",
  "parse.date.unreadable": "{what} ”{input}” ei ole päivämäärä, jonka ymmärrän.",
  "parse.date.noMonth":
    "{what} ”{input}” ei ole oikea päivämäärä: kuukautta {month} ei ole. Päivä tulee ensin, esim. 15.1.2027 tai 2027-01-15.",
  "parse.date.noDay": "{what} ”{input}” ei ole oikea päivämäärä: päivää {day} ei ole. Kokeile {last}.",
  "parse.date.shortMonth":
    "{what} ”{input}” ei ole oikea päivämäärä ({month}: {days} päivää). Kokeile {last}.",
  "parse.date.dayFirst":
    "{what} ”{input}”: kuukautta {month} ei ole, päivä tulee ensin. Kokeile {swapped} tai 2027-01-15.",
  "parse.date.tooFar":
    "{what} ”{input}” ({day}) on liian kaukana. Anna päivämäärä vuosien {min} ja {max} väliltä, esim. 2027-01-15.",
  "parse.date.weekday": "{what} ”{input}” ei täsmää: {date} on {actual}, ei {written}. Kokeile {date}.",
  "parse.date.wholePeriod":
    "{what} ”{input}” on {period, select, quarter {koko vuosineljännes eikä yksittäinen päivä. Kokeile esim. kvartaalin lopussa tai end of next quarter} year {koko vuosi eikä yksittäinen päivä. Kokeile esim. vuoden lopussa tai end of next year} other {koko kuukausi eikä yksittäinen päivä. Kokeile esim. kuun lopussa tai ensi kuun lopussa}}.",
  "parse.date.extraWords":
    "{what} ”{input}” sisältää sanoja, joita en osaa sijoittaa (”{extra}”). Anna pelkkä päivämäärä, esim. ”{date}”.",
  "parse.date.notDay":
    "{what} ”{input}” on {kind, select, time {kellonaika} other {pidempi jakso kuin yksi päivä}}; tarvitsen päivän. Kokeile esim. huomenna, perjantaina tai 15.1.",
  "parse.range.empty": "Sulkemisjakso puuttuu.",
  "parse.range.backwards":
    "Sulkemisjakso ”{input}” päättyy ennen kuin alkaa. Laita aiempi päivämäärä ensin, esim. 1.12.2026..31.12.2026.",
  "parse.range.tooFar":
    "Sulkemisjakso ”{input}” on liian kaukana. Anna jakso vuosien {min} ja {max} väliltä, esim. jan 2027.",

  "parse.mention.empty":
    "{what} puuttuu. Valitse henkilö Slackin @-ehdotuksista, jotta nimestä tulee maininta, esim. @maria.",
  "parse.mention.channel":
    "{what} ”{text}” on kanava eikä henkilö. Valitse henkilö Slackin @-ehdotuksista, jotta nimestä tulee maininta, esim. @maria.",
  "parse.mention.group":
    "{what} ”{text}” on ryhmä eikä yksi henkilö. Valitse henkilö Slackin @-ehdotuksista, jotta nimestä tulee maininta, esim. @maria.",
  "parse.mention.several": "{what} ”{text}” mainitsee useamman kuin yhden henkilön. Anna yksi, esim. @maria.",
  "parse.mention.plain":
    "{what} ”{text}” on pelkkää tekstiä eikä Slack-maininta. Valitse henkilö Slackin @-ehdotuksista, jotta nimestä tulee maininta, esim. @maria.",
  "parse.mention.invalid":
    "{what} ”{text}” ei ole yhden henkilön Slack-maininta. Valitse henkilö Slackin @-ehdotuksista, jotta nimestä tulee maininta, esim. @maria.",
  "parse.ref.empty": "Mikä kauppa? Käytä kaupan numeroa, esim. #42, tai nimeä, esim. Acme.",
  "parse.ref.channel":
    "”{text}” on Slack-kanava eikä kauppa. Käytä kaupan numeroa, esim. #42, tai nimeä, esim. Acme.",
  "parse.ref.person":
    "”{text}” on henkilö eikä kauppa. Käytä kaupan numeroa, esim. #42, tai nimeä, esim. Acme.",
  "parse.ref.badNumber":
    "”{text}” ei ole kaupan numero: #-merkin jälkeen tulee vain numeroita, esim. #42. Voit myös käyttää kaupan nimeä, esim. Acme.",
  "parse.ref.tooLong":
    "Kaupan nimi ”{start}…” on liian pitkä (yli {max} merkkiä). Käytä kaupan numeroa, esim. #42, tai nimeä, esim. Acme.",
  "parse.probability.invalid":
    "Todennäköisyyden ”{text}” on oltava kokonaisluku väliltä 0–100, esim. 40 tai 40 %.",
  "parse.forecast.invalid":
    "Ennuste ”{text}” ei ole ennusteluokka: käytä commit, best, pipeline tai omit, esim. forecast commit.",
  "parse.lossReason.unknown":
    "Häviön syy ”{text}” ei ole mikään näistä: {reasons}. Kokeile /deal lost Acme reason {example}.",
  "parse.lossReason.empty": "Häviön syy ”{text}” puuttuu. Kokeile /deal lost Acme reason {example}.",
  "parse.quota.zero": "Tavoite 0 ei ole tavoite. Anna summa, esim. 50k.",
  "parse.quota.period": "Jakso ”{text}” ei ole kuukausi (2026-11) eikä vuosineljännes (2026-Q4).",
  "parse.quota.missing":
    "Kerro kenelle, kuinka paljon ja mille jaksolle, esim. /deal admin quota @maria 50k 2026-11 tai /deal admin quota team 600k 2026-Q4.",

  "parse.quote.open":
    "Lainausmerkki jäi sulkematta: {text}. Sulje se, esim. /deal new ”Next Gen Oy” amount 5k.",
  "parse.fields.twice": "”{name}” on annettu kahdesti. Anna kukin kenttä kerran, esim. {example}.",
  "parse.fields.noValue": "”{name}” tarvitsee perään arvon, esim. {example}.",
  "parse.field.empty": "{what} puuttuu. Anna arvo, esim. {example}.",
  "parse.field.tooLong":
    "{what} on {length} merkkiä pitkä; enintään {max} merkkiä sallitaan. Lyhennä, esim. {example}.",
  "parse.list.onePerson":
    "Listaa yhden henkilön kaupat kerrallaan, esim. /deal list @maria stage proposal closing this month.",
  "parse.list.extra":
    "En ymmärrä kohtaa ”{text}” komennossa /deal list. Kokeile /deal list @maria stage proposal closing this month.",
  "parse.log.type":
    "Kerro, mitä teit: call, meeting, email, demo tai task, esim. /deal log call Acme out jätin vastaajaviestin.",
  "parse.log.deal": "Mikä kauppa? Esim. /deal log call Acme out jätin vastaajaviestin.",
  "parse.account.usage": "Kerro asiakas ja sen segmentti, esim. /deal account Acme segment Enterprise.",
  "parse.lost.deal":
    "Mikä kauppa hävittiin? Esim. /deal lost Acme reason price note valitsivat halvemman työkalun.",
  "parse.lost.reasonEmpty":
    "Syy puuttuu. Anna syy, esim. /deal lost Acme reason price note valitsivat halvemman työkalun.",
  "parse.new.twoNames":
    "Kaupalla on kaksi nimeä: ”{lead}” ja ”name {name}”. Anna yksi, esim. /deal new Acme Oy amount 12k stage proposal close ensi perjantaina.",
  "parse.new.noName":
    "Uusi kauppa tarvitsee ensin nimen, esim. /deal new Acme Oy amount 12k stage proposal close ensi perjantaina.",
  "parse.new.nameTooLong":
    "Kaupan nimi on yli {max} merkkiä. Käytä lyhyempää, esim. /deal new Acme Oy amount 12k stage proposal close ensi perjantaina.",
  "parse.nps.usage":
    "Käytä muotoa nps send, esim. /deal nps send Acme (asiakas) tai /deal nps send maria@acme.fi (yhteyshenkilö).",
  "parse.nps.target":
    "Kenelle kysely lähetetään? Esim. /deal nps send Acme (asiakas) tai /deal nps send maria@acme.fi (yhteyshenkilö).",
  "parse.ref.missing": "Mikä kauppa? Esim. /deal {command} #42 tai /deal {command} Acme.",
  "parse.undo.extra":
    "/deal undo ei ota sanoja perään: se peruu viimeisimmän muutoksesi. Kokeile /deal undo.",
  "parse.snooze.deal": "Mikä kauppa? Esim. /deal snooze Acme until 15.1.2027 because ostaja on lomalla.",
  "parse.snooze.until":
    "Kerro, mihin asti, esim. /deal snooze Acme until 15.1.2027 because ostaja on lomalla.",
  "parse.snooze.why":
    "Kerro syy, jotta esihenkilösi tietää, esim. /deal snooze Acme until 15.1.2027 because ostaja on lomalla.",
  "parse.update.deal":
    "Mikä kauppa? Aloita sen numerolla tai nimellä, esim. /deal update Acme stage proposal amount 12k close ensi perjantaina.",
  "parse.away.usage":
    "Kerro, mihin asti olet poissa, esim. /deal away until 4.1.2027, tai /deal away off, kun palaat.",
  "parse.contact.list": "Mikä asiakas? Esim. /deal contact list Acme.",
  "parse.contact.usage":
    "Käytä muotoa contact add tai contact list, esim. /deal contact add Maria Lopez maria@acme.fi account Acme lang fi slack @maria tai /deal contact list Acme.",
  "parse.contact.nameEmail":
    "Anna yhteyshenkilön nimi ja sitten sähköposti, esim. /deal contact add Maria Lopez maria@acme.fi account Acme lang fi slack @maria.",
  "parse.contact.account":
    "Kerro, mihin asiakkaaseen hän kuuluu, esim. /deal contact add Maria Lopez maria@acme.fi account Acme lang fi slack @maria.",
  "parse.digest.extra": "/deal digest ei ota sanoja perään. Kokeile /deal digest.",
  "parse.forecast.usage":
    "Käytä /deal forecast (oma ennusteesi), /deal forecast team (tiimisi, esihenkilöille) tai /deal forecast team call 250k quarter (kirjaa oma arviosi).",
  "parse.stats.one": "Nimeä enintään yksi myyjä, esim. /deal stats @maria.",

  "match.stage.ambiguous": "Vaihe ”{text}” voi olla {names}: mikä niistä?",
  "match.stage.none": "Vaihe ”{text}” ei ole tiimin vaiheissa ({names}). Kokeile stage {example}.",
  "match.stage.lost": "Hävitty kauppa tarvitsee syyn, esim. /deal lost Acme reason price.",

  "parse.help.aliases":
    "Komennot käyvät myös suomeksi: `uusi` (new), `päivitä` (update), `listaa` (list), `näytä` (show), `voitettu` (won), `hävitty` (lost), `kumoa` (undo), `poissa` (away), `torkuta` (snooze), `kirjaa` (log), `koonti` (digest), `ennuste` (forecast), `tilastot` (stats), `kieli` (language), `ohje` (help). Niiden perässä sanat (amount, close, until, reason…) ovat englanniksi: `/deal uusi Acme amount 12k close ensi perjantaina`.",
};
