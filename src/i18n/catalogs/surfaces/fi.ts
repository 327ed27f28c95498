import type { SurfaceKey } from "./en.js";

export const fiSurfaces: Record<SurfaceKey, string> = {
  "refusal.notYours":
    "{what} on käyttäjän {who} kauppa: voit muuttaa vain omia kauppojasi. Pyydä apua käyttäjältä {who} tai hänen esihenkilöltään.",
  "refusal.notYoursManager":
    "Voit muuttaa omia ja tiimisi kauppoja; {what} kuuluu käyttäjälle {who}, joka ei ole tiimissäsi. Pyydä ylläpitäjää lisäämään hänet tiimiisi.",
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
};
