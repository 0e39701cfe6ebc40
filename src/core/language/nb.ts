/** Norwegian Bokmål: every word cohort writes in this language. */

import { cellProblems } from "./cell-problems/nb.js";
import { completion } from "./completion/nb.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/nb.js";
import { inputErrors, invalidProgram } from "./input-errors/nb.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/nb.js";
import { letterNotes } from "./letter-notes/nb.js";
import { list } from "./list/nb.js";
import { MONTHS } from "./months/nb.js";
import { progress } from "./progress/nb.js";
import { rosterProblems } from "./roster-problems/nb.js";
import { COMPARISON_SYMBOLS } from "./rule-words.js";
import { teams } from "./teams/nb.js";
import { templateFaults } from "./template-faults/nb.js";
import { terminal } from "./terminal/nb.js";
import { together } from "./together/nb.js";
import { warnings } from "./warnings/nb.js";
import { xlsxDamage } from "./xlsx-damage/nb.js";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const decision: DecisionWords = {
  problems: {
    expected: (w) => `forventet ${w}`,
    kinds: {
      boolean: "ja/nei, yes/no, true/false, 1/0 eller x",
      number: "et tall (1234,5 eller 1234.5)",
      date: "en dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ",
      datetime: "dato og klokkeslett ÅÅÅÅ-MM-DD TT:MM",
      enum: "én av de oppgitte verdiene",
      string: "tekst",
    },
    oneOf: (v) => `én av ${v}`,
    required: "en påkrevd verdi mangler",
    idMissing: "mangler",
    rowWidth: (c, w) => `raden har ${c} ${c === 1 ? "celle" : "celler"}, overskriftsraden ${w}`,
    duplicateId: (l) => `samme søker-ID står også på linje ${l}`,
    more: (n) => `${n} til`,
  },
  verdicts: { eligible: "kvalifisert", ineligible: "ikke kvalifisert", invalid: "ugyldig" },
  outcomes: {
    admitted: "tatt opp",
    waitlisted: "på venteliste",
    declined: "takket nei",
    ineligible: "ikke kvalifisert",
    invalid: "ugyldig",
  },
  reasons: {
    admittedQuota: (q, r) => `tatt opp i kvoten ${q}, rangert som nr. ${r}`,
    admittedOpen: (r) => `tatt opp på en åpen plass, rangert som nr. ${r}`,
    admittedTransferred: (r, from) =>
      `tatt opp på en overført plass${from ? ` fra kvoten ${from}` : ""}, rangert som nr. ${r}`,
    openSeatsFull: (a, s) => `plassene for søkere utenfor kvotene er fylt, ${a}/${s}`,
    quotaFull: (q, a, s, x) =>
      `kvoten ${q} er full, ${a}/${s}${x > 0 ? ` og ${x} ${plural(x, "overført plass", "overførte plasser")} er i bruk` : ""}`,
    spreadCap: (v, a, max) => `taket for ${v} er nådd, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `plassen holdes av til minstetallet for ${v}, ${a}/${min}${values.length > 1 ? ` (minstetall for ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `plassen holdes av til kvoten ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `de gjenværende plassene trengs for å oppfylle kvotene og minstetallene, ${a}/${t} fylt`,
    seatsFull: (a, t) => `alle plassene er fylt, ${a}/${t}`,
    classFull: (a, s) => `alle ${s} plassene er tatt av søkere rangert foran, ${a}/${s}`,
    placed: (c, k, n) => `plassert i ${c}${n > 1 ? `, valg ${k} av ${n}` : ""}`,
    anyClass: "hvilken som helst klasse",
    declined: "takket nei til plassen som ble tilbudt",
    notEligible: (r) => `ikke kvalifisert: ${r}`,
    invalidRow: (line, p) => `ugyldig rad (linje ${line}): ${p}`,
    openSeats: "åpne plasser",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (s, w, r) =>
      `minstetallet for ${s} er ${w}, men bare ${r} kan oppfylles sammen med de andre minstetallene`,
    minFromPool: (s, w, r) =>
      `minstetallet for ${s} er ${w}, men de kvalifiserte søkerne kan bare fylle ${r}`,
    quotaWithOthers: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plass", "plasser")}, men bare ${r} kan fylles sammen med minstetallene og de andre kvotene`,
    quotaFromPool: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plass", "plasser")}, men bare ${r} kan fylles av de kvalifiserte søkerne i kvoten`,
    seatsUnfilled: (w, r) =>
      `${w} ${plural(w, "plass", "plasser")}, men bare ${r} kan fylles innenfor reglene`,
    keptOverLimit: (s, r, w) =>
      `${s}: tidligere opptak overskrider allerede en grense (${r} mot ${w})`,
  },
  tables: {
    applicant: "søker",
    line: "linje",
    verdict: "vurdering",
    why: "begrunnelse",
    rank: "nr.",
    quota: "kvote",
    reason: "begrunnelse",
    inQuota: "# i kvote",
    whyNotYet: "hvorfor ikke (ennå)",
    newlyOfferedMark: "(ny)",
    admittedHeading: (n) => `tatt opp (${n})`,
    waitlistHeading: (n) => `Venteliste (${n})`,
    invalidHeading: (n) => `Ugyldige rader (${n})`,
    empty: "(tom)",
    noId: "(ingen id)",
    noValue: "(ingen)",
    nobody: "ingen",
    declinedLine: (d, o) => `takket nei: ${d}; nytt tilbud: ${o}`,
    classColumn: "Klasse",
    choiceColumn: "Valg",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a} av ${n} plasser`,
  },
  summary: {
    applicants: (n) => `${n} ${plural(n, "søker", "søkere")}`,
    eligible: (n) => `${n} ${plural(n, "kvalifisert", "kvalifiserte")}`,
    ineligible: (n) => `${n} ${plural(n, "ikke kvalifisert", "ikke kvalifiserte")}`,
    invalid: (n) => `${n} ${plural(n, "ugyldig", "ugyldige")}`,
    emptyRows: (n) => `${n} ${plural(n, "tom rad", "tomme rader")} hoppet over`,
    admitted: (n) => `${n} tatt opp`,
    waitlisted: (n) => `${n} på venteliste`,
    declined: (n) => `${n} takket nei`,
    transferred: (n) => `${n} ${plural(n, "overført", "overførte")}`,
    seats: (a, s) => `Plasser: ${a}/${s} fylt`,
    seatsFilled: (a, s) => `${a}/${s} plasser fylt`,
    atMost: (t) => `høyst ${t} kan fylles innenfor reglene`,
    perQuota: "Per kvote",
    perValue: (f) => `Fordeling etter ${f}`,
    perClass: "Per klasse",
    min: "min.",
    max: "maks.",
    warning: "advarsel",
    seed: "frø",
    seedFromHashes: "beregnet fra hashverdiene til inndatafilene",
    newlyOffered: (ids) => `nytt tilbud: ${ids}`,
    missingCarried: (c) => `listen har ingen kolonne «${c}» å ta med i resultatene; den står tom`,
  },
  explain: {
    heading: (p, id, line) => `${p}: søker ${id} (linje ${line})`,
    invalid: (p, id, line) => `${p}: søker ${id} (linje ${line}) er ugyldig:`,
    pass: "oppfylt",
    fail: "ikke oppfylt",
    value: "verdi",
    rule: "regel",
  },
  workbook: {
    admittedSheet: "Tatt opp",
    waitlistSheet: "Venteliste",
    notAdmittedSheet: "Ikke tatt opp",
    summarySheet: "Sammendrag",
    applicant: "Søker",
    outcome: "Utfall",
    quota: "Kvote",
    rank: "Rangering",
    waitlist: "Venteliste",
    waitlistInQuota: "Venteliste i kvote",
    code: "Kode",
    reason: "Begrunnelse",
    program: "Program",
    seed: "Frø",
    seats: "Plasser",
    admitted: "Tatt opp",
    transferred: "Overført",
    min: "Min.",
    max: "Maks.",
    warning: "Advarsel",
    class: "Klasse",
    choice: "Valg",
    choices: "Prioriterte valg",
    site: "Sted",
    applicantsSheet: "Søkere",
    line: "Linje",
    verdict: "Vurdering",
    problems: "Feil i raden",
    applicants: "Søkere",
    eligible: "Kvalifiserte",
    ineligible: "Ikke kvalifiserte",
    invalid: "Ugyldige",
    waitlisted: "På venteliste",
    declined: "Takket nei",
    emptyRows: "Tomme rader hoppet over",
  },
};

export const nb: Language = {
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
  country: "NO",
  rules: {
    yes: "ja",
    no: "nei",
    or: "eller",
    missing: "mangler",
    reason: {
      ...COMPARISON_SYMBOLS,
      all: "alle",
      any: "minst ett av",
      not: "ikke",
      is: (f, v) => `${f} er ${v}`,
      oneOf: (f, v) => `${f} er en av ${v}`,
      noneOf: (f, v) => `${f} er ingen av ${v}`,
      onOrBefore: (f, v) => `${f} er på eller før ${v}`,
      onOrAfter: (f, v) => `${f} er på eller etter ${v}`,
      present: (f) => `${f} er fylt ut`,
      absent: (f) => `${f} er ikke fylt ut`,
    },
    page: {
      all: "Alle disse:",
      any: "Minst ett av disse:",
      not: "Ikke:",
      is: (f, v) => `${f} er ${v}`,
      oneOf: (f, v) => `${f} er ${v}`,
      noneOf: (f, v) => `${f} er ikke ${v}`,
      gte: (f, v) => `${f} er minst ${v}`,
      gt: (f, v) => `${f} er mer enn ${v}`,
      lte: (f, v) => `${f} er høyst ${v}`,
      lt: (f, v) => `${f} er mindre enn ${v}`,
      onOrBefore: (f, v) => `${f} er senest ${v}`,
      onOrAfter: (f, v) => `${f} er tidligst ${v}`,
      present: (f) => `${f} er oppgitt`,
      absent: (f) => `${f} er ikke oppgitt`,
    },
  },
  dates: (y, m, d) => `${d}. ${MONTHS[m - 1]} ${y}`,
  decision,
  schedule: {
    number: "Nr.",
    module: "Samling",
    start: "Start",
    end: "Slutt",
    days: "Dager",
    location: "Sted",
    schedule: "Samlinger",
    timeline: "Tidslinje",
    components: "Deler uten faste datoer",
    totals: (g, d) => `${g} samling${g === 1 ? "" : "er"}, ${d} dag${d === 1 ? "" : "er"}`,
    noModules: "Ingen daterte samlinger.",
    omitted: (n) => `${n} samling${n === 1 ? "" : "er"} utenfor perioden er utelatt.`,
    owner: "Eier",
    provider: "Tilbyder",
    audience: "Målgruppe",
    about: "Om programmet",
    application: "Søknad",
    opens: "Søknad åpner",
    deadline: "Søknadsfrist",
    howToApply: "Slik søker du",
    eligibility: "Opptakskrav",
    seats: "Plasser",
    seatsTotal: (n) => `${n} plasser`,
    unfilled: {
      transfer: "Ledige plasser i én kvote går til de andre.",
      "keep-empty": "Ledige plasser i en kvote står tomme.",
    },
    limit: (min, max) =>
      [min !== undefined ? `minst ${min}` : "", max !== undefined ? `høyst ${max}` : ""]
        .filter(Boolean)
        .join(" og "),
    perValue: "per verdi",
    quotas: "Kvoter",
    duration: "Varighet",
    credits: "Studiepoeng",
    level: { bachelor: "bachelornivå", master: "masternivå", phd: "ph.d.-nivå", none: "uten nivå" },
    fee: "Kostnad",
    payer: {
      participant: "Betales av deltakeren",
      employer: "Betales av arbeidsgiver",
      program: "Dekkes av programmet",
      none: "Gratis",
    },
    requirements: "Krav for å fullføre",
    competencies: "Kompetanser",
    illustrative: "illustrativt",
    illustrativeNote:
      "Noen verdier på denne siden er illustrative: kilden oppgir dem ikke. Det gjelder",
    illustrativeDates: "Datoene er illustrative: kilden oppgir dem ikke.",
    warnings: "Merknader",
    more: "Mer informasjon",
    kind: {
      gathering: "samling",
      shadowing: "hospitering",
      "mentor-group": "mentorgruppe",
      project: "prosjekt",
      "self-assessment": "egenvurdering",
      practice: "praksis",
      course: "kurs",
      plan: "plan",
      other: "annet",
    },
  },
  starter: {
    comments: {
      intro:
        "En programfil til å begynne med, skrevet av `cohort init`. Bytt ut eksemplene med ditt eget program, og sjekk filen med `cohort validate`. Alle nøkler er beskrevet i docs/program-format.md; nøkler du ikke trenger, kan slettes (id, name, owner, locale og country er påkrevd).",
      illustrative:
        "ILLUSTRATIVT: alle datoer, tall, navn og regler nedenfor er eksempler, ikke fakta. Listen `illustrative` sier det samme; fjern oppføringene der etter hvert som du bytter ut verdiene.",
      id: "Programmets identifikator: små bokstaver, sifre, - og _. Unik i programmappen; gi filen samme navn.",
      name: "Programmets fulle navn, slik det vises i lister og timeplaner.",
      owner: "Hvem som eier programmet og tar opp deltakerne.",
      provider: "Hvem som står for undervisningen, når det ikke er eieren (valgfritt).",
      summary: "Hva programmet er, i et avsnitt (valgfritt).",
      audience:
        "Hvem programmet er for, med ord (valgfritt). Reglene som avgjør hvem som tas opp, står under `eligibility`.",
      status: "Om programmet går nå: active, under-revision, paused eller ended.",
      locale:
        "Språket for datoer i timeplaner og for genererte begrunnelser: nb, nn, sv, da, fi eller en. Skriv tekstene i filen på dette språket.",
      country: "Landet hvis helligdager datosjekkene bruker: NO, SE, DK eller FI.",
      intake: "Hvor ofte det tas opp deltakere: annual, once, continuous eller undecided.",
      illustrativeKey:
        "Nøkler med eksempelverdier i stedet for fakta: nøkkelstier med `.` mellom delene, listeelementer telt fra 0 (eligibility.all.1).",
      credits: "Studiepoeng, hvis programmet gir det: ects og level (bachelor, master, phd, none).",
      fee: "Hvem som betaler: participant, employer, program eller none; amount, currency (NOK, SEK, DKK, EUR) og note er valgfrie.",
      application:
        "Når søknadsperioden åpner og stenger (datoer skrives ÅÅÅÅ-MM-DD), og hvordan man søker, med ord. Alle moduler må starte etter søknadsfristen.",
      format:
        "Programmets oppgitte omfang: validate sjekker at gatherings er antallet moduler og days summen av dagene deres.",
      modules:
        "Samlinger med datoer. Oppgi `days` (kalenderdager, helger medregnet) eller `end` (siste dag). Validate advarer mot moduler i helger og på helligdager.",
      components:
        "Deler uten faste datoer. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan eller other.",
      applicants:
        "Hvordan søkerlisten (.csv, .tsv eller .xlsx) leses som typede felt: `id` er overskriften på kolonnen som identifiserer en søker.",
      fields:
        "Ett felt per kolonne som regler, kvoter, spredning og rangering bruker. type: string, number, boolean, date, datetime eller enum (med values); column er overskriften i listen; required: false tillater tomme celler.",
      eligibility:
        "Hvem som kan tas opp: et regeltre av all, any, not og felttester (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Gi hver regel en begrunnelse (reason) på programmets språk.",
      seats: "Hvor mange som tas opp, og hvordan plassene fordeles.",
      quotas: "Plasser som er satt av til grupper av søkere, alle delt etter samme felt.",
      unfilled:
        "Kvoteplasser en gruppe ikke kan fylle: transfer (går til andre søkere) eller keep-empty.",
      spread: "Grenser per verdi av ett felt på tvers av kvotene: min (et mål) og max.",
      ranking:
        "Rekkefølgen for kvalifiserte søkere: felt av typen number, date eller datetime, desc eller asc.",
      ties: "Helt like søkere: lottery (loddtrekning med frø, kan gjentas) eller first-come (krever `timestamp: <felt>`).",
      requirements: "Hva deltakerne må gjennomføre.",
      competencies:
        "Et kompetanserammeverk (for eksempel lederkrav) kan legges til under `competencies`: title og areas med items. Se docs/program-format.md.",
    },
    values: {
      name: "Lederprogram for nye ledere",
      owner: "Vår organisasjon",
      provider: "Vår samarbeidspartner i høyere utdanning",
      summary:
        "Programmet gir nye ledere kunnskap, verktøy og nettverk for å lede mennesker, drift og endring.",
      audience: "Ledere med personalansvar som har vært ledere i minst ett år",
      how: "Leder nominerer kandidaten, eller kandidaten søker selv med bekreftelse fra sin leder.",
      duration: "et halvt år",
      feeNote: "Arbeidsgiver dekker kursavgiften og deltakerens reiser.",
      location: "Oslo",
      modules: ["Å lede seg selv og andre", "Å lede drift og endring", "Ledelse på tvers"],
      components: [
        {
          id: "mentorgruppe",
          title: "Mentorgruppe",
          description: "Små grupper som møtes mellom samlingene sammen med en erfaren leder.",
        },
        {
          id: "forbedringsprosjekt",
          title: "Forbedringsprosjekt",
          description: "Et prosjekt i deltakerens egen enhet; avdelingslederen bestemmer temaet.",
        },
      ],
      applicantId: "Søker-ID",
      columns: {
        name: "Navn",
        sector: "Sektor",
        region: "Region",
        leaderSince: "Leder siden",
        nominated: "Nominert",
        attestation: "Bekreftet av leder",
        score: "Poeng",
      },
      sectors: [
        { id: "sykehus", label: "Spesialisthelsetjenesten" },
        { id: "kommune", label: "Kommunehelsetjenesten" },
      ],
      regions: ["nord", "midt", "vest", "sør-øst"],
      reasons: {
        leaderYear: "Minst ett års ledererfaring ved søknadsfristen",
        nomination: "Nominert av leder, eller egen søknad bekreftet av leder",
      },
      requirements: [
        { id: "oppmote", text: "Deltakelse på alle samlingene" },
        { id: "prosjekt", text: "Gjennomført forbedringsprosjekt, lagt fram på siste samling" },
      ],
      moduleWord: "samling",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Tilbud om plass: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Vi har gleden av å tilby deg plass i {{program.name}}.{{#quota}} Du har fått plass i kvoten for {{quota}}.{{/quota}}{{#class}} Du er satt opp på {{class}}.{{/class}}

{{#firstModule}}
Første samling er «{{title}}», {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Vi ber deg svare innen {{replyBy}} om du tar imot plassen.{{/replyBy}}{{^replyBy}}Vi ber deg svare så snart som mulig om du tar imot plassen.{{/replyBy}} Om du likevel ikke kan delta, gir du bare beskjed, så går plassen videre til neste på ventelisten.

Vi gleder oss til å ha deg med!

Med vennlig hilsen
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Venteliste: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Du oppfyller opptakskravene, men det var flere kvalifiserte søkere enn plasser, og vi kan dessverre ikke tilby deg plass nå.

{{reason}}

Du står som nummer {{position}} på ventelisten{{#quota}} (nummer {{positionInQuota}} i kvoten for {{quota}}){{/quota}}. Blir en plass ledig, tar vi kontakt etter rekkefølgen på ventelisten.{{#firstModule}} Første samling begynner {{start}}.{{/firstModule}}

Med vennlig hilsen
{{program.owner}}
`,
      },
      declined: {
        subject: "Bekreftelse på at du har takket nei: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Vi bekrefter at du har takket nei til plassen i {{program.name}}. Takk for at du ga oss beskjed – plassen går nå videre til neste på ventelisten.

Du er hjertelig velkommen til å søke igjen ved et senere opptak.

Med vennlig hilsen
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Svar på søknaden din: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Vi har vurdert den opp mot opptakskravene og må dessverre gi deg avslag. Søknaden oppfyller ikke følgende krav:

{{#reasons}}
- {{.}}
{{/reasons}}

Mener du at vurderingen bygger på feil eller mangelfulle opplysninger, ber vi deg kontakte oss{{#replyBy}} innen {{replyBy}}{{/replyBy}}. Du er velkommen til å søke igjen ved et senere opptak.

Med vennlig hilsen
{{program.owner}}
`,
      },
      invalid: {
        subject: "Søknaden din må rettes: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Vi har dessverre ikke kunnet behandle den, fordi noen opplysninger mangler eller ikke lar seg lese:

{{#reasons}}
- {{.}}
{{/reasons}}

Vi ber deg kontakte oss{{#replyBy}} innen {{replyBy}}{{/replyBy}}, så hjelper vi deg med å rette opp søknaden.

Med vennlig hilsen
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "tilbudt plass",
      waitlisted: "på venteliste",
      declined: "takket nei",
      ineligible: "oppfyller ikke opptakskravene",
      invalid: "søknaden kunne ikke behandles",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "De åpne plassene er fylt av søkere som er rangert foran deg."
          : `Plassene i kvoten for ${quota} er fylt av søkere som er rangert foran deg.`,
      spreadCap: (value) =>
        `Det høyeste antallet plasser for «${value}» er nådd, slik at deltakerne får den spredningen programmet krever.`,
      heldForMin:
        "De siste plassene er holdt av for å sikre den spredningen blant deltakerne som programmet krever.",
      heldForQuota: "De siste plassene er holdt av for å fylle kvotene programmet har.",
      heldAlso,
      seatsFull: "Alle plassene er fylt av søkere som er rangert foran deg.",
    },
    problem: {
      missing: (column) => `«${column}» mangler`,
      unreadable: (column, value) => `«${column}» har en verdi vi ikke kan lese: «${value}»`,
      duplicate: (column, value) => `${column} «${value}» står mer enn én gang i søkerlisten`,
      row: "raden i søkerlisten har feil antall felt",
      choice: (column, value) =>
        `«${column}» må liste opp klasser eller studiesteder i programmet, hvert én gang, i prioritert rekkefølge; vi kunne ikke lese: «${value}»`,
    },
  },
};
