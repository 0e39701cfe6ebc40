/**
 * English: every word cohort writes in this language. Its dates are British
 * (day before month), as src/format/schedule/dates.ts says.
 */

import { cellProblems } from "./cell-problems/en.js";
import { completion } from "./completion/en.js";
import type { DecisionWords } from "./decision-words.js";
import { init } from "./init/en.js";
import { inputErrors, invalidProgram } from "./input-errors/en.js";
import type { Language } from "./language.js";
import { heldAlso } from "./letter-held/en.js";
import { letterNotes } from "./letter-notes/en.js";
import { list } from "./list/en.js";
import { MONTHS } from "./months/en.js";
import { progress } from "./progress/en.js";
import { rosterProblems } from "./roster-problems/en.js";
import { COMPARISON_SYMBOLS } from "./rule-words.js";
import { teams } from "./teams/en.js";
import { templateFaults } from "./template-faults/en.js";
import { terminal } from "./terminal/en.js";
import { together } from "./together/en.js";
import { warnings } from "./warnings/en.js";
import { xlsxDamage } from "./xlsx-damage/en.js";

const s = (n: number) => (n === 1 ? "" : "s");

const decision: DecisionWords = {
  problems: {
    expected: (w) => `expected ${w}`,
    kinds: {
      boolean: "ja/nei, yes/no, true/false, 1/0 or x",
      number: "a number (1234,5 or 1234.5)",
      date: "a date YYYY-MM-DD or DD.MM.YYYY",
      datetime: "a date and time YYYY-MM-DD HH:MM",
      enum: "one of the declared values",
      string: "text",
    },
    oneOf: (v) => `one of ${v}`,
    required: "a required value is missing",
    idMissing: "the applicant id is missing",
    rowWidth: (c, w) => `the row has ${c} cell${c === 1 ? "" : "s"}, the header ${w}`,
    duplicateId: (l) => `duplicate applicant id: also on line ${l}`,
    more: (n) => `${n} more`,
  },
  verdicts: { eligible: "eligible", ineligible: "ineligible", invalid: "invalid" },
  outcomes: {
    admitted: "admitted",
    waitlisted: "waitlisted",
    declined: "declined",
    ineligible: "ineligible",
    invalid: "invalid",
  },
  reasons: {
    admittedQuota: (q, r) => `admitted, quota ${q}, rank ${r}`,
    admittedOpen: (r) => `admitted, an open seat, rank ${r}`,
    admittedTransferred: (r, from) =>
      `admitted, rank ${r}, on a seat transferred${from ? ` from quota ${from}` : ""}`,
    openSeatsFull: (a, n) => `the seats open to applicants outside the quotas are full, ${a}/${n}`,
    quotaFull: (q, a, n, x) =>
      `quota ${q} full, ${a}/${n}${x > 0 ? ` and ${x} transferred seat${s(x)} taken` : ""}`,
    spreadCap: (v, a, max) => `cap reached for ${v}, ${a}/${max}`,
    heldForMin: (v, a, min, values) =>
      `seat held for the ${v} minimum, ${a}/${min}${values.length > 1 ? ` (minimums of ${values.join(", ")})` : ""}`,
    heldForQuota: (q, a, t) => `seat held for quota ${q}, ${a}/${t}`,
    seatsHeld: (a, t) =>
      `the remaining seats are needed to meet the quotas and minimums, ${a}/${t} filled`,
    seatsFull: (a, t) => `all seats filled, ${a}/${t}`,
    classFull: (a, s) => `all ${s} seats taken by higher-ranked applicants, ${a}/${s}`,
    placed: (c, k, n) => `placed in ${c}${n > 1 ? `, choice ${k} of ${n}` : ""}`,
    anyClass: "any class",
    declined: "declined the offered seat",
    notEligible: (r) => `not eligible: ${r}`,
    invalidRow: (line, p) => `invalid row (line ${line}): ${p}`,
    openSeats: "open seats",
    valueOfField: (value, field) => `${value} (${field})`,
    // Several constraints that decided together.
    together,
  },
  relaxations: {
    minWithOthers: (subject, w, r) =>
      `the minimum for ${subject} is ${w}, but only ${r} can be met together with the other minimums`,
    minFromPool: (subject, w, r) =>
      `the minimum for ${subject} is ${w}, but the eligible pool can fill only ${r}`,
    quotaWithOthers: (q, w, r) =>
      `quota ${q} has ${w} seat${s(w)}, but only ${r} can be filled together with the minimums and the other quotas`,
    quotaFromPool: (q, w, r) =>
      `quota ${q} has ${w} seats, but only ${r} can be filled from its eligible applicants`,
    seatsUnfilled: (w, r) => `${w} seats, but only ${r} can be filled within the rules`,
    keptOverLimit: (subject, r, w) =>
      `${subject}: earlier admissions already exceed a limit (${r} against ${w})`,
  },
  tables: {
    applicant: "applicant",
    line: "line",
    verdict: "verdict",
    why: "why",
    rank: "rank",
    quota: "quota",
    reason: "reason",
    inQuota: "quota #",
    whyNotYet: "why not (yet)",
    newlyOfferedMark: "(new)",
    admittedHeading: (n) => `admitted (${n})`,
    waitlistHeading: (n) => `Waitlist (${n})`,
    invalidHeading: (n) => `Invalid rows (${n})`,
    empty: "(empty)",
    noId: "(no id)",
    noValue: "(none)",
    nobody: "nobody",
    declinedLine: (d, o) => `declined: ${d}; newly offered: ${o}`,
    classColumn: "Class",
    choiceColumn: "Choice",
    classHeading: (l, s, a, n) => `${l} (${s}): ${a} of ${n} seats`,
  },
  // The counts read as they always have, for the scripts and tests that grep them.
  summary: {
    applicants: (n) => `${n} applicants`,
    eligible: (n) => `${n} eligible`,
    ineligible: (n) => `${n} ineligible`,
    invalid: (n) => `${n} invalid`,
    emptyRows: (n) => `${n} empty ${n === 1 ? "row" : "rows"} skipped`,
    admitted: (n) => `${n} admitted`,
    waitlisted: (n) => `${n} waitlisted`,
    declined: (n) => `${n} declined`,
    transferred: (n) => `${n} transferred`,
    seats: (a, n) => `Seats: ${a}/${n} filled`,
    seatsFilled: (a, n) => `${a}/${n} seats filled`,
    atMost: (t) => `at most ${t} can be filled within the rules`,
    perQuota: "Per quota",
    perValue: (f) => `Per ${f}`,
    perClass: "Per class",
    min: "min",
    max: "max",
    warning: "warning",
    seed: "seed",
    seedFromHashes: "from the input hashes",
    newlyOffered: (ids) => `newly offered: ${ids}`,
    missingCarried: (c) =>
      `the list has no column “${c}” to carry into the results; it is left empty`,
  },
  explain: {
    heading: (p, id, line) => `${p}: applicant ${id} (line ${line})`,
    invalid: (p, id, line) => `${p}: applicant ${id} (line ${line}) is invalid:`,
    pass: "pass",
    fail: "fail",
    value: "value",
    rule: "rule",
  },
  workbook: {
    admittedSheet: "Admitted",
    waitlistSheet: "Waitlist",
    notAdmittedSheet: "Not admitted",
    summarySheet: "Summary",
    applicant: "Applicant",
    outcome: "Outcome",
    quota: "Quota",
    rank: "Rank",
    waitlist: "Waitlist",
    waitlistInQuota: "Waitlist in quota",
    code: "Code",
    reason: "Reason",
    program: "Program",
    seed: "Seed",
    seats: "Seats",
    admitted: "Admitted",
    transferred: "Transferred",
    min: "Min",
    max: "Max",
    warning: "Warning",
    class: "Class",
    choice: "Choice",
    choices: "Choices",
    site: "Site",
    applicantsSheet: "Applicants",
    line: "Line",
    verdict: "Verdict",
    problems: "Problems",
    applicants: "Applicants",
    eligible: "Eligible",
    ineligible: "Ineligible",
    invalid: "Invalid",
    waitlisted: "Waitlisted",
    declined: "Declined",
    emptyRows: "Empty rows skipped",
  },
};

export const en: Language = {
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
    yes: "yes",
    no: "no",
    or: "or",
    missing: "missing",
    reason: {
      ...COMPARISON_SYMBOLS,
      all: "all of",
      any: "at least one of",
      not: "not",
      is: (f, v) => `${f} is ${v}`,
      oneOf: (f, v) => `${f} is one of ${v}`,
      noneOf: (f, v) => `${f} is none of ${v}`,
      onOrBefore: (f, v) => `${f} is on or before ${v}`,
      onOrAfter: (f, v) => `${f} is on or after ${v}`,
      present: (f) => `${f} is given`,
      absent: (f) => `${f} is not given`,
    },
    page: {
      all: "All of these:",
      any: "At least one of these:",
      not: "Not:",
      is: (f, v) => `${f} is ${v}`,
      oneOf: (f, v) => `${f} is ${v}`,
      noneOf: (f, v) => `${f} is not ${v}`,
      gte: (f, v) => `${f} is at least ${v}`,
      gt: (f, v) => `${f} is more than ${v}`,
      lte: (f, v) => `${f} is at most ${v}`,
      lt: (f, v) => `${f} is less than ${v}`,
      onOrBefore: (f, v) => `${f} is on or before ${v}`,
      onOrAfter: (f, v) => `${f} is on or after ${v}`,
      present: (f) => `${f} is given`,
      absent: (f) => `${f} is not given`,
    },
  },
  dates: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  decision,
  schedule: {
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
    level: {
      bachelor: "bachelor level",
      master: "master level",
      phd: "PhD level",
      none: "no level",
    },
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
  },
  starter: {
    comments: {
      intro:
        "A starter program file written by `cohort init`. Replace the examples with your program, then check the file with `cohort validate`. Every key is described in docs/program-format.md; keys you do not need can be deleted (id, name, owner, locale and country are required).",
      illustrative:
        "ILLUSTRATIVE: every date, number, name and rule below is an example, not a fact. The `illustrative` list says so too; remove its entries as you replace the values.",
      id: "Identifier of the program: lower-case letters, digits, - and _. Unique in the programs folder; name the file after it.",
      name: "The program's full name, as shown in lists and schedules.",
      owner: "Who owns the program and admits the participants.",
      provider: "Who delivers the teaching, when that is not the owner (optional).",
      summary: "What the program is, in a paragraph (optional).",
      audience:
        "Who the program is for, in words (optional). The rules that decide who is admitted are under `eligibility`.",
      status: "Whether the program runs now: active, under-revision, paused or ended.",
      locale:
        "Language of dates in schedules and of generated reasons: nb, nn, sv, da, fi or en. Write the texts of the file in this language.",
      country: "Country whose public holidays the date checks use: NO, SE, DK or FI.",
      intake: "How often participants are taken in: annual, once, continuous or undecided.",
      illustrativeKey:
        "Keys whose values are examples rather than facts: key paths with `.` between the parts, list items counted from 0 (eligibility.all.1).",
      credits:
        "Study points, if the program gives any: ects and level (bachelor, master, phd, none).",
      fee: "Who pays: participant, employer, program or none; amount, currency (NOK, SEK, DKK, EUR) and note are optional.",
      application:
        "When applications open and close (dates are YYYY-MM-DD), and how to apply, in words. Every module must start after the deadline.",
      format:
        "The declared shape of the program: validate checks that gatherings is the number of modules and days the sum of their days.",
      modules:
        "Dated gatherings. Give `days` (calendar days, weekends included) or `end` (the last day). Validate warns about modules on weekends and public holidays.",
      components:
        "Parts without fixed dates. kind: gathering, shadowing, mentor-group, project, self-assessment, practice, course, plan or other.",
      applicants:
        "How the applicant list (.csv, .tsv or .xlsx) maps to typed fields: `id` is the header of the column that identifies an applicant.",
      fields:
        "One field per column that rules, quotas, spread and ranking use. type: string, number, boolean, date, datetime or enum (with values); column is the header in the list; required: false allows empty cells.",
      eligibility:
        "Who may be admitted: a rule tree of all, any, not and field tests (equals, in, notIn, gte, gt, lte, lt, onOrBefore, onOrAfter, present). Give each rule a reason in the program's language.",
      seats: "How many are admitted and how the seats are shared out.",
      quotas: "Seats reserved for groups of applicants, all split by one field.",
      unfilled: "Quota seats a group cannot fill: transfer (to other applicants) or keep-empty.",
      spread: "Limits per value of one field across the quotas: min (a target) and max.",
      ranking: "Order of the eligible applicants: number, date or datetime fields, desc or asc.",
      ties: "Exact ties: lottery (seeded, repeatable) or first-come (needs `timestamp: <field>`).",
      requirements: "What participants must complete.",
      competencies:
        "A competence framework (for example leader requirements) can be added under `competencies`: title and areas with items. See docs/program-format.md.",
    },
    values: {
      name: "Leadership program for new leaders",
      owner: "Our organisation",
      provider: "Our partner university",
      summary:
        "The program gives new leaders knowledge, tools and a network for leading people, operations and change.",
      audience: "Leaders with staff responsibility who have led for at least one year",
      how: "The manager nominates the candidate, or the candidate applies with the manager's attestation.",
      duration: "six months",
      feeNote: "The employer pays the fee and the participant's travel.",
      location: "Oslo",
      modules: [
        "Leading myself and others",
        "Leading operations and change",
        "Leading across boundaries",
      ],
      components: [
        {
          id: "mentor-group",
          title: "Mentor group",
          description: "Small groups that meet between the gatherings with an experienced leader.",
        },
        {
          id: "improvement-project",
          title: "Improvement project",
          description:
            "A project in the participant's own unit; the head of department sets the topic.",
        },
      ],
      applicantId: "Applicant ID",
      columns: {
        name: "Name",
        sector: "Sector",
        region: "Region",
        leaderSince: "Leader since",
        nominated: "Nominated",
        attestation: "Attested by manager",
        score: "Score",
      },
      sectors: [
        { id: "hospital", label: "Hospitals" },
        { id: "municipality", label: "Municipalities" },
      ],
      regions: ["north", "central", "west", "south-east"],
      reasons: {
        leaderYear: "At least one year as a leader at the application deadline",
        nomination: "Nominated by their manager, or applied with their manager's attestation",
      },
      requirements: [
        { id: "attendance", text: "Attendance at every gathering" },
        { id: "project", text: "A completed improvement project, presented at the last gathering" },
      ],
      moduleWord: "gathering",
    },
  },
  letters: {
    templates: {
      admitted: {
        subject: "Offer of a place: {{program.name}}",
        body: `Dear{{#name}} {{name}}{{/name}}{{^name}} applicant{{/name}},

We are pleased to offer you a place on {{program.name}}.{{#quota}} Your place is in the {{quota}} quota.{{/quota}}{{#class}} You have been placed in {{class}}.{{/class}}

{{#firstModule}}
The first module is “{{title}}”, {{dates}}{{#location}}, {{location}}{{/location}}.
{{/firstModule}}

{{#replyBy}}Please let us know by {{replyBy}} whether you accept the place.{{/replyBy}}{{^replyBy}}Please let us know as soon as possible whether you accept the place.{{/replyBy}} If you find that you cannot take part after all, simply let us know and the place will go to the next person on the waiting list.

We look forward to welcoming you.

Kind regards,
{{program.owner}}
`,
      },
      waitlisted: {
        subject: "Waiting list: {{program.name}}",
        body: `Dear{{#name}} {{name}}{{/name}}{{^name}} applicant{{/name}},

Thank you for your application to {{program.name}}. You meet the entry requirements, but there were more qualified applicants than places, and unfortunately we cannot offer you a place at this time.

{{reason}}

You are number {{position}} on the waiting list{{#quota}} (number {{positionInQuota}} in the {{quota}} quota){{/quota}}. If a place becomes available, we will contact applicants in waiting-list order.{{#firstModule}} The first module starts on {{start}}.{{/firstModule}}

Kind regards,
{{program.owner}}
`,
      },
      declined: {
        subject: "Confirmation that you have declined: {{program.name}}",
        body: `Dear{{#name}} {{name}}{{/name}}{{^name}} applicant{{/name}},

We confirm that you have declined your place on {{program.name}}. Thank you for letting us know – the place will now go to the next person on the waiting list.

You are very welcome to apply again in a future intake.

Kind regards,
{{program.owner}}
`,
      },
      ineligible: {
        subject: "Your application: {{program.name}}",
        body: `Dear{{#name}} {{name}}{{/name}}{{^name}} applicant{{/name}},

Thank you for your application to {{program.name}}. We have assessed it against the entry requirements and regret to tell you that we cannot offer you a place. The application does not meet the following requirements:

{{#reasons}}
- {{.}}
{{/reasons}}

If you believe the assessment rests on incorrect or incomplete information, please contact us{{#replyBy}} by {{replyBy}}{{/replyBy}}. You are welcome to apply again in a future intake.

Kind regards,
{{program.owner}}
`,
      },
      invalid: {
        subject: "Your application needs correcting: {{program.name}}",
        body: `Dear{{#name}} {{name}}{{/name}}{{^name}} applicant{{/name}},

Thank you for your application to {{program.name}}. Unfortunately we have not been able to process it, because some information is missing or cannot be read:

{{#reasons}}
- {{.}}
{{/reasons}}

Please contact us{{#replyBy}} by {{replyBy}}{{/replyBy}} and we will help you correct your application.

Kind regards,
{{program.owner}}
`,
      },
    },
    outcome: {
      admitted: "offered a place",
      waitlisted: "on the waiting list",
      declined: "declined the place",
      ineligible: "does not meet the entry requirements",
      invalid: "application could not be processed",
    },
    waitlist: {
      groupFull: (quota) =>
        quota === null
          ? "The open places have gone to applicants ranked ahead of you."
          : `The places in the ${quota} quota have gone to applicants ranked ahead of you.`,
      spreadCap: (value) =>
        `The greatest number of places for “${value}” has been reached, so that participants are spread as the program requires.`,
      heldForMin:
        "The last places are held back to give the spread of participants that the program requires.",
      heldForQuota: "The last places are held back to fill the program's quotas.",
      heldAlso,
      seatsFull: "All places have gone to applicants ranked ahead of you.",
    },
    problem: {
      missing: (column) => `“${column}” is missing`,
      unreadable: (column, value) => `“${column}” has a value we cannot read: “${value}”`,
      duplicate: (column, value) =>
        `${column} “${value}” appears more than once in the list of applicants`,
      row: "the row in the list of applicants has the wrong number of cells",
      choice: (column, value) =>
        `“${column}” must list the program's classes or places of study, each once, in order of preference; we could not read: “${value}”`,
    },
  },
};
