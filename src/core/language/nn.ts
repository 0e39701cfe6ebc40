/**
 * Norwegian Nynorsk: every word cohort writes in this language. Where Nynorsk
 * and Bokmål write the same word, it is taken from nb.ts.
 */

import { cellProblems } from "./cell-problems/nn.js";
import { completion } from "./completion/nn.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/nn.js";
import { inputErrors, invalidProgram } from "./input-errors/nn.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/nn.js";
import { letterNotes } from "./letter-notes/nn.js";
import { list } from "./list/nn.js";
import { nb } from "./nb.js";
import { progress } from "./progress/nn.js";
import { rosterProblems } from "./roster-problems/nn.js";
import { teams } from "./teams/nn.js";
import { templateFaults } from "./template-faults/nn.js";
import { terminal } from "./terminal/nn.js";
import { together } from "./together/nn.js";
import { warnings } from "./warnings/nn.js";
import { xlsxDamage } from "./xlsx-damage/nn.js";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const decision: DecisionWords = {
  problems: {
    expected: (w) => `forventa ${w}`,
    kinds: {
      boolean: "ja/nei, yes/no, true/false, 1/0 eller x",
      number: "eit tal (1234,5 eller 1234.5)",
      date: "ein dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ",
      datetime: "dato og klokkeslett ÅÅÅÅ-MM-DD TT:MM",
      enum: "éin av dei oppgjevne verdiane",
      string: "tekst",
    },
    oneOf: (v) => `éin av ${v}`,
    required: "ein påkravd verdi manglar",
    idMissing: "manglar",
    rowWidth: (c, w) => `rada har ${c} ${c === 1 ? "celle" : "celler"}, overskriftsrada ${w}`,
    duplicateId: (l) => `same søkjar-ID står òg på linje ${l}`,
    more: (n) => `${n} til`,
  },
  verdicts: { eligible: "kvalifisert", ineligible: "ikkje kvalifisert", invalid: "ugyldig" },
  outcomes: {
    admitted: "teken opp",
    waitlisted: "på venteliste",
    declined: "takka nei",
    ineligible: "ikkje kvalifisert",
    invalid: "ugyldig",
  },
  reasons: {
    admittedQuota: (q, r) => `teken opp i kvoten ${q}, rangert som nr. ${r}`,
    admittedOpen: (r) => `teken opp på ein open plass, rangert som nr. ${r}`,
    admittedTransferred: (r, from) =>
      `teken opp på ein overført plass${from ? ` frå kvoten ${from}` : ""}, rangert som nr. ${r}`,
    openSeatsFull: (a, s) => `plassane for søkjarar utanfor kvotane er fylte, ${a}/${s}`,
    quotaFull: (q, a, s, x) =>
      `kvoten ${q} er full, ${a}/${s}${x > 0 ? ` og ${x} ${plural(x, "overført plass", "overførte plassar")} er i bruk` : ""}`,
    spreadCap: (v, a, max) => `taket for ${v} er nådd, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `plassen blir halden av til minstetalet for ${v}, ${a}/${min}${values.length > 1 ? ` (minstetal for ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `plassen blir halden av til kvoten ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `dei attverande plassane trengst for å oppfylle kvotane og minstetala, ${a}/${t} fylte`,
    seatsFull: (a, t) => `alle plassane er fylte, ${a}/${t}`,
    classFull: (a, s) => `alle ${s} plassane er tekne av søkjarar rangerte framfor, ${a}/${s}`,
    placed: (c, k, n) => `plassert i ${c}${n > 1 ? `, val ${k} av ${n}` : ""}`,
    anyClass: "kva klasse som helst",
    declined: "takka nei til plassen som vart tilboden",
    notEligible: (r) => `ikkje kvalifisert: ${r}`,
    invalidRow: (line, p) => `ugyldig rad (linje ${line}): ${p}`,
    openSeats: "opne plassar",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (s, w, r) =>
      `minstetalet for ${s} er ${w}, men berre ${r} kan oppfyllast saman med dei andre minstetala`,
    minFromPool: (s, w, r) =>
      `minstetalet for ${s} er ${w}, men dei kvalifiserte søkjarane kan berre fylle ${r}`,
    quotaWithOthers: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plass", "plassar")}, men berre ${r} kan fyllast saman med minstetala og dei andre kvotane`,
    quotaFromPool: (q, w, r) =>
      `kvoten ${q} har ${w} ${plural(w, "plass", "plassar")}, men berre ${r} kan fyllast av dei kvalifiserte søkjarane i kvoten`,
    seatsUnfilled: (w, r) =>
      `${w} ${plural(w, "plass", "plassar")}, men berre ${r} kan fyllast innanfor reglane`,
    keptOverLimit: (s, r, w) =>
      `${s}: tidlegare opptak går allereie over ei grense (${r} mot ${w})`,
  },
  tables: {
    applicant: "søkjar",
    line: "linje",
    verdict: "vurdering",
    why: "grunngiving",
    rank: "nr.",
    quota: "kvote",
    reason: "grunngiving",
    inQuota: "# i kvote",
    whyNotYet: "kvifor ikkje (enno)",
    newlyOfferedMark: "(ny)",
    admittedHeading: (n) => `tekne opp (${n})`,
    waitlistHeading: (n) => `Venteliste (${n})`,
    invalidHeading: (n) => `Ugyldige rader (${n})`,
    empty: "(tom)",
    noId: "(ingen id)",
    noValue: "(ingen)",
    nobody: "ingen",
    declinedLine: (d, o) => `takka nei: ${d}; nytt tilbod: ${o}`,
    classColumn: "Klasse",
    choiceColumn: "Val",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a} av ${n} plassar`,
  },
  summary: {
    applicants: (n) => `${n} ${plural(n, "søkjar", "søkjarar")}`,
    eligible: (n) => `${n} ${plural(n, "kvalifisert", "kvalifiserte")}`,
    ineligible: (n) => `${n} ${plural(n, "ikkje kvalifisert", "ikkje kvalifiserte")}`,
    invalid: (n) => `${n} ${plural(n, "ugyldig", "ugyldige")}`,
    emptyRows: (n) => `${n} ${plural(n, "tom rad", "tomme rader")} hoppa over`,
    admitted: (n) => `${n} ${plural(n, "teken", "tekne")} opp`,
    waitlisted: (n) => `${n} på venteliste`,
    declined: (n) => `${n} takka nei`,
    transferred: (n) => `${n} ${plural(n, "overført", "overførte")}`,
    seats: (a, s) => `Plassar: ${a}/${s} fylte`,
    seatsFilled: (a, s) => `${a}/${s} plassar fylte`,
    atMost: (t) => `høgst ${t} kan fyllast innanfor reglane`,
    perQuota: "Per kvote",
    perValue: (f) => `Fordeling etter ${f}`,
    perClass: "Per klasse",
    min: "min.",
    max: "maks.",
    warning: "åtvaring",
    seed: "frø",
    seedFromHashes: "rekna ut frå hashverdiane til inndatafilene",
    newlyOffered: (ids) => `nytt tilbod: ${ids}`,
    missingCarried: (c) => `lista har ingen kolonne «${c}» å ta med i resultata; kolonnen står tom`,
  },
  explain: {
    heading: (p, id, line) => `${p}: søkjar ${id} (linje ${line})`,
    invalid: (p, id, line) => `${p}: søkjar ${id} (linje ${line}) er ugyldig:`,
    pass: "oppfylt",
    fail: "ikkje oppfylt",
    value: "verdi",
    rule: "regel",
  },
  workbook: {
    admittedSheet: "Tekne opp",
    waitlistSheet: "Venteliste",
    notAdmittedSheet: "Ikkje tekne opp",
    summarySheet: "Samandrag",
    applicant: "Søkjar",
    outcome: "Utfall",
    quota: "Kvote",
    rank: "Rangering",
    waitlist: "Venteliste",
    waitlistInQuota: "Venteliste i kvote",
    code: "Kode",
    reason: "Grunngiving",
    program: "Program",
    seed: "Frø",
    seats: "Plassar",
    admitted: "Tekne opp",
    transferred: "Overførte",
    min: "Min.",
    max: "Maks.",
    warning: "Åtvaring",
    class: "Klasse",
    choice: "Val",
    choices: "Prioriterte val",
    site: "Stad",
    applicantsSheet: "Søkjarar",
    line: "Linje",
    verdict: "Vurdering",
    problems: "Feil i rada",
    applicants: "Søkjarar",
    eligible: "Kvalifiserte",
    ineligible: "Ikkje kvalifiserte",
    invalid: "Ugyldige",
    waitlisted: "På venteliste",
    declined: "Takka nei",
    emptyRows: "Tomme rader hoppa over",
  },
};

export const nn: Language = {
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
    ...nb.rules,
    missing: "manglar",
    reason: {
      ...nb.rules.reason,
      any: "minst eitt av",
      not: "ikkje",
      oneOf: (f, v) => `${f} er ein av ${v}`,
      absent: (f) => `${f} er ikkje fylt ut`,
    },
    page: {
      ...nb.rules.page,
      all: "Alle desse:",
      any: "Minst eitt av desse:",
      not: "Ikkje:",
      noneOf: (f, v) => `${f} er ikkje ${v}`,
      gt: (f, v) => `${f} er meir enn ${v}`,
      lte: (f, v) => `${f} er høgst ${v}`,
      onOrBefore: (f, v) => `${f} er seinast ${v}`,
      onOrAfter: (f, v) => `${f} er tidlegast ${v}`,
      absent: (f) => `${f} er ikkje oppgitt`,
    },
  },
  dates: nb.dates,
  decision,
  schedule: {
    ...nb.schedule,
    days: "Dagar",
    location: "Stad",
    schedule: "Samlingar",
    components: "Delar utan faste datoar",
    totals: (g, d) => `${g} samling${g === 1 ? "" : "ar"}, ${d} dag${d === 1 ? "" : "ar"}`,
    noModules: "Ingen daterte samlingar.",
    omitted: (n) => `${n} samling${n === 1 ? "" : "ar"} utanfor perioden er utelatne.`,
    owner: "Eigar",
    provider: "Tilbydar",
    opens: "Søknaden opnar",
    howToApply: "Slik søkjer du",
    seatsTotal: (n) => `${n} plassar`,
    unfilled: {
      transfer: "Ledige plassar i éin kvote går til dei andre.",
      "keep-empty": "Ledige plassar i ein kvote står tomme.",
    },
    limit: (min, max) =>
      [min !== undefined ? `minst ${min}` : "", max !== undefined ? `høgst ${max}` : ""]
        .filter(Boolean)
        .join(" og "),
    perValue: "per verdi",
    quotas: "Kvotar",
    duration: "Varigheit",
    seats: "Plassar",
    level: { bachelor: "bachelornivå", master: "masternivå", phd: "ph.d.-nivå", none: "utan nivå" },
    payer: {
      participant: "Betalast av deltakaren",
      employer: "Betalast av arbeidsgivaren",
      program: "Dekt av programmet",
      none: "Gratis",
    },
    requirements: "Krav for å fullføre",
    competencies: "Kompetansar",
    illustrative: "illustrativt",
    illustrativeNote:
      "Nokre verdiar på denne sida er illustrative: kjelda oppgir dei ikkje. Det gjeld",
    illustrativeDates: "Datoane er illustrative: kjelda oppgir dei ikkje.",
    more: "Meir informasjon",
    kind: {
      ...nb.schedule.kind,
      "self-assessment": "eigenvurdering",
      practice: "praksis",
      other: "anna",
    },
  },
  starter: {
    comments: {
      intro:
        "Ei programfil å byrje med, skriven av `cohort init`. Byt ut døma med ditt eige program, og sjekk fila med `cohort validate`. Alle nøklane er skildra i docs/program-format.md; nøklar du ikkje treng, kan slettast (id, name, owner, locale og country er påkravde).",
      illustrative:
        "ILLUSTRATIVT: alle datoar, tal, namn og reglar nedanfor er døme, ikkje fakta. Lista `illustrative` seier det same; fjern oppføringane der etter kvart som du byter ut verdiane.",
      id: "Identifikatoren til programmet: små bokstavar, siffer, - og _. Eintydig i programmappa; gi fila same namn.",
      name: "Det fulle namnet på programmet, slik det blir vist i lister og timeplanar.",
      owner: "Kven som eig programmet og tek opp deltakarane.",
      provider: "Kven som står for undervisninga, når det ikkje er eigaren (valfritt).",
      summary: "Kva programmet er, i eit avsnitt (valfritt).",
      audience:
        "Kven programmet er for, med ord (valfritt). Reglane som avgjer kven som blir tekne opp, står under `eligibility`.",
      status: "Om programmet går no: active, under-revision, paused eller ended.",
      locale:
        "Språket for datoar i timeplanar og for genererte grunngivingar: nb, nn, sv, da, fi eller en. Skriv tekstane i fila på dette språket.",
      country: "Landet som heilagdagane til datosjekkane kjem frå: NO, SE, DK eller FI.",
      intake: "Kor ofte det blir teke opp deltakarar: annual, once, continuous eller undecided.",
      illustrativeKey:
        "Nøklar med dømeverdiar i staden for fakta: nøkkelstiar med `.` mellom delane, listeelement talde frå 0 (eligibility.all.1).",
      credits: "Studiepoeng, viss programmet gir det: ects og level (bachelor, master, phd, none).",
      fee: "Kven som betaler: participant, employer, program eller none; amount, currency (NOK, SEK, DKK, EUR) og note er valfrie.",
      application:
        "Når søknadsperioden opnar og stengjer (datoar blir skrivne ÅÅÅÅ-MM-DD), og korleis ein søkjer, med ord. Alle modular må starte etter søknadsfristen.",
      format:
        "Det oppgitte omfanget til programmet: validate sjekkar at gatherings er talet på modular og days summen av dagane deira.",
      modules:
        "Samlingar med datoar. Oppgi `days` (kalenderdagar, helger medrekna) eller `end` (siste dag). Validate åtvarar mot modular i helger og på heilagdagar.",
      components:
        "Delar utan faste datoar. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan eller other.",
      applicants:
        "Korleis søkjarlista (.csv, .tsv eller .xlsx) blir lesen som typa felt: `id` er overskrifta på kolonnen som identifiserer ein søkjar.",
      fields:
        "Eitt felt per kolonne som reglar, kvotar, spreiing og rangering brukar. type: string, number, boolean, date, datetime eller enum (med values); column er overskrifta i lista; required: false tillèt tomme celler.",
      eligibility:
        "Kven som kan takast opp: eit regeltre av all, any, not og felttestar (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Gi kvar regel ei grunngiving (reason) på språket til programmet.",
      seats: "Kor mange som blir tekne opp, og korleis plassane blir fordelte.",
      quotas: "Plassar som er sette av til grupper av søkjarar, alle delte etter same felt.",
      unfilled:
        "Kvoteplassar ei gruppe ikkje kan fylle: transfer (går til andre søkjarar) eller keep-empty.",
      spread: "Grenser per verdi av eitt felt på tvers av kvotane: min (eit mål) og max.",
      ranking:
        "Rekkjefølgja for kvalifiserte søkjarar: felt av typen number, date eller datetime, desc eller asc.",
      ties: "Heilt like søkjarar: lottery (loddtrekning med frø, kan gjentakast) eller first-come (krev `timestamp: <felt>`).",
      requirements: "Kva deltakarane må gjennomføre.",
      competencies:
        "Eit kompetanserammeverk (til dømes leiarkrav) kan leggjast til under `competencies`: title og areas med items. Sjå docs/program-format.md.",
    },
    values: {
      name: "Leiarprogram for nye leiarar",
      owner: "Organisasjonen vår",
      provider: "Samarbeidspartnaren vår i høgare utdanning",
      summary:
        "Programmet gir nye leiarar kunnskap, verktøy og nettverk for å leie menneske, drift og endring.",
      audience: "Leiarar med personalansvar som har vore leiarar i minst eitt år",
      how: "Leiaren nominerer kandidaten, eller kandidaten søkjer sjølv med stadfesting frå leiaren sin.",
      duration: "eit halvt år",
      feeNote: "Arbeidsgivaren dekkjer kursavgifta og reisene til deltakaren.",
      location: "Bergen",
      modules: ["Å leie seg sjølv og andre", "Å leie drift og endring", "Leiing på tvers"],
      components: [
        {
          id: "mentorgruppe",
          title: "Mentorgruppe",
          description: "Små grupper som møtest mellom samlingane saman med ein røynd leiar.",
        },
        {
          id: "forbetringsprosjekt",
          title: "Forbetringsprosjekt",
          description:
            "Eit prosjekt i eiga eining til deltakaren; avdelingsleiaren bestemmer temaet.",
        },
      ],
      applicantId: "Søkjar-ID",
      columns: {
        name: "Namn",
        sector: "Sektor",
        region: "Region",
        leaderSince: "Leiar sidan",
        nominated: "Nominert",
        attestation: "Stadfesta av leiar",
        score: "Poeng",
      },
      sectors: [
        { id: "sjukehus", label: "Spesialisthelsetenesta" },
        { id: "kommune", label: "Kommunehelsetenesta" },
      ],
      regions: ["nord", "midt", "vest", "sør-aust"],
      reasons: {
        leaderYear: "Minst eitt års leiarerfaring ved søknadsfristen",
        nomination: "Nominert av leiar, eller eigen søknad stadfesta av leiar",
      },
      requirements: [
        { id: "oppmote", text: "Deltaking på alle samlingane" },
        { id: "prosjekt", text: "Gjennomført forbetringsprosjekt, lagt fram på siste samling" },
      ],
      moduleWord: "samling",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Tilbod om plass: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Vi har gleda av å tilby deg plass i {{program.name}}.{{#quota}} Du har fått plass i kvoten for {{quota}}.{{/quota}}{{#class}} Du er sett opp på {{class}}.{{/class}}

{{#firstModule}}
Første samling er «{{title}}», {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Vi ber deg svare innan {{replyBy}} om du tek imot plassen.{{/replyBy}}{{^replyBy}}Vi ber deg svare så snart som mogleg om du tek imot plassen.{{/replyBy}} Om du likevel ikkje kan delta, gjev du berre beskjed, så går plassen vidare til nestemann på ventelista.

Vi gler oss til å ha deg med!

Med venleg helsing
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Venteliste: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Du oppfyller opptakskrava, men det var fleire kvalifiserte søkjarar enn plassar, og vi kan diverre ikkje tilby deg plass no.

{{reason}}

Du står som nummer {{position}} på ventelista{{#quota}} (nummer {{positionInQuota}} i kvoten for {{quota}}){{/quota}}. Vert ein plass ledig, tek vi kontakt etter rekkjefølgja på ventelista.{{#firstModule}} Første samling byrjar {{start}}.{{/firstModule}}

Med venleg helsing
{{program.owner}}
`,
      },
      declined: {
        subject: "Stadfesting av at du har takka nei: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Vi stadfestar at du har takka nei til plassen i {{program.name}}. Takk for at du gav oss beskjed – plassen går no vidare til nestemann på ventelista.

Du er hjarteleg velkomen til å søkje igjen ved eit seinare opptak.

Med venleg helsing
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Svar på søknaden din: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Vi har vurdert han opp mot opptakskrava og må diverre gje deg avslag. Søknaden oppfyller ikkje følgjande krav:

{{#reasons}}
- {{.}}
{{/reasons}}

Meiner du at vurderinga byggjer på feil eller manglande opplysningar, ber vi deg kontakte oss{{#replyBy}} innan {{replyBy}}{{/replyBy}}. Du er velkomen til å søkje igjen ved eit seinare opptak.

Med venleg helsing
{{program.owner}}
`,
      },
      invalid: {
        subject: "Søknaden din må rettast: {{program.name}}",
        body: `Hei{{#name}} {{name}}{{/name}},

Takk for søknaden din til {{program.name}}. Vi har diverre ikkje kunna behandle han, fordi nokre opplysningar manglar eller ikkje let seg lese:

{{#reasons}}
- {{.}}
{{/reasons}}

Vi ber deg kontakte oss{{#replyBy}} innan {{replyBy}}{{/replyBy}}, så hjelper vi deg med å rette opp søknaden.

Med venleg helsing
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "tilboden plass",
      waitlisted: "på venteliste",
      declined: "takka nei",
      ineligible: "oppfyller ikkje opptakskrava",
      invalid: "søknaden kunne ikkje behandlast",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "Dei opne plassane er fylte av søkjarar som er rangerte framfor deg."
          : `Plassane i kvoten for ${quota} er fylte av søkjarar som er rangerte framfor deg.`,
      spreadCap: (value) =>
        `Det høgaste talet på plassar for «${value}» er nådd, slik at deltakarane får den spreiinga programmet krev.`,
      heldForMin:
        "Dei siste plassane er haldne av for å sikre den spreiinga blant deltakarane som programmet krev.",
      heldForQuota: "Dei siste plassane er haldne av for å fylle kvotane programmet har.",
      heldAlso,
      seatsFull: "Alle plassane er fylte av søkjarar som er rangerte framfor deg.",
    },
    problem: {
      missing: (column) => `«${column}» manglar`,
      unreadable: (column, value) => `«${column}» har ein verdi vi ikkje kan lese: «${value}»`,
      duplicate: (column, value) => `${column} «${value}» står meir enn éin gong i søkjarlista`,
      row: "rada i søkjarlista har feil tal på felt",
      choice: (column, value) =>
        `«${column}» må liste opp klassar eller studiestader i programmet, kvar éin gong, i prioritert rekkjefølgje; vi kunne ikkje lese: «${value}»`,
    },
  },
};
