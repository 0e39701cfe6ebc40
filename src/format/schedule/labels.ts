/**
 * Words of the pages cohort writes for participants (markdown and HTML
 * schedules), in each program language. The terminal table stays in English
 * like the rest of the CLI; only its dates follow the program's locale.
 */
import type { Locale, Program, ProgramComponent } from "../../core/program/schema.js";

type Payer = NonNullable<Program["fee"]>["payer"];
type Level = NonNullable<Program["credits"]>["level"];
type Kind = ProgramComponent["kind"];

export interface Labels {
  number: string;
  module: string;
  start: string;
  end: string;
  days: string;
  location: string;
  schedule: string;
  timeline: string;
  components: string;
  totals: (gatherings: number, days: number) => string;
  noModules: string;
  omitted: (n: number) => string;
  owner: string;
  provider: string;
  audience: string;
  about: string;
  application: string;
  opens: string;
  deadline: string;
  howToApply: string;
  eligibility: string;
  seats: string;
  seatsTotal: (n: number) => string;
  unfilled: { transfer: string; "keep-empty": string };
  /** "at least 4 and at most 14" */
  limit: (min: number | undefined, max: number | undefined) => string;
  perValue: string;
  quotas: string;
  duration: string;
  credits: string;
  level: Record<Level, string>;
  fee: string;
  payer: Record<Payer, string>;
  requirements: string;
  competencies: string;
  illustrative: string;
  illustrativeNote: string;
  illustrativeDates: string;
  warnings: string;
  more: string;
  kind: Record<Kind, string>;
  yes: string;
  no: string;
}

const nb: Labels = {
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
  yes: "ja",
  no: "nei",
};

const nn: Labels = {
  ...nb,
  days: "Dagar",
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
  kind: { ...nb.kind, practice: "praksis", other: "anna" },
  yes: "ja",
  no: "nei",
};

const sv: Labels = {
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
  yes: "ja",
  no: "nej",
};

const da: Labels = {
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
  yes: "ja",
  no: "nej",
};

const fi: Labels = {
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
  yes: "kyllä",
  no: "ei",
};

const en: Labels = {
  number: "No.",
  module: "Module",
  start: "Start",
  end: "End",
  days: "Days",
  location: "Location",
  schedule: "Modules",
  timeline: "Timeline",
  components: "Parts without fixed dates",
  totals: (g, d) => `${g} gathering${g === 1 ? "" : "s"}, ${d} day${d === 1 ? "" : "s"}`,
  noModules: "No dated modules.",
  omitted: (n) => `${n} module${n === 1 ? "" : "s"} outside the period left out.`,
  owner: "Owner",
  provider: "Provider",
  audience: "Audience",
  about: "About the program",
  application: "Application",
  opens: "Applications open",
  deadline: "Application deadline",
  howToApply: "How to apply",
  eligibility: "Eligibility",
  seats: "Seats",
  seatsTotal: (n) => `${n} seats`,
  unfilled: {
    transfer: "Seats a quota cannot fill go to the others.",
    "keep-empty": "Seats a quota cannot fill stay empty.",
  },
  limit: (min, max) =>
    [min !== undefined ? `at least ${min}` : "", max !== undefined ? `at most ${max}` : ""]
      .filter(Boolean)
      .join(" and "),
  perValue: "per value",
  quotas: "Quotas",
  duration: "Duration",
  credits: "Credits",
  level: { bachelor: "bachelor level", master: "master level", phd: "PhD level", none: "no level" },
  fee: "Fee",
  payer: {
    participant: "Paid by the participant",
    employer: "Paid by the employer",
    program: "Paid by the program",
    none: "Free",
  },
  requirements: "Requirements for completion",
  competencies: "Competencies",
  illustrative: "illustrative",
  illustrativeNote:
    "Some values on this page are illustrative: the source does not give them. This applies to",
  illustrativeDates: "The dates are illustrative: the source does not give them.",
  warnings: "Notes",
  more: "More information",
  kind: {
    gathering: "gathering",
    shadowing: "shadowing",
    "mentor-group": "mentor group",
    project: "project",
    "self-assessment": "self-assessment",
    practice: "practice",
    course: "course",
    plan: "plan",
    other: "other",
  },
  yes: "yes",
  no: "no",
};

export const LABELS: Record<Locale, Labels> = { nb, nn, sv, da, fi, en };

export const labelsFor = (locale: Locale): Labels => LABELS[locale];
