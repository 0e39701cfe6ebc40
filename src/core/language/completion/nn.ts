import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Har delteke på:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Dette står att av programmet:

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

Det vert stadfesta at {{#name}}{{name}}{{/name}}{{^name}}deltakar {{id}}{{/name}} har fullført {{program.name}}{{#period}}, {{period}}{{/period}}{{#class}} ({{class}}){{/class}}.

${attendedModules}{{#hasMet}}
Krava for å fullføre programmet er oppfylte:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Påminning om krava for å fullføre: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

Vi skriv til deg fordi du per {{asOf}} står i fare for ikkje å fullføre {{program.name}}. Dette er ikkje oppfylt:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
Dette kan du framleis nå:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Eitt eller fleire av krava kan ikkje lenger oppfyllast med det som står att av programmet. Ta kontakt med oss, så ser vi saman på kva som er mogleg, til dømes å ta att ei samling i eit seinare kull.

Med venleg helsing
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Krava for å fullføre er ikkje oppfylte: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

{{program.name}} er no avslutta. Etter det vi har registrert, er ikkje alle krava for å fullføre programmet oppfylte, og vi kan difor ikkje skrive ut kursbevis. Dette manglar:

{{#unmet}}
- {{.}}
{{/unmet}}

Meiner du at noko av dette ikkje stemmer, ber vi deg ta kontakt med oss, så rettar vi det opp. Ta gjerne òg kontakt dersom du vil høyre om moglegheita for å fullføre ved eit seinare høve.

Med venleg helsing
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Status for deltakinga di: {{program.name}}",
      body: `Hei{{#name}} {{name}}{{/name}},

Her er ei oversikt over kvar du står i {{program.name}} per {{asOf}}. Du er i rute: det som står att for å fullføre, kan du framleis nå.

{{#hasPossible}}
Dette står att for å fullføre:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Med venleg helsing
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: du må delta på ${more === open ? (open === 1 ? "samlinga som står att" : `alle dei ${open} samlingane som står att`) : `minst ${more} av dei ${open} samlingane som står att`}`,
    days: (text, more, open) =>
      `${text}: du må delta ${more === open ? (open === 1 ? "på den dagen som står att" : `på alle dei ${open} dagane som står att`) : `på minst ${more} av dei ${open} dagane som står att`}`,
    mandatory: (text, titles) => `${text}: du må delta på ${titles.join("; ")}`,
    rule: (text) => `${text}: kan framleis oppfyllast før programmet er avslutta`,
  },
  daysAttended: (a, d) => `${a} av ${d} dagar`,
};
