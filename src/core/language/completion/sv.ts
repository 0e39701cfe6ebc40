import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Har deltagit i:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Detta återstår av utbildningen:

{{#upcoming}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}
{{/upcoming}}

{{/hasUpcoming}}`;

export const completion: CompletionWords = {
  templates: {
    completed: {
      subject: "Intyg: {{program.name}}",
      body: `INTYG

{{program.name}}
{{program.owner}}{{#program.provider}} i samarbete med {{program.provider}}{{/program.provider}}

Härmed intygas att {{#name}}{{name}}{{/name}}{{^name}}deltagare {{id}}{{/name}} har genomfört {{program.name}}{{#period}}, {{period}}{{/period}}{{#class}} ({{class}}){{/class}}.

${attendedModules}{{#hasMet}}
Kraven för att fullfölja utbildningen är uppfyllda:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Påminnelse om kraven för att fullfölja: {{program.name}}",
      body: `Hej{{#name}} {{name}}{{/name}}!

Vi skriver till dig eftersom du per den {{asOf}} riskerar att inte fullfölja {{program.name}}. Detta är inte uppfyllt:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
Detta kan du fortfarande uppnå:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Ett eller flera av kraven kan inte längre uppfyllas med det som återstår av utbildningen. Kontakta oss, så ser vi tillsammans över vilka möjligheter som finns, till exempel att ta igen ett utbildningstillfälle vid ett senare kurstillfälle.

Med vänliga hälsningar
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Kraven för att fullfölja är inte uppfyllda: {{program.name}}",
      body: `Hej{{#name}} {{name}}{{/name}}!

{{program.name}} är nu avslutad. Enligt det vi har registrerat är inte alla krav för att fullfölja utbildningen uppfyllda, och vi kan därför inte utfärda något intyg. Detta saknas:

{{#unmet}}
- {{.}}
{{/unmet}}

Om du anser att något av detta inte stämmer ber vi dig kontakta oss, så rättar vi det. Hör gärna också av dig om du vill veta mer om möjligheten att fullfölja vid ett senare tillfälle.

Med vänliga hälsningar
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Status för ditt deltagande: {{program.name}}",
      body: `Hej{{#name}} {{name}}{{/name}}!

Här är en sammanställning av hur du ligger till i {{program.name}} per den {{asOf}}. Du följer planen: det som återstår för att fullfölja kan du fortfarande uppnå.

{{#hasPossible}}
Detta återstår för att fullfölja:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Med vänliga hälsningar
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: du behöver delta i ${more === open ? (open === 1 ? "det utbildningstillfälle som återstår" : `alla de ${open} utbildningstillfällen som återstår`) : `minst ${more} av de ${open} utbildningstillfällen som återstår`}`,
    days: (text, more, open) =>
      `${text}: du behöver delta under ${more === open ? (open === 1 ? "den dag som återstår" : `alla de ${open} dagar som återstår`) : `minst ${more} av de ${open} dagar som återstår`}`,
    mandatory: (text, titles) => `${text}: du behöver delta i ${titles.join("; ")}`,
    rule: (text) => `${text}: kan fortfarande uppfyllas innan utbildningen avslutas`,
  },
  daysAttended: (a, d) => `${a} av ${d} dagar`,
};
