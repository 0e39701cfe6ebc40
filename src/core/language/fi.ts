/** Finnish: every word cohort writes in this language. */

import { cellProblems } from "./cell-problems/fi.js";
import { completion } from "./completion/fi.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/fi.js";
import { inputErrors, invalidProgram } from "./input-errors/fi.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/fi.js";
import { letterNotes } from "./letter-notes/fi.js";
import { list } from "./list/fi.js";
import { MONTHS } from "./months/fi.js";
import { progress } from "./progress/fi.js";
import { rosterProblems } from "./roster-problems/fi.js";
import { COMPARISON_SYMBOLS } from "./rule-words.js";
import { teams } from "./teams/fi.js";
import { templateFaults } from "./template-faults/fi.js";
import { terminal } from "./terminal/fi.js";
import { together } from "./together/fi.js";
import { warnings } from "./warnings/fi.js";
import { xlsxDamage } from "./xlsx-damage/fi.js";

// Quota labels and values are the program's own names: they stand in
// apposition ("kiintiö X", "arvo X") so that they need no case ending.
const decision: DecisionWords = {
  problems: {
    expected: (w) => `pitää olla ${w}`,
    kinds: {
      boolean: "ja/nei, yes/no, true/false, 1/0 tai x",
      number: "luku (1234,5 tai 1234.5)",
      date: "päivämäärä VVVV-KK-PP tai PP.KK.VVVV",
      datetime: "päivämäärä ja kellonaika VVVV-KK-PP TT:MM",
      enum: "jokin ilmoitetuista arvoista",
      string: "tekstiä",
    },
    oneOf: (v) => `jokin arvoista ${v}`,
    required: "pakollinen arvo puuttuu",
    idMissing: "puuttuu",
    rowWidth: (c, w) => `rivillä on ${c} ${c === 1 ? "solu" : "solua"}, otsikkorivillä ${w}`,
    duplicateId: (l) => `sama hakijan tunnus on myös rivillä ${l}`,
    more: (n) => `${n} muuta`,
  },
  verdicts: { eligible: "kelpoinen", ineligible: "ei kelpoinen", invalid: "virheellinen" },
  outcomes: {
    admitted: "hyväksytty",
    waitlisted: "varasijalla",
    declined: "kieltäytyi",
    ineligible: "ei kelpoinen",
    invalid: "virheellinen",
  },
  reasons: {
    admittedQuota: (q, r) => `hyväksytty kiintiöstä ${q}, sija ${r} paremmuusjärjestyksessä`,
    admittedOpen: (r) => `hyväksytty avoimelle paikalle, sija ${r} paremmuusjärjestyksessä`,
    admittedTransferred: (r, from) =>
      `hyväksytty siirretylle paikalle${from ? ` kiintiöstä ${from}` : ""}, sija ${r} paremmuusjärjestyksessä`,
    openSeatsFull: (a, s) =>
      `kiintiöiden ulkopuolisille hakijoille tarkoitetut paikat ovat täynnä, ${a}/${s}`,
    quotaFull: (q, a, s, x) =>
      `kiintiö ${q} on täynnä, ${a}/${s}${x > 0 ? ` ja ${x === 1 ? "1 siirretty paikka on käytetty" : `${x} siirrettyä paikkaa on käytetty`}` : ""}`,
    spreadCap: (v, a, max) => `arvon ${v} enimmäismäärä on täynnä, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `paikka on varattu arvon ${v} vähimmäismäärää varten, ${a}/${min}${values.length > 1 ? ` (vähimmäismäärät: ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `paikka on varattu kiintiölle ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `jäljellä olevia paikkoja tarvitaan kiintiöiden ja vähimmäismäärien täyttämiseen, ${a}/${t} täytetty`,
    seatsFull: (a, t) => `kaikki paikat on täytetty, ${a}/${t}`,
    classFull: (a, s) =>
      `kaikki ${s} paikkaa on jo annettu paremmin sijoittuneille hakijoille, ${a}/${s}`,
    placed: (c, k, n) => `sijoitettu ryhmään ${c}${n > 1 ? `, hakutoive ${k}/${n}` : ""}`,
    anyClass: "mikä tahansa ryhmä",
    declined: "kieltäytyi tarjotusta paikasta",
    notEligible: (r) => `ei kelpoinen: ${r}`,
    invalidRow: (line, p) => `virheellinen rivi (rivi ${line}): ${p}`,
    openSeats: "avoimet paikat",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (s, w, r) =>
      `arvon ${s} vähimmäismäärä on ${w}, mutta muiden vähimmäismäärien kanssa voidaan täyttää vain ${r}`,
    minFromPool: (s, w, r) =>
      `arvon ${s} vähimmäismäärä on ${w}, mutta kelpoisia hakijoita riittää vain ${r} paikalle`,
    quotaWithOthers: (q, w, r) =>
      `kiintiössä ${q} on ${w} ${w === 1 ? "paikka" : "paikkaa"}, mutta vähimmäismäärien ja muiden kiintiöiden kanssa voidaan täyttää vain ${r}`,
    quotaFromPool: (q, w, r) =>
      `kiintiössä ${q} on ${w} ${w === 1 ? "paikka" : "paikkaa"}, mutta sen kelpoisilla hakijoilla voidaan täyttää vain ${r}`,
    seatsUnfilled: (w, r) =>
      `${w} ${w === 1 ? "paikka" : "paikkaa"}, mutta sääntöjen puitteissa voidaan täyttää vain ${r}`,
    keptOverLimit: (s, r, w) => `${s}: aiemmat valinnat ylittävät jo rajan (${r}, raja ${w})`,
  },
  tables: {
    applicant: "hakija",
    line: "rivi",
    verdict: "arvio",
    why: "perustelu",
    rank: "sija",
    quota: "kiintiö",
    reason: "perustelu",
    inQuota: "# kiintiössä",
    whyNotYet: "miksi ei (vielä)",
    newlyOfferedMark: "(uusi)",
    admittedHeading: (n) => `hyväksytyt (${n})`,
    waitlistHeading: (n) => `Varasijat (${n})`,
    invalidHeading: (n) => `Virheelliset rivit (${n})`,
    empty: "(tyhjä)",
    noId: "(ei tunnusta)",
    noValue: "(ei arvoa)",
    nobody: "ei ketään",
    declinedLine: (d, o) => `kieltäytyneet: ${d}; uudet tarjoukset: ${o}`,
    classColumn: "Ryhmä",
    choiceColumn: "Hakutoive",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a}/${n} paikkaa`,
  },
  // Counts as "label: n", which keeps every number in the same case.
  summary: {
    applicants: (n) => `hakijoita ${n}`,
    eligible: (n) => `kelpoisia ${n}`,
    ineligible: (n) => `ei kelpoisia ${n}`,
    invalid: (n) => `virheellisiä ${n}`,
    emptyRows: (n) => `ohitettuja tyhjiä rivejä ${n}`,
    admitted: (n) => `hyväksyttyjä ${n}`,
    waitlisted: (n) => `varasijalla ${n}`,
    declined: (n) => `kieltäytyneitä ${n}`,
    transferred: (n) => `siirrettyjä ${n}`,
    seats: (a, s) => `Paikat: ${a}/${s} täytetty`,
    seatsFilled: (a, s) => `paikoista täytetty ${a}/${s}`,
    atMost: (t) => `sääntöjen puitteissa voidaan täyttää enintään ${t}`,
    perQuota: "Kiintiöittäin",
    perValue: (f) => `Jakauma: ${f}`,
    perClass: "Ryhmittäin",
    min: "vähintään",
    max: "enintään",
    warning: "varoitus",
    seed: "siemenluku",
    seedFromHashes: "laskettu syötetiedostojen tiivisteistä",
    newlyOffered: (ids) => `uudet tarjoukset: ${ids}`,
    missingCarried: (c) =>
      `luettelossa ei ole saraketta ”${c}”, joka on määrä ottaa mukaan tuloksiin; sarake jää tyhjäksi`,
  },
  explain: {
    heading: (p, id, line) => `${p}: hakija ${id} (rivi ${line})`,
    invalid: (p, id, line) => `${p}: hakija ${id} (rivi ${line}) on virheellinen:`,
    pass: "täyttyy",
    fail: "ei täyty",
    value: "arvo",
    rule: "sääntö",
  },
  workbook: {
    admittedSheet: "Hyväksytyt",
    waitlistSheet: "Varasijat",
    notAdmittedSheet: "Hyväksymättä jääneet",
    summarySheet: "Yhteenveto",
    applicant: "Hakija",
    outcome: "Tulos",
    quota: "Kiintiö",
    rank: "Sija",
    waitlist: "Varasija",
    waitlistInQuota: "Varasija kiintiössä",
    code: "Koodi",
    reason: "Perustelu",
    program: "Ohjelma",
    seed: "Siemenluku",
    seats: "Paikat",
    admitted: "Hyväksytyt",
    transferred: "Siirretyt",
    min: "Vähintään",
    max: "Enintään",
    warning: "Varoitus",
    class: "Ryhmä",
    choice: "Hakutoive",
    choices: "Hakutoiveet",
    site: "Paikkakunta",
    applicantsSheet: "Hakijat",
    line: "Rivi",
    verdict: "Arvio",
    problems: "Virheet rivillä",
    applicants: "Hakijat",
    eligible: "Kelpoiset",
    ineligible: "Ei kelpoiset",
    invalid: "Virheelliset",
    waitlisted: "Varasijalla",
    declined: "Kieltäytyneet",
    emptyRows: "Ohitetut tyhjät rivit",
  },
};

export const fi: Language = {
  inputErrors,
  invalidProgram,
  letterNotes,
  rosterProblems,
  cellProblems,
  list,
  warnings,
  progress,
  teams,
  completion,
  terminal,
  init,
  templateFaults,
  xlsxDamage,
  country: "FI",
  rules: {
    yes: "kyllä",
    no: "ei",
    or: "tai",
    missing: "puuttuu",
    reason: {
      ...COMPARISON_SYMBOLS,
      all: "kaikki",
      any: "vähintään yksi seuraavista",
      not: "ei",
      is: (f, v) => `${f} on ${v}`,
      oneOf: (f, v) => `${f} on jokin seuraavista ${v}`,
      noneOf: (f, v) => `${f} ei ole mikään seuraavista ${v}`,
      onOrBefore: (f, v) => `${f} on viimeistään ${v}`,
      onOrAfter: (f, v) => `${f} on aikaisintaan ${v}`,
      present: (f) => `${f} on täytetty`,
      absent: (f) => `${f} ei ole täytetty`,
    },
    page: {
      all: "Kaikki seuraavat:",
      any: "Vähintään yksi seuraavista:",
      not: "Ei:",
      is: (f, v) => `${f}: ${v}`,
      oneOf: (f, v) => `${f}: ${v}`,
      noneOf: (f, v) => `${f}: ei ${v}`,
      gte: (f, v) => `${f}: vähintään ${v}`,
      gt: (f, v) => `${f}: yli ${v}`,
      lte: (f, v) => `${f}: enintään ${v}`,
      lt: (f, v) => `${f}: alle ${v}`,
      onOrBefore: (f, v) => `${f}: viimeistään ${v}`,
      onOrAfter: (f, v) => `${f}: aikaisintaan ${v}`,
      present: (f) => `${f}: annettu`,
      absent: (f) => `${f}: puuttuu`,
    },
  },
  dates: (y, m, d) => `${d}. ${MONTHS[m - 1]} ${y}`,
  decision,
  schedule: {
    number: "Nro",
    module: "Lähijakso",
    start: "Alkaa",
    end: "Päättyy",
    days: "Päiviä",
    location: "Paikka",
    schedule: "Lähijaksot",
    timeline: "Aikajana",
    components: "Osat ilman kiinteitä päivämääriä",
    totals: (g, d) => `${g} lähijakso${g === 1 ? "" : "a"}, ${d} päivä${d === 1 ? "" : "ä"}`,
    noModules: "Ei päivättyjä lähijaksoja.",
    omitted: (n) => `${n} lähijakso${n === 1 ? "" : "a"} jätetty pois (kauden ulkopuolella).`,
    owner: "Omistaja",
    provider: "Järjestäjä",
    audience: "Kohderyhmä",
    about: "Ohjelmasta",
    application: "Haku",
    opens: "Haku alkaa",
    deadline: "Hakuaika päättyy",
    howToApply: "Näin haet",
    eligibility: "Valintaperusteet",
    seats: "Paikat",
    seatsTotal: (n) => `${n} paikkaa`,
    unfilled: {
      transfer: "Kiintiön täyttämättömät paikat siirtyvät muille.",
      "keep-empty": "Kiintiön täyttämättömät paikat jäävät tyhjiksi.",
    },
    limit: (min, max) =>
      [min !== undefined ? `vähintään ${min}` : "", max !== undefined ? `enintään ${max}` : ""]
        .filter(Boolean)
        .join(" ja "),
    perValue: "arvoa kohden",
    quotas: "Kiintiöt",
    duration: "Kesto",
    credits: "Opintopisteet",
    level: {
      bachelor: "kandidaattitaso",
      master: "maisteritaso",
      phd: "tohtoritaso",
      none: "ei tasoa",
    },
    fee: "Hinta",
    payer: {
      participant: "Osallistuja maksaa",
      employer: "Työnantaja maksaa",
      program: "Ohjelma maksaa",
      none: "Maksuton",
    },
    requirements: "Suoritusvaatimukset",
    competencies: "Osaamiset",
    illustrative: "havainnollistava",
    illustrativeNote:
      "Osa sivun tiedoista on havainnollistavia: lähde ei kerro niitä. Tämä koskee kohtia",
    illustrativeDates: "Päivämäärät ovat havainnollistavia: lähde ei kerro niitä.",
    warnings: "Huomautukset",
    more: "Lisätietoja",
    kind: {
      gathering: "lähijakso",
      shadowing: "työn varjostus",
      "mentor-group": "mentoriryhmä",
      project: "projekti",
      "self-assessment": "itsearviointi",
      practice: "harjoittelu",
      course: "kurssi",
      plan: "suunnitelma",
      other: "muu",
    },
  },
  starter: {
    comments: {
      intro:
        "Aloitustiedosto ohjelmalle, jonka `cohort init` on kirjoittanut. Korvaa esimerkit omalla ohjelmallasi ja tarkista tiedosto komennolla `cohort validate`. Kaikki avaimet on kuvattu tiedostossa docs/program-format.md; tarpeettomat avaimet voi poistaa (id, name, owner, locale ja country ovat pakollisia).",
      illustrative:
        "ESIMERKKI: kaikki alla olevat päivämäärät, luvut, nimet ja säännöt ovat esimerkkejä, eivät tosiasioita. Myös luettelo `illustrative` kertoo tämän; poista sen kohdat sitä mukaa kuin korvaat arvot.",
      id: "Ohjelman tunniste: pieniä kirjaimia, numeroita, - ja _. Yksilöllinen ohjelmakansiossa; nimeä tiedosto sen mukaan.",
      name: "Ohjelman koko nimi, sellaisena kuin se näkyy luetteloissa ja aikatauluissa.",
      owner: "Kuka omistaa ohjelman ja valitsee osallistujat.",
      provider: "Kuka vastaa opetuksesta, jos se ei ole omistaja (valinnainen).",
      summary: "Mikä ohjelma on, yhtenä kappaleena (valinnainen).",
      audience:
        "Kenelle ohjelma on tarkoitettu, sanoin (valinnainen). Valinnan ratkaisevat säännöt ovat kohdassa `eligibility`.",
      status: "Onko ohjelma nyt käynnissä: active, under-revision, paused tai ended.",
      locale:
        "Aikataulujen päivämäärien ja luotujen perustelujen kieli: nb, nn, sv, da, fi tai en. Kirjoita tiedoston tekstit tällä kielellä.",
      country:
        "Maa, jonka yleisiä vapaapäiviä päivämäärätarkistukset käyttävät: NO, SE, DK tai FI.",
      intake: "Kuinka usein osallistujia otetaan: annual, once, continuous tai undecided.",
      illustrativeKey:
        "Avaimet, joiden arvot ovat esimerkkejä eivätkä tosiasioita: avainpolkuja, joiden osien välissä on `.`, ja luettelon kohdat laskettuna nollasta (eligibility.all.1).",
      credits:
        "Opintopisteet, jos ohjelmasta saa niitä: ects ja level (bachelor, master, phd, none).",
      fee: "Kuka maksaa: participant, employer, program tai none; amount, currency (NOK, SEK, DKK, EUR) ja note ovat valinnaisia.",
      application:
        "Milloin haku alkaa ja päättyy (päivämäärät muodossa VVVV-KK-PP) ja miten haetaan, sanoin. Jokaisen jakson on alettava hakuajan päättymisen jälkeen.",
      format:
        "Ohjelman ilmoitettu laajuus: validate tarkistaa, että gatherings on jaksojen määrä ja days niiden päivien summa.",
      modules:
        "Päivätyt lähijaksot. Anna `days` (kalenteripäiviä, viikonloput mukaan lukien) tai `end` (viimeinen päivä). Validate varoittaa jaksoista viikonloppuisin ja yleisinä vapaapäivinä.",
      components:
        "Osat ilman kiinteitä päivämääriä. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan tai other.",
      applicants:
        "Miten hakijaluettelo (.csv, .tsv tai .xlsx) luetaan tyypitetyiksi kentiksi: `id` on hakijan yksilöivän sarakkeen otsikko.",
      fields:
        "Yksi kenttä kutakin saraketta kohden, jota säännöt, kiintiöt, jakauma ja järjestys käyttävät. type: string, number, boolean, date, datetime tai enum (values-arvoineen); column on sarakkeen otsikko luettelossa; required: false sallii tyhjät solut.",
      eligibility:
        "Kuka voidaan valita: sääntöpuu, jossa on all, any, not ja kenttätestejä (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Anna jokaiselle säännölle perustelu (reason) ohjelman kielellä.",
      seats: "Kuinka monta valitaan ja miten paikat jaetaan.",
      quotas: "Hakijaryhmille varatut paikat, kaikki jaettuina saman kentän mukaan.",
      unfilled:
        "Kiintiöpaikat, joita ryhmä ei pysty täyttämään: transfer (siirtyvät muille hakijoille) tai keep-empty.",
      spread: "Rajat yhden kentän arvoa kohden kiintiöiden yli: min (tavoite) ja max.",
      ranking:
        "Kelpoisten hakijoiden järjestys: tyypin number, date tai datetime kenttiä, desc tai asc.",
      ties: "Täysin tasaväkiset hakijat: lottery (toistettava arvonta siemenluvulla) tai first-come (vaatii `timestamp: <kenttä>`).",
      requirements: "Mitä osallistujien on suoritettava.",
      competencies:
        "Osaamiskehys (esimerkiksi johtajuuden vaatimukset) voidaan lisätä kohtaan `competencies`: title ja areas, joilla on items. Katso docs/program-format.md.",
    },
    values: {
      name: "Johtamisohjelma uusille esihenkilöille",
      owner: "Organisaatiomme",
      provider: "Yhteistyökorkeakoulumme",
      summary:
        "Ohjelma antaa uusille esihenkilöille tietoa, työkaluja ja verkoston ihmisten, toiminnan ja muutoksen johtamiseen.",
      audience:
        "Esihenkilöt, joilla on henkilöstövastuuta ja vähintään vuoden kokemus esihenkilönä",
      how: "Esihenkilö nimeää ehdokkaan, tai ehdokas hakee itse esihenkilönsä vahvistuksella.",
      duration: "puoli vuotta",
      feeNote: "Työnantaja maksaa osallistumismaksun ja osallistujan matkat.",
      location: "Helsinki",
      modules: [
        "Itsensä ja muiden johtaminen",
        "Toiminnan ja muutoksen johtaminen",
        "Johtaminen yli rajojen",
      ],
      components: [
        {
          id: "mentorointiryhma",
          title: "Mentorointiryhmä",
          description: "Pienryhmät, jotka kokoontuvat jaksojen välillä kokeneen johtajan kanssa.",
        },
        {
          id: "kehittamishanke",
          title: "Kehittämishanke",
          description: "Hanke osallistujan omassa yksikössä; yksikön johtaja päättää aiheen.",
        },
      ],
      applicantId: "Hakijan tunnus",
      columns: {
        name: "Nimi",
        sector: "Sektori",
        region: "Alue",
        leaderSince: "Esihenkilönä alkaen",
        nominated: "Nimetty",
        attestation: "Esihenkilön vahvistama",
        score: "Pisteet",
      },
      sectors: [
        { id: "hyvinvointialue", label: "Hyvinvointialueet" },
        { id: "kunta", label: "Kunnat" },
      ],
      regions: ["pohjoinen", "itä", "länsi", "etelä"],
      reasons: {
        leaderYear: "Vähintään vuoden kokemus esihenkilönä hakuajan päättyessä",
        nomination: "Esihenkilön nimeämä, tai oma hakemus esihenkilön vahvistamana",
      },
      requirements: [
        { id: "lasnaolo", text: "Läsnäolo kaikilla lähijaksoilla" },
        { id: "hanke", text: "Suoritettu kehittämishanke, esitelty viimeisellä jaksolla" },
      ],
      moduleWord: "jakso",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Paikkatarjous: {{program.name}}",
        body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} hakija{{/name}},

Meillä on ilo tarjota sinulle paikkaa seuraavassa koulutuksessa: {{program.name}}.{{#quota}} Paikkasi kuuluu kiintiöön {{quota}}.{{/quota}}{{#class}} Ryhmäsi on {{class}}.{{/class}}

{{#firstModule}}
Ensimmäinen lähijakso on ”{{title}}” {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Pyydämme sinua ilmoittamaan {{replyBy}} mennessä, otatko paikan vastaan.{{/replyBy}}{{^replyBy}}Pyydämme sinua ilmoittamaan mahdollisimman pian, otatko paikan vastaan.{{/replyBy}} Jos et kuitenkaan pääse osallistumaan, ilmoitathan siitä meille, niin paikka siirtyy varasijalla seuraavana olevalle.

Toivotamme sinut lämpimästi tervetulleeksi!

Ystävällisin terveisin
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Varasija: {{program.name}}",
        body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} hakija{{/name}},

Kiitos hakemuksestasi seuraavaan koulutukseen: {{program.name}}. Täytät hakuehdot, mutta hakuehdot täyttäviä hakijoita oli enemmän kuin paikkoja, emmekä valitettavasti voi tarjota sinulle paikkaa tällä hetkellä.

{{reason}}

Olet varasijalla numero {{position}}{{#quota}} (kiintiössä {{quota}} numero {{positionInQuota}}){{/quota}}. Jos paikka vapautuu, otamme yhteyttä hakijoihin varasijajärjestyksessä.{{#firstModule}} Ensimmäinen lähijakso alkaa {{start}}.{{/firstModule}}

Ystävällisin terveisin
{{program.owner}}
`,
      },
      declined: {
        subject: "Vahvistus paikasta kieltäytymisestä: {{program.name}}",
        body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} hakija{{/name}},

Vahvistamme, että olet kieltäytynyt sinulle tarjotusta paikasta seuraavassa koulutuksessa: {{program.name}}. Kiitos, että ilmoitit meille – paikka siirtyy nyt varasijalla seuraavana olevalle.

Olet lämpimästi tervetullut hakemaan uudelleen myöhemmässä haussa.

Ystävällisin terveisin
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Päätös hakemuksestasi: {{program.name}}",
        body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} hakija{{/name}},

Kiitos hakemuksestasi seuraavaan koulutukseen: {{program.name}}. Olemme arvioineet hakemuksesi hakuehtojen perusteella, emmekä valitettavasti voi tarjota sinulle paikkaa. Hakemus ei täytä seuraavia ehtoja:

{{#reasons}}
- {{.}}
{{/reasons}}

Jos katsot, että arvio perustuu virheellisiin tai puutteellisiin tietoihin, otathan meihin yhteyttä{{#replyBy}} {{replyBy}} mennessä{{/replyBy}}. Olet tervetullut hakemaan uudelleen myöhemmässä haussa.

Ystävällisin terveisin
{{program.owner}}
`,
      },
      invalid: {
        subject: "Hakemustasi on täydennettävä: {{program.name}}",
        body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} hakija{{/name}},

Kiitos hakemuksestasi seuraavaan koulutukseen: {{program.name}}. Emme valitettavasti ole voineet käsitellä hakemusta, koska siitä puuttuu tietoja tai kaikkia tietoja ei voida lukea:

{{#reasons}}
- {{.}}
{{/reasons}}

Otathan meihin yhteyttä{{#replyBy}} {{replyBy}} mennessä{{/replyBy}}, niin autamme sinua täydentämään hakemuksen.

Ystävällisin terveisin
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "paikka tarjottu",
      waitlisted: "varasijalla",
      declined: "kieltäytynyt paikasta",
      ineligible: "ei täytä hakuehtoja",
      invalid: "hakemusta ei voitu käsitellä",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "Avoimet paikat ovat menneet hakijoille, jotka ovat järjestyksessä sinua edellä."
          : `Kiintiön ${quota} paikat ovat menneet hakijoille, jotka ovat järjestyksessä sinua edellä.`,
      spreadCap: (value) =>
        `Ryhmän ”${value}” paikkojen enimmäismäärä on täynnä, jotta osallistujat jakautuvat ohjelman edellyttämällä tavalla.`,
      heldForMin:
        "Viimeiset paikat on varattu, jotta osallistujat jakautuvat ohjelman edellyttämällä tavalla.",
      heldForQuota: "Viimeiset paikat on varattu ohjelman kiintiöiden täyttämiseen.",
      heldAlso,
      seatsFull: "Kaikki paikat ovat menneet hakijoille, jotka ovat järjestyksessä sinua edellä.",
    },
    problem: {
      missing: (column) => `tieto ”${column}” puuttuu`,
      unreadable: (column, value) => `tietoa ”${column}” ei voida lukea: ”${value}”`,
      duplicate: (column, value) =>
        `${column} ”${value}” esiintyy hakijaluettelossa useammin kuin kerran`,
      row: "hakijaluettelon rivillä on väärä määrä kenttiä",
      choice: (column, value) =>
        `kohtaan ”${column}” on merkittävä ohjelman ryhmät tai opiskelupaikkakunnat toivejärjestyksessä, kukin vain kerran; merkintää ”${value}” ei voida lukea`,
    },
  },
};
