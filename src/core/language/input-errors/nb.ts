import type { RefusalReason } from "../../input-problems.js";
import {
  type FaultCode,
  faultText,
  type InputErrorWords,
  quotedList,
  shownId,
  sizeText,
} from "../input-error-words.js";
import type { InvalidProgramWords } from "../invalid-program-words.js";
import { templateFaultWords } from "../template-fault-words.js";
import { templateFaults } from "../template-faults/nb.js";
import { grouped } from "../terminal-words.js";
import { xlsxDamage } from "../xlsx-damage/nb.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

const q = (names: readonly string[]) => quotedList(names, "«", "»");
const n = (count: number) => grouped(count, "\u00a0");
const and = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
const columns = (count: number) => (count === 1 ? "kolonnen" : "kolonnene");

const FAULTS: Record<FaultCode, string> = {
  ENOENT: "filen eller mappen finnes ikke",
  EACCES: "ingen tilgang",
  EPERM: "ingen tilgang",
  EROFS: "filsystemet er skrivebeskyttet",
  ENOSPC: "disken er full",
  EDQUOT: "diskkvoten er brukt opp",
  EISDIR: "det er en mappe",
  ENOTDIR: "en del av stien er ikke en mappe",
  ELOOP: "for mange symbolske lenker på veien",
  ENAMETOOLONG: "filnavnet er for langt",
  EEXIST: "filen finnes allerede",
  EBUSY: "filen er i bruk",
  EMFILE: "for mange åpne filer",
  EIO: "lese- eller skrivefeil på disken",
  EXDEV: "filen kan ikke flyttes til en annen disk",
  ETXTBSY: "filen er i bruk",
  EFBIG: "filen er for stor",
};
const fault = (f: { code?: string; text: string }) => faultText(f, FAULTS);
const saveCsv = "lagre den som «CSV UTF-8» (eller som .xlsx) og prøv igjen";
const saveIds = "lagre den som UTF-8-tekst (én ID per linje)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "står på ventelisten og har aldri fått tilbud om plass",
  ineligible: "er ikke kvalifisert",
  invalid: "er ugyldig",
  absent: "står ikke i søkerlisten",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "på ventelisten",
  ineligible: "ikke kvalifisert",
  invalid: "ugyldige",
  absent: "ikke i søkerlisten",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `filen finnes ikke: ${p.file}`,
  "file-is-folder": (p) => `${p.file} er en mappe, ikke en fil`,
  "file-no-permission": (p) => `du har ikke tilgang til å lese ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: en del av stien er ikke en mappe`,
  "file-link-loop": (p) =>
    `kan ikke lese ${p.file}: for mange symbolske lenker på veien (en lenke som peker tilbake på seg selv?)`,
  "file-unreadable": (p) => `kan ikke lese ${p.file}: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `${p.file} er ${p.size === undefined ? "større enn" : `${sizeText(p.size, p.limit, true)}, mer enn`} de ${sizeText(p.limit, p.limit, true, true)} en fil av denne typen kan være; er det riktig fil?`,
  "file-not-regular": (p) =>
    `${p.file} er ikke en vanlig fil (et rør?), og hashverdien krever at den leses to ganger; lagre den i en fil først, eller send listen til - (stdin)`,
  "stdin-twice": () => "stdin (-) kan bare leses én gang",
  "text-utf16-invalid": (p) =>
    `${p.file} ser ut som UTF-16-tekst, men er ikke gyldig UTF-16; lagre den som UTF-8`,
  "text-nul": (p) => `${p.file} er ikke en tekstfil (den inneholder NUL-byte)`,
  "text-not-utf8": (p) => `${p.file} er ikke gyldig UTF-8; lagre den som UTF-8`,
  "list-format": (p) =>
    `${p.file} har et format cohort ikke leser (${p.extension ? `«${p.extension}»` : "ingen filendelse"}); en søkerliste er en .csv-, .tsv- eller .xlsx-fil, eller - for CSV på stdin`,
  "list-utf16": (p) =>
    `${p.file} ${p.bom ? "er" : "ser ut som"} UTF-16-tekst, som cohort ikke leser; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} er en zip-fil, ikke CSV-tekst; er det en Excel-arbeidsbok, gi den filendelsen .xlsx`,
  "list-xls": (p) =>
    `${p.file} er en gammel Excel-arbeidsbok (.xls); ${p.asCsv ? saveCsv : "lagre den som .xlsx eller CSV"}`,
  "list-nul": (p) =>
    `${p.file} er ikke en tekstfil (den inneholder ${p.line === undefined ? "NUL-byte" : `en NUL-byte på linje ${n(p.line)}`}); er det riktig fil?`,
  "list-binary": (p) =>
    `${p.file} er ikke en tekstfil (den inneholder binære data); er det riktig fil?`,
  "list-not-utf8": (p) =>
    `${p.file} er ikke gyldig UTF-8; er den lagret av en eldre Excel, prøv --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `${p.file} er tom: den har ingen overskriftslinje`
      : `arket «${p.sheet}» i ${p.file} er tomt: det har ingen overskriftsrad`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `her begynner en post på over ${n(p.limit / 2 ** 20)} millioner tegn; mest sannsynlig blir et anførselstegn (") som åpner et felt, aldri lukket`
      : `her begynner en linje på over ${n(p.limit / 2 ** 20)} millioner tegn, mer enn noen søkerliste har; er det riktig fil?`,
  "csv-unclosed-quote": () =>
    'her begynner et felt i anførselstegn, men det avsluttende anførselstegnet (") mangler før slutten av filen',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "listen" : `arket «${p.sheet}»`;
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; ingen av de andre arkene i arbeidsboken (${q(all)}) har ${p.missing.length === 1 ? "den" : "dem"} heller`;
      else
        hint = `; ${fitting.length === 1 ? "arket" : "arkene"} ${and(fitting.map((f) => `«${f}»`))} har ${p.missing.length === 1 ? "den" : "dem"}: ${fitting.length === 1 ? "les det" : "velg ett"} med --sheet ${option}`;
    }
    return `${p.missing.length === 1 ? "den påkrevde" : "de påkrevde"} ${columns(p.missing.length)} ${q(p.missing)} mangler; ${where} har ${p.found.length === 0 ? "ingen kolonner" : q(p.found)}${hint}`;
  },
  "no-applicants-section": (p) =>
    `${p.program} har ingen applicants-del, så det er ingenting å sjekke en søkerliste mot`,
  "no-seats-section": (p) => `${p.program} har ingen seats-del, så det er ingen plasser å fordele`,
  "no-requirements": (p) =>
    `${p.program} har ingen krav (requirements), så det er ingenting å sjekke`,
  "no-such-applicant": (p) => `det finnes ingen søker med ID «${p.id}» i ${p.list}`,
  "xlsx-not-zip": (p) =>
    `${p.file} er ikke en .xlsx-arbeidsbok: ${p.oldOrLocked ? "det er en gammel .xls-arbeidsbok eller en passordbeskyttet en; lagre den som .xlsx uten passord" : "en .xlsx-fil er et zip-arkiv; er dette en CSV-fil med feil filendelse?"}`,
  "xlsx-damaged": (p) =>
    `${p.file} kunne ikke leses som en Excel-arbeidsbok: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `${p.file} er ${sizeText(p.size, p.limit, true)}; en arbeidsbok leses inn i minnet i sin helhet, så cohort leser .xlsx-filer på opptil ${sizeText(p.limit, p.limit, true, true)}; lagre en så stor liste som CSV, som leses bit for bit`,
  "xlsx-inflates": (p) =>
    `${p.file} pakkes ut til mer enn ${n(p.limit / 2 ** 20)}\u00a0MiB, mer enn en arbeidsbok med søkere kan inneholde; er det riktig fil?`,
  "xlsx-all-hidden": (p) =>
    `${p.file} har ingen synlige ark (arkene ${q(p.sheets)} er alle skjult); velg arket som skal leses, med --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `${p.file} har ikke noe ark som heter «${p.sheet}»; arkene er ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `${p.file} har ingen ark`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: arket «${p.sheet}» har en rad med nummer ${p.row}, ut over de ${n(p.max)} radene en arbeidsbok kan ha; filen er ikke skrevet av Excel, eller den er skadet`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: arket «${p.sheet}» har en celle i ${p.cell}, ut over siste rad (${n(p.max)}) eller kolonne (XFD) en arbeidsbok kan ha; filen er ikke skrevet av Excel, eller den er skadet`,
  "xlsx-too-many-rows": (p) =>
    `arket «${p.sheet}» i ${p.file} har flere enn de ${n(p.max)} radene en arbeidsbok kan ha`,
  "xlsx-too-many-cells": (p) =>
    `arket «${p.sheet}» i ${p.file} har mer enn ${n(p.max)} celler fram til rad ${n(p.row)}, mer enn en søkerliste trenger; finnes det celler langt til høyre for listen${p.cell === undefined ? "" : ` (${p.cell})`}? Lagre bare listen`,
  "declined-utf16-invalid": (p) =>
    `${p.file} begynner som UTF-16-tekst, men er ikke gyldig UTF-16; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `${p.file} ser ut som UTF-16-tekst uten byte-order mark (BOM); ${saveIds}`,
  "declined-nul": () => "en NUL-byte: dette er ikke en tekstfil med ID-er; er det riktig fil?",
  "declines-refused": (p) => {
    const lines = p.shown.map(
      ({ id, line, why }) => `linje ${n(line)}: ${shownId(id)} ${WHY[why]}`,
    );
    if (p.more.length > 0) {
      const total = p.more.reduce((sum, m) => sum + m.count, 0);
      lines.push(
        `… og ${n(total)} til (${p.more.map((m) => `${n(m.count)} ${REST[m.why]}`).join(", ")})`,
      );
    }
    return `${p.file}: bare søkere som er tatt opp, kan takke nei:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} er ikke en revisjonslogg: det er ikke ${p.utf16 ? "gyldig UTF-16" : "UTF-8"}-tekst (cohort allocate --audit skriver en)`,
  "audit-not-json": (p) =>
    `${p.file} er ikke en revisjonslogg: det er ikke JSON (cohort allocate --audit skriver en)`,
  "audit-too-deep": (p) =>
    `${p.file} er ikke en revisjonslogg fra cohort: den er nøstet dypere enn ${p.depth} nivåer`,
  "audit-not-record": (p) => `${p.file} er ikke en revisjonslogg fra cohort (versjon 1 eller 2)`,
  "audit-bad-outcome": (p) => `${p.file}: utfall nr. ${n(p.n)} er ikke utfallet for en søker`,
  "audit-bad-class": (p) => `${p.file}: klassen til søker ${p.id} er ikke en klasse-ID`,
  "audit-other-program": (p) =>
    `${p.file} er en fordeling for programmet «${p.recorded}», ikke for ${p.programFile} («${p.program}»)`,
  "audit-edited": (p) =>
    `${p.file} er endret etter at den ble skrevet (utfallene stemmer ikke lenger med SHA-256-verdien); cohort verify ${p.file} viser mer`,
  "declines-edited": (p) =>
    `${p.file} er endret etter at den ble skrevet (${p.sections.length === 1 ? "delen" : "delene"} ${p.sections.join(", ")} stemmer ikke med SHA-256-verdiene i loggen); avslag på tilbud bygger bare på en uendret logg: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} er revisjonsloggen for ${p.recorded}, ikke for ${p.program}: avslag på tilbud bygger på et vedtak for samme program`,
  "declines-other-intake": (p) =>
    `${p.file} er revisjonsloggen for opptak ${p.recorded ?? "(ingen)"}, ikke for opptak ${p.intake ?? "(ingen)"}: oppgi opptaket med --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${n(p.count)} ${p.count === 1 ? "søker" : "søkere"} som ble tatt opp i ${p.from}, er ikke lenger ${p.count === 1 ? "en kvalifisert søker" : "kvalifiserte søkere"} i ${p.list} (${p.ids.join(", ")}${p.count > p.ids.length ? ` og ${n(p.count - p.ids.length)} til` : ""}); et opptak gjøres aldri om, så ingenting ble fordelt: sett radene deres tilbake, eller fordel på nytt uten --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `${p.list} har mer enn ${n(p.limit)} ulike slags søkere for klassene (hver ulik kombinasjon av kvote, spredningsverdi og valgliste er én), det meste en fordeling med klasser kan ta; færre ulike valglister (høyst tre valg hver, av klasser eller studiesteder) holder seg godt under grensen`
      : `${p.list} har mer enn ${n(p.limit)} ulike slags søkere (hver ulik kombinasjon av kvote og spredningsverdier er én), det meste en fordeling med flere spredningsfelt kan ta; spre på færre felt, eller på felt med færre verdier`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} viser til inndatafiler utenfor sin egen mappe, og verify åpner dem bare når de er oppgitt på kommandolinjen:`,
      ...p.inputs.map((i) => `  --${i.role}: ${JSON.stringify(i.recorded)}`),
      `er dette de riktige filene, oppgi dem: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `${p.file} lar seg ikke bekrefte (${p.why === "refused" ? "listen over avslag på tilbud avvises" : p.why === "changed" ? "en inndatafil er endret" : "utfallene er ikke de samme"}), så ingen brev ble skrevet; cohort verify ${p.file} viser hvorfor`,
  "letters-record-changed": (p) =>
    `${p.file} ble endret mens brevene ble laget; kjør kommandoen på nytt`,
  "letters-input-changed": (p) =>
    `en inndatafil til ${p.file} ble endret mens brevene ble laget; kjør kommandoen på nytt`,
  "letters-applicant-missing": (p) =>
    `søker ${p.id} i ${p.file} står ikke i søkerlisten slik den ble registrert; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} er ikke en mappe med brevmaler`,
  "templates-unreadable": (p) => `kan ikke lese brevmalene i ${p.folder}: ${fault(p.fault)}`,
  "template-stray": (p) =>
    `${p.file} er ikke navnet på en brevmal; navnene er ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} inneholder brevmaler, men navnet er ikke en språkkode cohort kjenner (${p.codes.join(", ")}), så malene der blir aldri brukt; ${p.meant ? `endre navnet på mappen til ${p.meant}` : `endre navnet på mappen til koden for språket malene er skrevet på, eller flytt den ut av ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} inneholder brevmaler, men mappen er oppkalt etter programmets eget språk, og malene for det leses rett fra ${p.parent}, så malene der blir aldri brukt; flytt dem opp i ${p.parent}`,
  "template-not-utf8": (p) => `${p.file} er ikke UTF-8-tekst; lagre den som UTF-8`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) => `${p.file} oppgir ikke noe opptak, men ${p.program} har opptak`,
  "roster-unknown-intake": (p) =>
    `${p.program} har ikke noe opptak «${p.intake}», som ${p.file} viser til`,
  "roster-unplaced": (p) => `${p.file} plasserer noen deltakere i klasser, men ikke ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} plasserer ${p.id} i klassen «${p.class}», som opptak ${p.intake} i ${p.program} ikke har`,
  "roster-list-outside": (p) =>
    `${p.file} viser til søkerlisten ${JSON.stringify(p.recorded)} utenfor sin egen mappe, og roster åpner den bare når den er oppgitt: bruk --applicants FIL`,
  "roster-no-id-column": (p) =>
    `${p.list} har ingen kolonne «${p.column}», ID-kolonnen i ${p.program}`,
  "roster-other-list": (p) =>
    `${p.list} er ikke søkerlisten ${p.file} ble laget fra (SHA-256-verdien er en annen); navnene og e-postadressene i deltakerlisten må komme fra den listen`,
  "roster-participant-missing": (p) => `deltakeren ${p.id} i ${p.file} står ikke i ${p.list}`,
  "progress-columns-missing": (p) =>
    `${columns(p.missing.length)} ${q(p.missing)} mangler; cohort roster skriver alle kolonnene progress leser`,
  "progress-too-many": (p) =>
    `${p.file} har flere enn ${n(p.max)} deltakere; en deltakerliste gjelder ett opptak`,
  "program-invalid": (p) => `${p.file} er ikke en gyldig programfil`,
  "program-not-found": (p) =>
    `det finnes ingen fil eller program-ID ${p.id} (program-ID-er slås opp i ${p.folder}/)${p.suggestion === undefined ? "" : `; mente du «${p.suggestion}»?`}`,
  "program-ref-folder": (p) => `${p.ref} er en mappe; oppgi én programfil eller program-ID`,
  "program-id-twice": (p) => `program-ID-en «${p.id}» brukes av både ${p.first} og ${p.second}`,
  "no-program-files": (p) => `det finnes ingen programfiler (*.yaml, *.yml) i ${p.folder}`,
  "calendar-empty": (p) =>
    `ingen kalender ble skrevet: ${p.program === undefined ? "programmene har" : `${p.program} har`} ingen samlinger med datoer${p.from !== undefined || p.to !== undefined ? ` mellom ${p.from ?? "starten"} og ${p.to ?? "slutten"}` : ""}, og en kalender må ha minst én hendelse`,
  "init-file-exists": (p) =>
    `${p.file} finnes allerede, og cohort init overskriver aldri en fil${p.other ? `. Velg ${p.other.kind === "file" ? "en annen fil" : "en annen ID"}, for eksempel: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `${p.file} har allerede program-ID-en «${p.id}», og ID-ene må være unike i en mappe. Velg ${p.other.kind === "file" ? "en annen fil" : "en annen ID"}, for eksempel: ${p.other.command}`,
  "write-failed": (p) =>
    `kan ikke skrive ${p.file}: ${fault(p.fault)}${p.kept ? "; filen er ikke endret" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `du har ikke tilgang til å skrive ${p.file}`
      : `kan ikke skrive ${p.file}: du har ikke tilgang til å skrive i ${p.folder}`,
  "write-disk-full": (p) => `kan ikke skrive ${p.file}: disken er full`,
  "write-no-folder": (p) => `kan ikke skrive ${p.file}: mappen ${p.folder} finnes ikke`,
  "write-path-not-folder": (p) =>
    `kan ikke skrive ${p.file}: en del av stien ${p.folder} er ikke en mappe`,
  "write-name-too-long": (p) => `kan ikke skrive ${p.file}: filnavnet er for langt`,
  "write-is-folder": (p) => `kan ikke skrive ${p.file}: det er en mappe`,
  "write-link-loop": (p) => `kan ikke skrive ${p.file}: for mange symbolske lenker på veien`,
  "write-locked": (p) =>
    `kan ikke skrive ${p.file}: en annen cohort-kjøring${p.process === undefined ? "" : ` (prosess ${p.process})`} skriver den nå; prøv igjen når den er ferdig (kjører ingen, fjern ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) => `${file} er ikke en gyldig programfil (${n(errors)} feil):`,
  more: (count) => `… og ${n(count)} til`,
  validate: (command) => `Kjør ${command} for å se alle funnene.`,
};
