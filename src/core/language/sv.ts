/** Swedish: every word cohort writes in this language. */

import { cellProblems } from "./cell-problems/sv.js";
import { completion } from "./completion/sv.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/sv.js";
import { inputErrors, invalidProgram } from "./input-errors/sv.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/sv.js";
import { letterNotes } from "./letter-notes/sv.js";
import { list } from "./list/sv.js";
import { MONTHS } from "./months/sv.js";
import { progress } from "./progress/sv.js";
import { rosterProblems } from "./roster-problems/sv.js";
import { COMPARISON_SYMBOLS } from "./rule-words.js";
import { teams } from "./teams/sv.js";
import { templateFaults } from "./template-faults/sv.js";
import { terminal } from "./terminal/sv.js";
import { together } from "./together/sv.js";
import { warnings } from "./warnings/sv.js";
import { xlsxDamage } from "./xlsx-damage/sv.js";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const decision: DecisionWords = {
  problems: {
    expected: (w) => `ska vara ${w}`,
    kinds: {
      boolean: "ja/nej, yes/no, true/false, 1/0 eller x",
      number: "ett tal (1234,5 eller 1234.5)",
      date: "ett datum ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ",
      datetime: "datum och klockslag ÅÅÅÅ-MM-DD TT:MM",
      enum: "ett av de angivna värdena",
      string: "text",
    },
    oneOf: (v) => `ett av ${v}`,
    required: "ett obligatoriskt värde saknas",
    idMissing: "saknas",
    rowWidth: (c, w) => `raden har ${c} ${c === 1 ? "cell" : "celler"}, rubrikraden ${w}`,
    duplicateId: (l) => `samma sökande-id finns också på rad ${l}`,
    more: (n) => `${n} till`,
  },
  verdicts: { eligible: "behörig", ineligible: "inte behörig", invalid: "ogiltig" },
  outcomes: {
    admitted: "antagen",
    waitlisted: "reserv",
    declined: "tackade nej",
    ineligible: "inte behörig",
    invalid: "ogiltig",
  },
  reasons: {
    admittedQuota: (q, r) => `antagen inom kvoten ${q}, plats ${r} i rangordningen`,
    admittedOpen: (r) => `antagen på en öppen plats, plats ${r} i rangordningen`,
    admittedTransferred: (r, from) =>
      `antagen på en överförd plats${from ? ` från kvoten ${from}` : ""}, plats ${r} i rangordningen`,
    openSeatsFull: (a, s) => `platserna för sökande utanför kvoterna är fyllda, ${a}/${s}`,
    quotaFull: (q, a, s, x) =>
      `kvoten ${q} är full, ${a}/${s}${x > 0 ? ` och ${x} ${plural(x, "överförd plats är tagen", "överförda platser är tagna")}` : ""}`,
    spreadCap: (v, a, max) => `taket för ${v} är nått, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `platsen hålls för minimiantalet för ${v}, ${a}/${min}${values.length > 1 ? ` (minimiantal för ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `platsen hålls för kvoten ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `de återstående platserna behövs för att uppfylla kvoterna och minimiantalen, ${a}/${t} fyllda`,
    seatsFull: (a, t) => `alla platser är fyllda, ${a}/${t}`,
    classFull: (a, s) => `alla ${s} platser är tagna av sökande som rangordnats före, ${a}/${s}`,
    placed: (c, k, n) => `placerad i ${c}${n > 1 ? `, val ${k} av ${n}` : ""}`,
    anyClass: "vilken klass som helst",
    declined: "tackade nej till den erbjudna platsen",
    notEligible: (r) => `inte behörig: ${r}`,
    invalidRow: (line, p) => `ogiltig rad (rad ${line} i listan): ${p}`,
    openSeats: "öppna platser",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (s, w, r) =>
      `minimiantalet för ${s} är ${w}, men bara ${r} kan uppfyllas tillsammans med de andra minimiantalen`,
    minFromPool: (s, w, r) =>
      `minimiantalet för ${s} är ${w}, men de behöriga sökande räcker bara till ${r}`,
    quotaWithOthers: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plats", "platser")}, men bara ${r} kan fyllas tillsammans med minimiantalen och de andra kvoterna`,
    quotaFromPool: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plats", "platser")}, men bara ${r} kan fyllas med behöriga sökande i kvoten`,
    seatsUnfilled: (w, r) =>
      `${w} ${plural(w, "plats", "platser")}, men bara ${r} kan fyllas inom reglerna`,
    keptOverLimit: (s, r, w) =>
      `${s}: tidigare antagningar överskrider redan en gräns (${r} mot ${w})`,
  },
  tables: {
    applicant: "sökande",
    line: "rad",
    verdict: "bedömning",
    why: "motivering",
    rank: "nr",
    quota: "kvot",
    reason: "motivering",
    inQuota: "# i kvot",
    whyNotYet: "varför inte (än)",
    newlyOfferedMark: "(ny)",
    admittedHeading: (n) => `antagna (${n})`,
    waitlistHeading: (n) => `Reservlista (${n})`,
    invalidHeading: (n) => `Ogiltiga rader (${n})`,
    empty: "(tom)",
    noId: "(inget id)",
    noValue: "(inget)",
    nobody: "ingen",
    declinedLine: (d, o) => `tackade nej: ${d}; nya erbjudanden: ${o}`,
    classColumn: "Klass",
    choiceColumn: "Val",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a} av ${n} platser`,
  },
  summary: {
    applicants: (n) => `${n} sökande`,
    eligible: (n) => `${n} ${plural(n, "behörig", "behöriga")}`,
    ineligible: (n) => `${n} ${plural(n, "inte behörig", "inte behöriga")}`,
    invalid: (n) => `${n} ${plural(n, "ogiltig", "ogiltiga")}`,
    emptyRows: (n) => `${n} ${plural(n, "tom rad", "tomma rader")} hoppades över`,
    admitted: (n) => `${n} ${plural(n, "antagen", "antagna")}`,
    waitlisted: (n) => `${n} på reservlistan`,
    declined: (n) => `${n} tackade nej`,
    transferred: (n) => `${n} ${plural(n, "överförd", "överförda")}`,
    seats: (a, s) => `Platser: ${a}/${s} fyllda`,
    seatsFilled: (a, s) => `${a}/${s} platser fyllda`,
    atMost: (t) => `högst ${t} kan fyllas inom reglerna`,
    perQuota: "Per kvot",
    perValue: (f) => `Fördelning efter ${f}`,
    perClass: "Per klass",
    min: "minst",
    max: "högst",
    warning: "varning",
    seed: "slumpfrö",
    seedFromHashes: "beräknat från indatafilernas hashvärden",
    newlyOffered: (ids) => `nya erbjudanden: ${ids}`,
    missingCarried: (c) => `listan har ingen kolumn ”${c}” att ta med i resultaten; den lämnas tom`,
  },
  explain: {
    heading: (p, id, line) => `${p}: sökande ${id} (rad ${line})`,
    invalid: (p, id, line) => `${p}: sökande ${id} (rad ${line}) är ogiltig:`,
    pass: "uppfyllt",
    fail: "inte uppfyllt",
    value: "värde",
    rule: "regel",
  },
  workbook: {
    admittedSheet: "Antagna",
    waitlistSheet: "Reservlista",
    notAdmittedSheet: "Inte antagna",
    summarySheet: "Sammanfattning",
    applicant: "Sökande",
    outcome: "Utfall",
    quota: "Kvot",
    rank: "Rangordning",
    waitlist: "Reservplats",
    waitlistInQuota: "Reservplats i kvot",
    code: "Kod",
    reason: "Motivering",
    program: "Program",
    seed: "Slumpfrö",
    seats: "Platser",
    admitted: "Antagna",
    transferred: "Överförda",
    min: "Minst",
    max: "Högst",
    warning: "Varning",
    class: "Klass",
    choice: "Val",
    choices: "Prioriterade val",
    site: "Ort",
    applicantsSheet: "Sökande",
    line: "Rad",
    verdict: "Bedömning",
    problems: "Fel i raden",
    applicants: "Sökande",
    eligible: "Behöriga",
    ineligible: "Inte behöriga",
    invalid: "Ogiltiga",
    waitlisted: "Reserver",
    declined: "Tackade nej",
    emptyRows: "Tomma rader som hoppades över",
  },
};

export const sv: Language = {
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
  country: "SE",
  rules: {
    yes: "ja",
    no: "nej",
    or: "eller",
    missing: "saknas",
    reason: {
      ...COMPARISON_SYMBOLS,
      all: "alla",
      any: "minst ett av",
      not: "inte",
      is: (f, v) => `${f} är ${v}`,
      oneOf: (f, v) => `${f} är en av ${v}`,
      noneOf: (f, v) => `${f} är ingen av ${v}`,
      onOrBefore: (f, v) => `${f} är senast ${v}`,
      onOrAfter: (f, v) => `${f} är tidigast ${v}`,
      present: (f) => `${f} är ifyllt`,
      absent: (f) => `${f} är inte ifyllt`,
    },
    page: {
      all: "Alla dessa:",
      any: "Minst ett av dessa:",
      not: "Inte:",
      is: (f, v) => `${f} är ${v}`,
      oneOf: (f, v) => `${f} är ${v}`,
      noneOf: (f, v) => `${f} är inte ${v}`,
      gte: (f, v) => `${f} är minst ${v}`,
      gt: (f, v) => `${f} är mer än ${v}`,
      lte: (f, v) => `${f} är högst ${v}`,
      lt: (f, v) => `${f} är mindre än ${v}`,
      onOrBefore: (f, v) => `${f} är senast ${v}`,
      onOrAfter: (f, v) => `${f} är tidigast ${v}`,
      present: (f) => `${f} är angiven`,
      absent: (f) => `${f} är inte angiven`,
    },
  },
  dates: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  decision,
  schedule: {
    number: "Nr",
    module: "Träff",
    start: "Start",
    end: "Slut",
    days: "Dagar",
    location: "Plats",
    schedule: "Träffar",
    timeline: "Tidslinje",
    components: "Delar utan fasta datum",
    totals: (g, d) => `${g} träff${g === 1 ? "" : "ar"}, ${d} dag${d === 1 ? "" : "ar"}`,
    noModules: "Inga daterade träffar.",
    omitted: (n) => `${n} träff${n === 1 ? "" : "ar"} utanför perioden är utelämnade.`,
    owner: "Huvudman",
    provider: "Utbildningsanordnare",
    audience: "Målgrupp",
    about: "Om programmet",
    application: "Ansökan",
    opens: "Ansökan öppnar",
    deadline: "Sista ansökningsdag",
    howToApply: "Så ansöker du",
    eligibility: "Behörighet",
    seats: "Platser",
    seatsTotal: (n) => `${n} platser`,
    unfilled: {
      transfer: "Lediga platser i en kvot går till de andra.",
      "keep-empty": "Lediga platser i en kvot lämnas tomma.",
    },
    limit: (min, max) =>
      [min !== undefined ? `minst ${min}` : "", max !== undefined ? `högst ${max}` : ""]
        .filter(Boolean)
        .join(" och "),
    perValue: "per värde",
    quotas: "Kvoter",
    duration: "Längd",
    credits: "Högskolepoäng",
    level: {
      bachelor: "grundnivå",
      master: "avancerad nivå",
      phd: "forskarnivå",
      none: "utan nivå",
    },
    fee: "Kostnad",
    payer: {
      participant: "Betalas av deltagaren",
      employer: "Betalas av arbetsgivaren",
      program: "Betalas av programmet",
      none: "Kostnadsfritt",
    },
    requirements: "Krav för att slutföra",
    competencies: "Kompetenser",
    illustrative: "illustrativt",
    illustrativeNote: "Vissa uppgifter på sidan är illustrativa: källan anger dem inte. Det gäller",
    illustrativeDates: "Datumen är illustrativa: källan anger dem inte.",
    warnings: "Anmärkningar",
    more: "Mer information",
    kind: {
      gathering: "träff",
      shadowing: "skuggning",
      "mentor-group": "mentorgrupp",
      project: "projekt",
      "self-assessment": "självskattning",
      practice: "praktik",
      course: "kurs",
      plan: "plan",
      other: "övrigt",
    },
  },
  starter: {
    comments: {
      intro:
        "En programfil att börja med, skriven av `cohort init`. Byt ut exemplen mot ditt eget program och kontrollera filen med `cohort validate`. Alla nycklar beskrivs i docs/program-format.md; nycklar du inte behöver kan tas bort (id, name, owner, locale och country är obligatoriska).",
      illustrative:
        "ILLUSTRATIVT: alla datum, tal, namn och regler nedan är exempel, inte fakta. Listan `illustrative` säger detsamma; ta bort posterna där allteftersom du byter ut värdena.",
      id: "Programmets identifierare: små bokstäver, siffror, - och _. Unik i programmappen; ge filen samma namn.",
      name: "Programmets fullständiga namn, som det visas i listor och scheman.",
      owner: "Vem som äger programmet och antar deltagarna.",
      provider: "Vem som står för undervisningen, när det inte är ägaren (valfritt).",
      summary: "Vad programmet är, i ett stycke (valfritt).",
      audience:
        "Vem programmet är till för, i ord (valfritt). Reglerna som avgör vem som antas finns under `eligibility`.",
      status: "Om programmet pågår nu: active, under-revision, paused eller ended.",
      locale:
        "Språket för datum i scheman och för genererade motiveringar: nb, nn, sv, da, fi eller en. Skriv filens texter på detta språk.",
      country: "Landet vars helgdagar datumkontrollerna använder: NO, SE, DK eller FI.",
      intake: "Hur ofta deltagare antas: annual, once, continuous eller undecided.",
      illustrativeKey:
        "Nycklar med exempelvärden i stället för fakta: nyckelvägar med `.` mellan delarna, listelement räknade från 0 (eligibility.all.1).",
      credits:
        "Högskolepoäng, om programmet ger det: ects och level (bachelor, master, phd, none).",
      fee: "Vem som betalar: participant, employer, program eller none; amount, currency (NOK, SEK, DKK, EUR) och note är valfria.",
      application:
        "När ansökan öppnar och stänger (datum skrivs ÅÅÅÅ-MM-DD) och hur man ansöker, i ord. Alla moduler måste börja efter sista ansökningsdag.",
      format:
        "Programmets angivna omfattning: validate kontrollerar att gatherings är antalet moduler och days summan av deras dagar.",
      modules:
        "Träffar med datum. Ange `days` (kalenderdagar, helger inräknade) eller `end` (sista dagen). Validate varnar för moduler på helger och helgdagar.",
      components:
        "Delar utan fasta datum. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan eller other.",
      applicants:
        "Hur ansökningslistan (.csv, .tsv eller .xlsx) läses som typade fält: `id` är rubriken på kolumnen som identifierar en sökande.",
      fields:
        "Ett fält per kolumn som regler, kvoter, spridning och rangordning använder. type: string, number, boolean, date, datetime eller enum (med values); column är rubriken i listan; required: false tillåter tomma celler.",
      eligibility:
        "Vem som kan antas: ett regelträd av all, any, not och fälttester (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Ge varje regel en motivering (reason) på programmets språk.",
      seats: "Hur många som antas och hur platserna fördelas.",
      quotas: "Platser reserverade för grupper av sökande, alla uppdelade efter samma fält.",
      unfilled:
        "Kvotplatser som en grupp inte kan fylla: transfer (går till andra sökande) eller keep-empty.",
      spread: "Gränser per värde av ett fält tvärs över kvoterna: min (ett mål) och max.",
      ranking:
        "Ordningen för behöriga sökande: fält av typen number, date eller datetime, desc eller asc.",
      ties: "Helt lika sökande: lottery (lottning med frö, upprepbar) eller first-come (kräver `timestamp: <fält>`).",
      requirements: "Vad deltagarna måste genomföra.",
      competencies:
        "Ett kompetensramverk (till exempel ledarkrav) kan läggas till under `competencies`: title och areas med items. Se docs/program-format.md.",
    },
    values: {
      name: "Ledarprogram för nya chefer",
      owner: "Vår organisation",
      provider: "Vårt partnerlärosäte",
      summary:
        "Programmet ger nya chefer kunskap, verktyg och nätverk för att leda människor, verksamhet och förändring.",
      audience: "Chefer med personalansvar som har varit chefer i minst ett år",
      how: "Chefen nominerar kandidaten, eller kandidaten ansöker själv med intyg från sin chef.",
      duration: "ett halvår",
      feeNote: "Arbetsgivaren betalar kursavgiften och deltagarens resor.",
      location: "Malmö",
      modules: [
        "Att leda sig själv och andra",
        "Att leda verksamhet och förändring",
        "Ledarskap över gränser",
      ],
      components: [
        {
          id: "mentorsgrupp",
          title: "Mentorsgrupp",
          description: "Små grupper som träffas mellan träffarna tillsammans med en erfaren chef.",
        },
        {
          id: "forbattringsarbete",
          title: "Förbättringsarbete",
          description:
            "Ett arbete i deltagarens egen verksamhet; verksamhetschefen bestämmer ämnet.",
        },
      ],
      applicantId: "Sökande-ID",
      columns: {
        name: "Namn",
        sector: "Huvudman",
        region: "Region",
        leaderSince: "Chef sedan",
        nominated: "Nominerad",
        attestation: "Intygad av chef",
        score: "Poäng",
      },
      sectors: [
        { id: "region", label: "Regionen" },
        { id: "kommun", label: "Kommunerna" },
      ],
      regions: ["norr", "mitt", "väst", "syd"],
      reasons: {
        leaderYear: "Minst ett års erfarenhet som chef vid sista ansökningsdag",
        nomination: "Nominerad av sin chef, eller egen ansökan intygad av chefen",
      },
      requirements: [
        { id: "narvaro", text: "Närvaro vid alla träffar" },
        { id: "projekt", text: "Genomfört förbättringsarbete, redovisat vid sista träffen" },
      ],
      moduleWord: "traff",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Erbjudande om plats: {{program.name}}",
        body: `Hej{{#name}} {{name}}{{/name}}!

Vi har glädjen att erbjuda dig en plats i {{program.name}}.{{#quota}} Du har fått en plats inom kvoten för {{quota}}.{{/quota}}{{#class}} Du är placerad i {{class}}.{{/class}}

{{#firstModule}}
Det första kurstillfället är ”{{title}}”, {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Vi ber dig svara senast {{replyBy}} om du tackar ja till platsen.{{/replyBy}}{{^replyBy}}Vi ber dig svara så snart som möjligt om du tackar ja till platsen.{{/replyBy}} Om du ändå inte kan delta räcker det att du hör av dig, så går platsen vidare till nästa person på reservlistan.

Vi ser fram emot att träffa dig!

Med vänliga hälsningar
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Reservlista: {{program.name}}",
        body: `Hej{{#name}} {{name}}{{/name}}!

Tack för din ansökan till {{program.name}}. Du uppfyller behörighetskraven, men det fanns fler behöriga sökande än platser, och vi kan tyvärr inte erbjuda dig en plats just nu.

{{reason}}

Du står som nummer {{position}} på reservlistan{{#quota}} (nummer {{positionInQuota}} inom kvoten för {{quota}}){{/quota}}. Om en plats blir ledig kontaktar vi sökande i den ordning reservlistan anger.{{#firstModule}} Det första kurstillfället börjar {{start}}.{{/firstModule}}

Med vänliga hälsningar
{{program.owner}}
`,
      },
      declined: {
        subject: "Bekräftelse på att du har tackat nej: {{program.name}}",
        body: `Hej{{#name}} {{name}}{{/name}}!

Vi bekräftar att du har tackat nej till platsen i {{program.name}}. Tack för att du hörde av dig – platsen går nu vidare till nästa person på reservlistan.

Du är varmt välkommen att söka igen vid ett senare antagningstillfälle.

Med vänliga hälsningar
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Besked om din ansökan: {{program.name}}",
        body: `Hej{{#name}} {{name}}{{/name}}!

Tack för din ansökan till {{program.name}}. Vi har prövat den mot behörighetskraven och måste tyvärr meddela att du inte kan antas. Ansökan uppfyller inte följande krav:

{{#reasons}}
- {{.}}
{{/reasons}}

Om du anser att bedömningen bygger på felaktiga eller ofullständiga uppgifter ber vi dig kontakta oss{{#replyBy}} senast {{replyBy}}{{/replyBy}}. Du är välkommen att söka igen vid ett senare antagningstillfälle.

Med vänliga hälsningar
{{program.owner}}
`,
      },
      invalid: {
        subject: "Din ansökan behöver kompletteras: {{program.name}}",
        body: `Hej{{#name}} {{name}}{{/name}}!

Tack för din ansökan till {{program.name}}. Vi har tyvärr inte kunnat behandla den, eftersom vissa uppgifter saknas eller inte går att läsa:

{{#reasons}}
- {{.}}
{{/reasons}}

Vi ber dig kontakta oss{{#replyBy}} senast {{replyBy}}{{/replyBy}}, så hjälper vi dig att komplettera ansökan.

Med vänliga hälsningar
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "erbjuden plats",
      waitlisted: "på reservlistan",
      declined: "tackat nej",
      ineligible: "uppfyller inte behörighetskraven",
      invalid: "ansökan kunde inte behandlas",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "De öppna platserna har gått till sökande som är rangordnade före dig."
          : `Platserna inom kvoten för ${quota} har gått till sökande som är rangordnade före dig.`,
      spreadCap: (value) =>
        `Det högsta antalet platser för ”${value}” är nått, så att deltagarna får den spridning som programmet kräver.`,
      heldForMin:
        "De sista platserna är reserverade för att deltagarna ska få den spridning som programmet kräver.",
      heldForQuota: "De sista platserna är reserverade för att fylla programmets kvoter.",
      heldAlso,
      seatsFull: "Alla platser har gått till sökande som är rangordnade före dig.",
    },
    problem: {
      missing: (column) => `”${column}” saknas`,
      unreadable: (column, value) => `”${column}” har ett värde som inte går att läsa: ”${value}”`,
      duplicate: (column, value) =>
        `${column} ”${value}” förekommer mer än en gång i listan över sökande`,
      row: "raden i listan över sökande har fel antal fält",
      choice: (column, value) =>
        `”${column}” ska ange programmets klasser eller studieorter, var och en en gång, i prioritetsordning; vi kunde inte läsa: ”${value}”`,
    },
  },
};
