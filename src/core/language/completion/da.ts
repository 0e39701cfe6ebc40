import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Har deltaget i:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Dette er tilbage af forløbet:

{{#upcoming}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}
{{/upcoming}}

{{/hasUpcoming}}`;

export const completion: CompletionWords = {
  templates: {
    completed: {
      subject: "Kursusbevis: {{program.name}}",
      body: `KURSUSBEVIS

{{program.name}}
{{program.owner}}{{#program.provider}} i samarbejde med {{program.provider}}{{/program.provider}}

Hermed bekræftes det, at {{#name}}{{name}}{{/name}}{{^name}}deltager {{id}}{{/name}} har gennemført {{program.name}}{{#period}}, {{period}}{{/period}}{{#class}} ({{class}}){{/class}}.

${attendedModules}{{#hasMet}}
Kravene for at gennemføre forløbet er opfyldt:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Påmindelse om kravene for at gennemføre: {{program.name}}",
      body: `Kære{{#name}} {{name}}{{/name}}{{^name}} deltager{{/name}},

Vi skriver til dig, fordi du pr. {{asOf}} er i risiko for ikke at gennemføre {{program.name}}. Dette er ikke opfyldt:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
Dette kan du stadig nå:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Et eller flere af kravene kan ikke længere opfyldes med det, der er tilbage af forløbet. Kontakt os, så ser vi sammen på, hvilke muligheder der er, for eksempel at tage et modul igen på et senere hold.

Med venlig hilsen
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Kravene for at gennemføre er ikke opfyldt: {{program.name}}",
      body: `Kære{{#name}} {{name}}{{/name}}{{^name}} deltager{{/name}},

{{program.name}} er nu afsluttet. Ifølge vores registreringer er ikke alle krav for at gennemføre forløbet opfyldt, og vi kan derfor ikke udstede et kursusbevis. Dette mangler:

{{#unmet}}
- {{.}}
{{/unmet}}

Hvis du mener, at noget af dette ikke er korrekt, beder vi dig kontakte os, så retter vi det. Du er også velkommen til at kontakte os, hvis du vil høre om muligheden for at gennemføre på et senere tidspunkt.

Med venlig hilsen
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Status for din deltagelse: {{program.name}}",
      body: `Kære{{#name}} {{name}}{{/name}}{{^name}} deltager{{/name}},

Her er en oversigt over, hvor du står i {{program.name}} pr. {{asOf}}. Du er på rette spor: det, der mangler for at gennemføre, kan du stadig nå.

{{#hasPossible}}
Dette mangler for at gennemføre:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Med venlig hilsen
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: du skal deltage i ${more === open ? (open === 1 ? "det modul, der er tilbage" : `alle de ${open} moduler, der er tilbage`) : `mindst ${more} af de ${open} moduler, der er tilbage`}`,
    days: (text, more, open) =>
      `${text}: du skal deltage ${more === open ? (open === 1 ? "den dag, der er tilbage" : `alle de ${open} dage, der er tilbage`) : `mindst ${more} af de ${open} dage, der er tilbage`}`,
    mandatory: (text, titles) => `${text}: du skal deltage i ${titles.join("; ")}`,
    rule: (text) => `${text}: kan stadig opfyldes, før forløbet er afsluttet`,
  },
  daysAttended: (a, d) => `${a} af ${d} dage`,
};
