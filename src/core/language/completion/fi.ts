import type { CompletionWords } from "../completion-words.js";

const attendedModules = `{{#hasAttended}}
Osallistunut jaksoihin:

{{#attended}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}{{#attendance}} ({{attendance}}){{/attendance}}
{{/attended}}

{{/hasAttended}}`;

const upcoming = `{{#hasUpcoming}}
Koulutuksesta on vielä jäljellä:

{{#upcoming}}
- {{title}}, {{dates}}{{#location}}, {{location}}{{/location}}
{{/upcoming}}

{{/hasUpcoming}}`;

export const completion: CompletionWords = {
  templates: {
    completed: {
      subject: "Todistus: {{program.name}}",
      body: `TODISTUS

{{program.name}}
{{program.owner}}
{{#program.provider}}Toteuttaja: {{program.provider}}{{/program.provider}}

Todistamme, että {{#name}}{{name}}{{/name}}{{^name}}osallistuja {{id}}{{/name}} on suorittanut koulutuksen {{program.name}}{{#period}} ({{period}}){{/period}}{{#class}}, ryhmä {{class}}{{/class}}.

${attendedModules}{{#hasMet}}
Koulutuksen suoritusvaatimukset täyttyvät:

{{#met}}
- {{.}}
{{/met}}

{{/hasMet}}
{{date}}

{{program.owner}}
`,
    },
    "at-risk": {
      subject: "Muistutus suoritusvaatimuksista: {{program.name}}",
      body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} osallistuja{{/name}},

Kirjoitamme sinulle, koska koulutuksen {{program.name}} suorittamisesi on vaarassa jäädä kesken (tilanne {{asOf}}). Nämä vaatimukset eivät täyty:

{{#unmet}}
- {{.}}
{{/unmet}}

{{#hasPossible}}
Nämä voit vielä saavuttaa:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Vähintään yhtä vaatimusta ei voi enää täyttää koulutuksen jäljellä olevalla osalla. Ota meihin yhteyttä, niin selvitämme yhdessä, mitä vaihtoehtoja on, esimerkiksi jakson korvaaminen myöhemmässä ryhmässä.

Ystävällisin terveisin
{{program.owner}}
`,
    },
    "not-completed": {
      subject: "Suoritusvaatimukset eivät täyty: {{program.name}}",
      body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} osallistuja{{/name}},

Koulutus {{program.name}} on nyt päättynyt. Kirjaustemme mukaan kaikki suoritusvaatimukset eivät täyty, joten emme voi antaa koulutuksesta todistusta. Puuttumaan jäi:

{{#unmet}}
- {{.}}
{{/unmet}}

Jos tiedoissa on mielestäsi virhe, ota meihin yhteyttä, niin korjaamme sen. Voit myös kysyä meiltä mahdollisuudesta suorittaa koulutus loppuun myöhemmin.

Ystävällisin terveisin
{{program.owner}}
`,
    },
    "on-track": {
      subject: "Osallistumisesi tilanne: {{program.name}}",
      body: `Hyvä{{#name}} {{name}}{{/name}}{{^name}} osallistuja{{/name}},

Tässä on yhteenveto tilanteestasi koulutuksessa {{program.name}} (tilanne {{asOf}}). Etenet suunnitellusti: voit vielä täyttää kaikki jäljellä olevat vaatimukset.

{{#hasPossible}}
Suorittamiseen tarvitaan vielä:

{{#possible}}
- {{.}}
{{/possible}}

{{/hasPossible}}
${upcoming}Ystävällisin terveisin
{{program.owner}}
`,
    },
  },
  possible: {
    modules: (text, more, open) =>
      `${text}: osallistu ${more === open ? (open === 1 ? "viimeiseen jäljellä olevaan jaksoon" : `kaikkiin ${open} jäljellä olevaan jaksoon`) : `vähintään ${more}/${open} jäljellä olevaan jaksoon`}`,
    days: (text, more, open) =>
      `${text}: osallistu ${more === open ? (open === 1 ? "viimeiseen jäljellä olevaan päivään" : `kaikkiin ${open} jäljellä olevaan päivään`) : `vähintään ${more}/${open} jäljellä olevaan päivään`}`,
    mandatory: (text, titles) => `${text}: osallistu jaksoihin ${titles.join("; ")}`,
    rule: (text) => `${text}: voidaan vielä täyttää ennen koulutuksen päättymistä`,
  },
  daysAttended: (a, d) => `${a}/${d} päivää`,
};
