/**
 * The starter program file of `cohort init`: every major section, each key
 * explained in a comment in the program's language, with example values and
 * illustrative dates that validate without findings. Pure: today's date and
 * the schema path are passed in.
 */
import type { IsoDate } from "../calendar/date.js";
import { type Locale, languageOf } from "../language/index.js";
import type { Country } from "../vocabulary.js";
import { MODULE_DAYS, starterDates } from "./dates.js";
import { comment, folded, scalar } from "./yaml-text.js";

export interface StarterOptions {
  /** The program id, a slug (see isProgramId). */
  id: string;
  locale: Locale;
  country: Country;
  /** Today (YYYY-MM-DD): the dates are placed in the following year. */
  today: IsoDate;
  /** Path or URL of the JSON Schema for the yaml-language-server modeline. */
  schemaRef: string;
  /** The program's name; an example name in the program's language by default. */
  name?: string;
}

export const starterProgram = (options: StarterOptions): string => {
  const { comments: c, values: v } = languageOf(options.locale).starter;
  const dates = starterDates(options.today, options.country);
  const [first, second] = v.sectors;
  const field = (name: string, spec: string, column: string, extra = "") =>
    `    ${name}: { type: ${spec}, column: ${scalar(column, true)}${extra} }`;
  const lines = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    "#",
    ...comment(c.intro),
    "#",
    ...comment(c.illustrative),
    "",
    ...comment(c.id),
    `id: ${options.id}`,
    ...comment(c.name),
    `name: ${scalar(options.name ?? v.name)}`,
    ...comment(c.owner),
    `owner: ${scalar(v.owner)}`,
    ...comment(c.provider),
    `provider: ${scalar(v.provider)}`,
    ...comment(c.summary),
    ...folded("summary", v.summary),
    ...comment(c.audience),
    `audience: ${scalar(v.audience)}`,
    ...comment(c.status),
    "status: active",
    ...comment(c.locale),
    `locale: ${options.locale}`,
    ...comment(c.country),
    `country: "${options.country}"`,
    ...comment(c.intake),
    "intake: annual",
    ...comment(c.illustrativeKey),
    "illustrative:",
    ...["credits", "fee", "application", "format", "modules", "applicants", "eligibility"].map(
      (key) => `  - ${key}`,
    ),
    "  - seats",
    "  - requirements",
    "",
    ...comment(c.credits),
    "credits: { ects: 15, level: master }",
    ...comment(c.fee),
    "fee:",
    "  payer: employer",
    `  note: ${scalar(v.feeNote)}`,
    "",
    ...comment(c.application),
    "application:",
    `  opens: ${dates.opens}`,
    `  deadline: ${dates.deadline}`,
    `  how: ${scalar(v.how)}`,
    ...comment(c.format),
    `format: { gatherings: ${dates.modules.length}, days: ${dates.modules.length * MODULE_DAYS}, duration: ${scalar(v.duration, true)} }`,
    ...comment(c.modules),
    "modules:",
    ...dates.modules.flatMap((start, i) => [
      `  - id: ${v.moduleWord}-${i + 1}`,
      `    title: ${scalar(v.modules[i]!)}`,
      `    start: ${start}`,
      `    days: ${MODULE_DAYS}`,
      `    location: ${scalar(v.location)}`,
    ]),
    ...comment(c.components),
    "components:",
    ...v.components.flatMap((component, i) => [
      `  - id: ${component.id}`,
      `    title: ${scalar(component.title)}`,
      `    kind: ${i === 0 ? "mentor-group" : "project"}`,
      `    description: ${scalar(component.description)}`,
    ]),
    "",
    ...comment(c.applicants),
    "applicants:",
    `  id: ${scalar(v.applicantId)}`,
    ...comment(c.fields, 2),
    "  fields:",
    field("name", "string", v.columns.name),
    field("sector", `enum, values: [${first.id}, ${second.id}]`, v.columns.sector),
    field(
      "region",
      `enum, values: [${v.regions.map((r) => scalar(r, true)).join(", ")}]`,
      v.columns.region,
    ),
    field("leader_since", "date", v.columns.leaderSince),
    field("nominated", "boolean", v.columns.nominated, ", required: false"),
    field("manager_attestation", "boolean", v.columns.attestation, ", required: false"),
    field("score", "number", v.columns.score),
    "",
    ...comment(c.eligibility),
    "eligibility:",
    "  all:",
    `    - reason: ${scalar(v.reasons.leaderYear)}`,
    "      field: leader_since",
    "      onOrBefore: { ref: application.deadline, minus: { years: 1 } }",
    `    - reason: ${scalar(v.reasons.nomination)}`,
    "      any:",
    "        - { field: nominated, equals: true }",
    "        - { field: manager_attestation, equals: true }",
    "",
    ...comment(c.seats),
    "seats:",
    "  total: 20",
    ...comment(c.quotas, 2),
    "  quotas:",
    ...[first, second].map(
      (s) =>
        `    - { id: ${s.id}, label: ${scalar(s.label, true)}, seats: 10, when: { field: sector, equals: ${s.id} } }`,
    ),
    ...comment(c.unfilled, 2),
    "  unfilled: transfer",
    ...comment(c.spread, 2),
    "  spread:",
    "    - { field: region, min: 2, max: 8 }",
    ...comment(c.ranking, 2),
    "  ranking:",
    "    - { field: score, order: desc }",
    ...comment(c.ties, 2),
    "  ties: lottery",
    "",
    ...comment(c.requirements),
    "requirements:",
    ...v.requirements.map((r) => `  - { id: ${r.id}, text: ${scalar(r.text, true)} }`),
    "",
    ...comment(c.competencies),
  ];
  return `${lines.join("\n")}\n`;
};
