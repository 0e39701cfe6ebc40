import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Modules attended:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Still to come in the program:

{{#upcoming}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}
{{/upcoming}}

{{/hasUpcoming}}`;

export const completion: CompletionWords = {
  templates: {
    completed: {
      subject: "Certificate of completion: {{program.name}}",
      body: `CERTIFICATE OF COMPLETION

{{program.name}}
{{program.owner}}{{#program.provider}} in collaboration with {{program.provider}}{{/program.provider}}

This is to certify that {{#name}}{{name}}{{/name}}{{^name}}participant {{id}}{{/name}} has completed {{program.name}}{{#period}}, {{period}}{{/period}}{{#class}} ({{class}}){{/class}}.

${attendedModules}{{#hasMet}}
The requirements for completing the program have been met:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Reminder of the requirements for completion: {{program.name}}",
      body: `Dear{{#name}} {{name}}{{/name}}{{^name}} participant{{/name}},

We are writing because, as of {{asOf}}, you are at risk of not completing {{program.name}}. The following has not been met:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
What you can still achieve:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}One or more of the requirements can no longer be met with what remains of the program. Please get in touch, and we will look together at what is possible, for example making up a module with a later cohort.

Kind regards,
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Requirements for completion not met: {{program.name}}",
      body: `Dear{{#name}} {{name}}{{/name}}{{^name}} participant{{/name}},

{{program.name}} has now ended. According to our records, not all of the requirements for completing the program have been met, so we are unable to issue a certificate. The following is missing:

{{#unmet}}
- {{.}}
{{/unmet}}

If you believe any of this is incorrect, please contact us and we will put it right. You are also welcome to contact us about the possibility of completing the program at a later date.

Kind regards,
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Your progress: {{program.name}}",
      body: `Dear{{#name}} {{name}}{{/name}}{{^name}} participant{{/name}},

Here is an overview of where you stand in {{program.name}} as of {{asOf}}. You are on track: everything still needed for completion is within reach.

{{#hasPossible}}
Still needed for completion:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Kind regards,
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: attend ${more === open ? (open === 1 ? "the one remaining module" : `all ${open} remaining modules`) : `at least ${more} of the ${open} remaining modules`}`,
    days: (text, more, open) =>
      `${text}: attend ${more === open ? (open === 1 ? "the one remaining day" : `all ${open} remaining days`) : `at least ${more} of the ${open} remaining days`}`,
    mandatory: (text, titles) => `${text}: attend ${titles.join("; ")}`,
    rule: (text) => `${text}: can still be met before the program ends`,
  },
  daysAttended: (a, d) => `${a} of ${d} days`,
};
