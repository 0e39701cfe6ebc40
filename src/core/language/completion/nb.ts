import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Deltatt på:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Dette står igjen av programmet:

{{#upcoming}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}
{{/upcoming}}

{{/hasUpcoming}}`;

export const completion: CompletionWords = {
  templates: {
    completed: {
      subject: "Kursbevis: {{program.name}}",
      body: `KURSBEVIS

{{program.name}}
{{program.owner}}{{#program.provider}} i samarbeid med {{program.provider}}{{/program.provider}}

Det bekreftes at {{#name}}{{name}}{{/name}}{{^name}}deltaker {{id}}{{/name}} har fullført {{program.name}}{{#period}}, {{period}}{{/period}}{{#class}} ({{class}}){{/class}}.

${attendedModules}{{#hasMet}}
Kravene for å fullføre programmet er oppfylt:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Påminnelse om kravene for å fullføre: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

Vi skriver til deg fordi du per {{asOf}} står i fare for ikke å fullføre {{program.name}}. Dette er ikke oppfylt:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
Dette kan du fortsatt nå:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Ett eller flere av kravene kan ikke lenger oppfylles med det som står igjen av programmet. Ta kontakt med oss, så ser vi sammen på hva som er mulig, for eksempel å ta igjen en samling i et senere kull.

Med vennlig hilsen
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Kravene for å fullføre er ikke oppfylt: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

{{program.name}} er nå avsluttet. Etter det vi har registrert, er ikke alle kravene for å fullføre programmet oppfylt, og vi kan derfor ikke utstede kursbevis. Dette mangler:

{{#unmet}}
- {{.}}
{{/unmet}}

Mener du at noe av dette ikke stemmer, ber vi deg kontakte oss, så retter vi det opp. Ta gjerne også kontakt hvis du vil høre om muligheten for å fullføre ved en senere anledning.

Med vennlig hilsen
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Status for deltakelsen din: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

Her er en oversikt over hvor du står i {{program.name}} per {{asOf}}. Du er i rute: det som gjenstår for å fullføre, kan du fortsatt nå.

{{#hasPossible}}
Dette gjenstår for å fullføre:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Med vennlig hilsen
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: du må delta på ${more === open ? (open === 1 ? "samlingen som gjenstår" : `alle de ${open} samlingene som gjenstår`) : `minst ${more} av de ${open} samlingene som gjenstår`}`,
    days: (text, more, open) =>
      `${text}: du må delta ${more === open ? (open === 1 ? "på den dagen som gjenstår" : `på alle de ${open} dagene som gjenstår`) : `på minst ${more} av de ${open} dagene som gjenstår`}`,
    mandatory: (text, titles) => `${text}: du må delta på ${titles.join("; ")}`,
    rule: (text) => `${text}: kan fortsatt oppfylles før programmet er avsluttet`,
  },
  daysAttended: (a, d) => `${a} av ${d} dager`,
};
