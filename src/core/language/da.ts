/** Danish: every word cohort writes in this language. */

import { cellProblems } from "./cell-problems/da.js";
import { completion } from "./completion/da.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/da.js";
import { inputErrors, invalidProgram } from "./input-errors/da.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/da.js";
import { letterNotes } from "./letter-notes/da.js";
import { list } from "./list/da.js";
import { MONTHS } from "./months/da.js";
import { progress } from "./progress/da.js";
import { rosterProblems } from "./roster-problems/da.js";
import { COMPARISON_SYMBOLS } from "./rule-words.js";
import { teams } from "./teams/da.js";
import { templateFaults } from "./template-faults/da.js";
import { terminal } from "./terminal/da.js";
import { together } from "./together/da.js";
import { warnings } from "./warnings/da.js";
import { xlsxDamage } from "./xlsx-damage/da.js";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const decision: DecisionWords = {
  problems: {
    expected: (w) => `skal være ${w}`,
    kinds: {
      boolean: "ja/nej, yes/no, true/false, 1/0 eller x",
      number: "et tal (1234,5 eller 1234.5)",
      date: "en dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ",
      datetime: "dato og klokkeslæt ÅÅÅÅ-MM-DD TT:MM",
      enum: "en af de angivne værdier",
      string: "tekst",
    },
    oneOf: (v) => `en af ${v}`,
    required: "en påkrævet værdi mangler",
    idMissing: "mangler",
    rowWidth: (c, w) => `rækken har ${c} ${c === 1 ? "celle" : "celler"}, overskriftsrækken ${w}`,
    duplicateId: (l) => `samme ansøger-id står også på linje ${l}`,
    more: (n) => `${n} mere`,
  },
  verdicts: { eligible: "kvalificeret", ineligible: "ikke kvalificeret", invalid: "ugyldig" },
  outcomes: {
    admitted: "optaget",
    waitlisted: "på venteliste",
    declined: "takkede nej",
    ineligible: "ikke kvalificeret",
    invalid: "ugyldig",
  },
  reasons: {
    admittedQuota: (q, r) => `optaget i kvoten ${q}, nr. ${r} i prioriteringen`,
    admittedOpen: (r) => `optaget på en åben plads, nr. ${r} i prioriteringen`,
    admittedTransferred: (r, from) =>
      `optaget på en overført plads${from ? ` fra kvoten ${from}` : ""}, nr. ${r} i prioriteringen`,
    openSeatsFull: (a, s) => `pladserne til ansøgere uden for kvoterne er besat, ${a}/${s}`,
    quotaFull: (q, a, s, x) =>
      `kvoten ${q} er fuld, ${a}/${s}${x > 0 ? ` og ${x} ${plural(x, "overført plads er brugt", "overførte pladser er brugt")}` : ""}`,
    spreadCap: (v, a, max) => `loftet for ${v} er nået, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `pladsen holdes til minimumsantallet for ${v}, ${a}/${min}${values.length > 1 ? ` (minimumsantal for ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `pladsen holdes til kvoten ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `de resterende pladser skal bruges til at opfylde kvoterne og minimumsantallene, ${a}/${t} besat`,
    seatsFull: (a, t) => `alle pladser er besat, ${a}/${t}`,
    classFull: (a, s) => `alle ${s} pladser er taget af ansøgere, der er rangeret før, ${a}/${s}`,
    placed: (c, k, n) => `placeret på ${c}${n > 1 ? `, ${k}. prioritet af ${n}` : ""}`,
    anyClass: "et hvilket som helst hold",
    declined: "takkede nej til den tilbudte plads",
    notEligible: (r) => `ikke kvalificeret: ${r}`,
    invalidRow: (line, p) => `ugyldig række (linje ${line}): ${p}`,
    openSeats: "åbne pladser",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (s, w, r) =>
      `minimumsantallet for ${s} er ${w}, men kun ${r} kan opfyldes sammen med de andre minimumsantal`,
    minFromPool: (s, w, r) =>
      `minimumsantallet for ${s} er ${w}, men de kvalificerede ansøgere kan kun fylde ${r}`,
    quotaWithOthers: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plads", "pladser")}, men kun ${r} kan besættes sammen med minimumsantallene og de andre kvoter`,
    quotaFromPool: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plads", "pladser")}, men kun ${r} kan besættes med kvalificerede ansøgere i kvoten`,
    seatsUnfilled: (w, r) =>
      `${w} ${plural(w, "plads", "pladser")}, men kun ${r} kan besættes inden for reglerne`,
    keptOverLimit: (s, r, w) =>
      `${s}: tidligere optagelser overskrider allerede en grænse (${r} mod ${w})`,
  },
  tables: {
    applicant: "ansøger",
    line: "linje",
    verdict: "vurdering",
    why: "begrundelse",
    rank: "nr.",
    quota: "kvote",
    reason: "begrundelse",
    inQuota: "# i kvote",
    whyNotYet: "hvorfor ikke (endnu)",
    newlyOfferedMark: "(ny)",
    admittedHeading: (n) => `optaget (${n})`,
    waitlistHeading: (n) => `Venteliste (${n})`,
    invalidHeading: (n) => `Ugyldige rækker (${n})`,
    empty: "(tom)",
    noId: "(intet id)",
    noValue: "(ingen)",
    nobody: "ingen",
    declinedLine: (d, o) => `takkede nej: ${d}; nyt tilbud: ${o}`,
    classColumn: "Hold",
    choiceColumn: "Prioritet",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a} af ${n} pladser`,
  },
  summary: {
    applicants: (n) => `${n} ${plural(n, "ansøger", "ansøgere")}`,
    eligible: (n) => `${n} ${plural(n, "kvalificeret", "kvalificerede")}`,
    ineligible: (n) => `${n} ${plural(n, "ikke kvalificeret", "ikke kvalificerede")}`,
    invalid: (n) => `${n} ${plural(n, "ugyldig", "ugyldige")}`,
    emptyRows: (n) => `${n} ${plural(n, "tom række", "tomme rækker")} sprunget over`,
    admitted: (n) => `${n} optaget`,
    waitlisted: (n) => `${n} på venteliste`,
    declined: (n) => `${n} takkede nej`,
    transferred: (n) => `${n} ${plural(n, "overført", "overførte")}`,
    seats: (a, s) => `Pladser: ${a}/${s} besat`,
    seatsFilled: (a, s) => `${a}/${s} pladser besat`,
    atMost: (t) => `højst ${t} kan besættes inden for reglerne`,
    perQuota: "Pr. kvote",
    perValue: (f) => `Fordeling efter ${f}`,
    perClass: "Pr. hold",
    min: "mindst",
    max: "højst",
    warning: "advarsel",
    seed: "frøværdi",
    seedFromHashes: "beregnet ud fra inputfilernes hashværdier",
    newlyOffered: (ids) => `nyt tilbud: ${ids}`,
    missingCarried: (c) =>
      `listen har ingen kolonne »${c}« at tage med i resultaterne; den står tom`,
  },
  explain: {
    heading: (p, id, line) => `${p}: ansøger ${id} (linje ${line})`,
    invalid: (p, id, line) => `${p}: ansøger ${id} (linje ${line}) er ugyldig:`,
    pass: "opfyldt",
    fail: "ikke opfyldt",
    value: "værdi",
    rule: "regel",
  },
  workbook: {
    admittedSheet: "Optaget",
    waitlistSheet: "Venteliste",
    notAdmittedSheet: "Ikke optaget",
    summarySheet: "Oversigt",
    applicant: "Ansøger",
    outcome: "Udfald",
    quota: "Kvote",
    rank: "Placering",
    waitlist: "Venteliste",
    waitlistInQuota: "Venteliste i kvote",
    code: "Kode",
    reason: "Begrundelse",
    program: "Program",
    seed: "Frøværdi",
    seats: "Pladser",
    admitted: "Optaget",
    transferred: "Overført",
    min: "Mindst",
    max: "Højst",
    warning: "Advarsel",
    class: "Hold",
    choice: "Prioritet",
    choices: "Prioriteter",
    site: "Sted",
    applicantsSheet: "Ansøgere",
    line: "Linje",
    verdict: "Vurdering",
    problems: "Fejl i rækken",
    applicants: "Ansøgere",
    eligible: "Kvalificerede",
    ineligible: "Ikke kvalificerede",
    invalid: "Ugyldige",
    waitlisted: "På venteliste",
    declined: "Takkede nej",
    emptyRows: "Tomme rækker sprunget over",
  },
};

export const da: Language = {
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
  country: "DK",
  rules: {
    yes: "ja",
    no: "nej",
    or: "eller",
    missing: "mangler",
    reason: {
      ...COMPARISON_SYMBOLS,
      all: "alle",
      any: "mindst én af",
      not: "ikke",
      is: (f, v) => `${f} er ${v}`,
      oneOf: (f, v) => `${f} er en af ${v}`,
      noneOf: (f, v) => `${f} er ingen af ${v}`,
      onOrBefore: (f, v) => `${f} er på eller før ${v}`,
      onOrAfter: (f, v) => `${f} er på eller efter ${v}`,
      present: (f) => `${f} er udfyldt`,
      absent: (f) => `${f} er ikke udfyldt`,
    },
    page: {
      all: "Alle disse:",
      any: "Mindst ét af disse:",
      not: "Ikke:",
      is: (f, v) => `${f} er ${v}`,
      oneOf: (f, v) => `${f} er ${v}`,
      noneOf: (f, v) => `${f} er ikke ${v}`,
      gte: (f, v) => `${f} er mindst ${v}`,
      gt: (f, v) => `${f} er mere end ${v}`,
      lte: (f, v) => `${f} er højst ${v}`,
      lt: (f, v) => `${f} er mindre end ${v}`,
      onOrBefore: (f, v) => `${f} er senest ${v}`,
      onOrAfter: (f, v) => `${f} er tidligst ${v}`,
      present: (f) => `${f} er angivet`,
      absent: (f) => `${f} er ikke angivet`,
    },
  },
  dates: (y, m, d) => `${d}. ${MONTHS[m - 1]} ${y}`,
  decision,
  schedule: {
    number: "Nr.",
    module: "Samling",
    start: "Start",
    end: "Slut",
    days: "Dage",
    location: "Sted",
    schedule: "Samlinger",
    timeline: "Tidslinje",
    components: "Dele uden faste datoer",
    totals: (g, d) => `${g} samling${g === 1 ? "" : "er"}, ${d} dag${d === 1 ? "" : "e"}`,
    noModules: "Ingen daterede samlinger.",
    omitted: (n) => `${n} samling${n === 1 ? "" : "er"} uden for perioden er udeladt.`,
    owner: "Ejer",
    provider: "Udbyder",
    audience: "Målgruppe",
    about: "Om programmet",
    application: "Ansøgning",
    opens: "Ansøgning åbner",
    deadline: "Ansøgningsfrist",
    howToApply: "Sådan søger du",
    eligibility: "Optagelseskrav",
    seats: "Pladser",
    seatsTotal: (n) => `${n} pladser`,
    unfilled: {
      transfer: "Ledige pladser i én kvote går til de andre.",
      "keep-empty": "Ledige pladser i en kvote forbliver tomme.",
    },
    limit: (min, max) =>
      [min !== undefined ? `mindst ${min}` : "", max !== undefined ? `højst ${max}` : ""]
        .filter(Boolean)
        .join(" og "),
    perValue: "pr. værdi",
    quotas: "Kvoter",
    duration: "Varighed",
    credits: "ECTS-point",
    level: {
      bachelor: "bachelorniveau",
      master: "masterniveau",
      phd: "ph.d.-niveau",
      none: "uden niveau",
    },
    fee: "Pris",
    payer: {
      participant: "Betales af deltageren",
      employer: "Betales af arbejdsgiveren",
      program: "Betales af programmet",
      none: "Gratis",
    },
    requirements: "Krav for at gennemføre",
    competencies: "Kompetencer",
    illustrative: "illustrativt",
    illustrativeNote: "Nogle værdier på siden er illustrative: kilden oplyser dem ikke. Det gælder",
    illustrativeDates: "Datoerne er illustrative: kilden oplyser dem ikke.",
    warnings: "Bemærkninger",
    more: "Mere information",
    kind: {
      gathering: "samling",
      shadowing: "følordning",
      "mentor-group": "mentorgruppe",
      project: "projekt",
      "self-assessment": "selvevaluering",
      practice: "praksis",
      course: "kursus",
      plan: "plan",
      other: "andet",
    },
  },
  starter: {
    comments: {
      intro:
        "En programfil at starte med, skrevet af `cohort init`. Udskift eksemplerne med dit eget program, og kontrollér filen med `cohort validate`. Alle nøgler er beskrevet i docs/program-format.md; nøgler, du ikke har brug for, kan slettes (id, name, owner, locale og country er påkrævet).",
      illustrative:
        "ILLUSTRATIVT: alle datoer, tal, navne og regler nedenfor er eksempler, ikke fakta. Listen `illustrative` siger det samme; fjern punkterne der, efterhånden som du udskifter værdierne.",
      id: "Programmets id: små bogstaver, cifre, - og _. Entydigt i programmappen; giv filen samme navn.",
      name: "Programmets fulde navn, som det vises i lister og skemaer.",
      owner: "Hvem der ejer programmet og optager deltagerne.",
      provider: "Hvem der står for undervisningen, når det ikke er ejeren (valgfrit).",
      summary: "Hvad programmet er, i et afsnit (valgfrit).",
      audience:
        "Hvem programmet er for, med ord (valgfrit). Reglerne for, hvem der optages, står under `eligibility`.",
      status: "Om programmet kører nu: active, under-revision, paused eller ended.",
      locale:
        "Sproget for datoer i skemaer og for genererede begrundelser: nb, nn, sv, da, fi eller en. Skriv filens tekster på dette sprog.",
      country: "Landet, hvis helligdage datokontrollerne bruger: NO, SE, DK eller FI.",
      intake: "Hvor ofte der optages deltagere: annual, once, continuous eller undecided.",
      illustrativeKey:
        "Nøgler med eksempelværdier i stedet for fakta: nøglestier med `.` mellem delene, listeelementer talt fra 0 (eligibility.all.1).",
      credits:
        "ECTS-point, hvis programmet giver det: ects og level (bachelor, master, phd, none).",
      fee: "Hvem der betaler: participant, employer, program eller none; amount, currency (NOK, SEK, DKK, EUR) og note er valgfrie.",
      application:
        "Hvornår ansøgningen åbner og lukker (datoer skrives ÅÅÅÅ-MM-DD), og hvordan man søger, med ord. Alle moduler skal begynde efter ansøgningsfristen.",
      format:
        "Programmets angivne omfang: validate kontrollerer, at gatherings er antallet af moduler og days summen af deres dage.",
      modules:
        "Moduler med datoer. Angiv `days` (kalenderdage, weekender medregnet) eller `end` (sidste dag). Validate advarer om moduler i weekender og på helligdage.",
      components:
        "Dele uden faste datoer. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan eller other.",
      applicants:
        "Hvordan ansøgerlisten (.csv, .tsv eller .xlsx) læses som typede felter: `id` er overskriften på den kolonne, der identificerer en ansøger.",
      fields:
        "Et felt pr. kolonne, som regler, kvoter, spredning og rangering bruger. type: string, number, boolean, date, datetime eller enum (med values); column er overskriften i listen; required: false tillader tomme celler.",
      eligibility:
        "Hvem der kan optages: et regeltræ af all, any, not og felttest (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Giv hver regel en begrundelse (reason) på programmets sprog.",
      seats: "Hvor mange der optages, og hvordan pladserne fordeles.",
      quotas: "Pladser reserveret til grupper af ansøgere, alle opdelt efter samme felt.",
      unfilled:
        "Kvotepladser, en gruppe ikke kan fylde: transfer (går til andre ansøgere) eller keep-empty.",
      spread: "Grænser pr. værdi af ét felt på tværs af kvoterne: min (et mål) og max.",
      ranking:
        "Rækkefølgen for egnede ansøgere: felter af typen number, date eller datetime, desc eller asc.",
      ties: "Helt lige ansøgere: lottery (lodtrækning med frø, kan gentages) eller first-come (kræver `timestamp: <felt>`).",
      requirements: "Hvad deltagerne skal gennemføre.",
      competencies:
        "En kompetenceramme (for eksempel lederkrav) kan tilføjes under `competencies`: title og areas med items. Se docs/program-format.md.",
    },
    values: {
      name: "Lederprogram for nye ledere",
      owner: "Vores organisation",
      provider: "Vores samarbejdspartner i den videregående uddannelse",
      summary:
        "Programmet giver nye ledere viden, værktøjer og netværk til at lede mennesker, drift og forandring.",
      audience: "Ledere med personaleansvar, der har været ledere i mindst et år",
      how: "Lederen indstiller kandidaten, eller kandidaten søger selv med bekræftelse fra sin leder.",
      duration: "et halvt år",
      feeNote: "Arbejdsgiveren betaler kursusgebyret og deltagerens rejser.",
      location: "Aarhus",
      modules: ["At lede sig selv og andre", "At lede drift og forandring", "Ledelse på tværs"],
      components: [
        {
          id: "mentorgruppe",
          title: "Mentorgruppe",
          description: "Små grupper, der mødes mellem modulerne sammen med en erfaren leder.",
        },
        {
          id: "forbedringsprojekt",
          title: "Forbedringsprojekt",
          description: "Et projekt i deltagerens egen enhed; afdelingslederen bestemmer emnet.",
        },
      ],
      applicantId: "Ansøger-ID",
      columns: {
        name: "Navn",
        sector: "Sektor",
        region: "Region",
        leaderSince: "Leder siden",
        nominated: "Indstillet",
        attestation: "Bekræftet af leder",
        score: "Point",
      },
      sectors: [
        { id: "region", label: "Regionerne" },
        { id: "kommune", label: "Kommunerne" },
      ],
      regions: ["nord", "midt", "syd", "øst"],
      reasons: {
        leaderYear: "Mindst et års ledererfaring ved ansøgningsfristen",
        nomination: "Indstillet af sin leder, eller egen ansøgning bekræftet af lederen",
      },
      requirements: [
        { id: "fremmode", text: "Deltagelse i alle moduler" },
        { id: "projekt", text: "Gennemført forbedringsprojekt, fremlagt på sidste modul" },
      ],
      moduleWord: "modul",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Tilbud om plads: {{program.name}}",
        body: `Kære{{#name}} {{name}}{{/name}}{{^name}} ansøger{{/name}},

Vi har den glæde at kunne tilbyde dig en plads på {{program.name}}.{{#quota}} Du har fået en plads inden for kvoten for {{quota}}.{{/quota}}{{#class}} Du er placeret på {{class}}.{{/class}}

{{#firstModule}}
Første samling er »{{title}}«, {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Vi beder dig svare senest {{replyBy}}, om du tager imod pladsen.{{/replyBy}}{{^replyBy}}Vi beder dig svare hurtigst muligt, om du tager imod pladsen.{{/replyBy}} Hvis du alligevel ikke kan deltage, skal du blot give besked, så går pladsen videre til den næste på ventelisten.

Vi glæder os til at se dig!

Med venlig hilsen
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Venteliste: {{program.name}}",
        body: `Kære{{#name}} {{name}}{{/name}}{{^name}} ansøger{{/name}},

Tak for din ansøgning til {{program.name}}. Du opfylder optagelseskravene, men der var flere kvalificerede ansøgere end pladser, og vi kan desværre ikke tilbyde dig en plads nu.

{{reason}}

Du står som nummer {{position}} på ventelisten{{#quota}} (nummer {{positionInQuota}} inden for kvoten for {{quota}}){{/quota}}. Bliver en plads ledig, kontakter vi ansøgerne i den rækkefølge, ventelisten angiver.{{#firstModule}} Første samling begynder {{start}}.{{/firstModule}}

Med venlig hilsen
{{program.owner}}
`,
      },
      declined: {
        subject: "Bekræftelse på, at du har takket nej: {{program.name}}",
        body: `Kære{{#name}} {{name}}{{/name}}{{^name}} ansøger{{/name}},

Vi bekræfter, at du har takket nej til pladsen på {{program.name}}. Tak, fordi du gav besked – pladsen går nu videre til den næste på ventelisten.

Du er meget velkommen til at søge igen ved en senere optagelse.

Med venlig hilsen
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Svar på din ansøgning: {{program.name}}",
        body: `Kære{{#name}} {{name}}{{/name}}{{^name}} ansøger{{/name}},

Tak for din ansøgning til {{program.name}}. Vi har vurderet den i forhold til optagelseskravene og må desværre give dig afslag. Ansøgningen opfylder ikke følgende krav:

{{#reasons}}
- {{.}}
{{/reasons}}

Mener du, at vurderingen bygger på forkerte eller mangelfulde oplysninger, beder vi dig kontakte os{{#replyBy}} senest {{replyBy}}{{/replyBy}}. Du er velkommen til at søge igen ved en senere optagelse.

Med venlig hilsen
{{program.owner}}
`,
      },
      invalid: {
        subject: "Din ansøgning skal rettes: {{program.name}}",
        body: `Kære{{#name}} {{name}}{{/name}}{{^name}} ansøger{{/name}},

Tak for din ansøgning til {{program.name}}. Vi har desværre ikke kunnet behandle den, fordi nogle oplysninger mangler eller ikke kan læses:

{{#reasons}}
- {{.}}
{{/reasons}}

Vi beder dig kontakte os{{#replyBy}} senest {{replyBy}}{{/replyBy}}, så hjælper vi dig med at rette ansøgningen.

Med venlig hilsen
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "tilbudt plads",
      waitlisted: "på venteliste",
      declined: "takket nej",
      ineligible: "opfylder ikke optagelseskravene",
      invalid: "ansøgningen kunne ikke behandles",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "De åbne pladser er besat af ansøgere, der står før dig i rækkefølgen."
          : `Pladserne inden for kvoten for ${quota} er besat af ansøgere, der står før dig i rækkefølgen.`,
      spreadCap: (value) =>
        `Det højeste antal pladser for »${value}« er nået, så deltagerne får den spredning, programmet kræver.`,
      heldForMin:
        "De sidste pladser er holdt tilbage for at sikre den spredning blandt deltagerne, som programmet kræver.",
      heldForQuota: "De sidste pladser er holdt tilbage for at fylde programmets kvoter.",
      heldAlso,
      seatsFull: "Alle pladser er besat af ansøgere, der står før dig i rækkefølgen.",
    },
    problem: {
      missing: (column) => `»${column}« mangler`,
      unreadable: (column, value) => `»${column}« har en værdi, vi ikke kan læse: »${value}«`,
      duplicate: (column, value) => `${column} »${value}« står mere end én gang på ansøgerlisten`,
      row: "rækken på ansøgerlisten har et forkert antal felter",
      choice: (column, value) =>
        `»${column}« skal angive programmets hold eller studiesteder, hvert én gang, i prioriteret rækkefølge; vi kunne ikke læse: »${value}«`,
    },
  },
};
