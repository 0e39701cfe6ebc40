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
import { templateFaults } from "../template-faults/da.js";
import { grouped } from "../terminal-words.js";
import { xlsxDamage } from "../xlsx-damage/da.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

const q = (names: readonly string[]) => quotedList(names, "»", "«");
const n = (count: number) => grouped(count, ".");
const and = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;

const FAULTS: Record<FaultCode, string> = {
  ENOENT: "filen eller mappen findes ikke",
  EACCES: "adgang nægtet",
  EPERM: "adgang nægtet",
  EROFS: "filsystemet er skrivebeskyttet",
  ENOSPC: "disken er fuld",
  EDQUOT: "diskkvoten er opbrugt",
  EISDIR: "det er en mappe",
  ENOTDIR: "en del af stien er ikke en mappe",
  ELOOP: "for mange symbolske links på vejen",
  ENAMETOOLONG: "filnavnet er for langt",
  EEXIST: "filen findes allerede",
  EBUSY: "filen er i brug",
  EMFILE: "for mange åbne filer",
  EIO: "læse- eller skrivefejl på disken",
  EXDEV: "filen kan ikke flyttes til en anden disk",
  ETXTBSY: "filen er i brug",
  EFBIG: "filen er for stor",
};
const fault = (f: { code?: string; text: string }) => faultText(f, FAULTS);
const saveCsv = "gem den som »CSV UTF-8« (eller som .xlsx), og prøv igen";
const saveIds = "gem den som UTF-8-tekst (ét id pr. linje)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "står på ventelisten og har aldrig fået tilbudt en plads",
  ineligible: "er ikke kvalificeret",
  invalid: "er ugyldig",
  absent: "står ikke i ansøgerlisten",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "på ventelisten",
  ineligible: "ikke kvalificerede",
  invalid: "ugyldige",
  absent: "ikke i ansøgerlisten",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `filen findes ikke: ${p.file}`,
  "file-is-folder": (p) => `${p.file} er en mappe, ikke en fil`,
  "file-no-permission": (p) => `du har ikke adgang til at læse ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: en del af stien er ikke en mappe`,
  "file-link-loop": (p) =>
    `kan ikke læse ${p.file}: for mange symbolske links på vejen (et link, der peger tilbage på sig selv?)`,
  "file-unreadable": (p) => `kan ikke læse ${p.file}: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `${p.file} er ${p.size === undefined ? "større end" : `${sizeText(p.size, p.limit, true)}, mere end`} de ${sizeText(p.limit, p.limit, true, true)}, en fil af denne slags må fylde; er det den rigtige fil?`,
  "file-not-regular": (p) =>
    `${p.file} er ikke en almindelig fil (et rør?), og dens hashværdi kræver, at den læses to gange; gem den i en fil først, eller send listen til - (stdin)`,
  "stdin-twice": () => "stdin (-) kan kun læses én gang",
  "text-utf16-invalid": (p) =>
    `${p.file} ligner UTF-16-tekst, men er ikke gyldig UTF-16; gem den som UTF-8`,
  "text-nul": (p) => `${p.file} er ikke en tekstfil (den indeholder NUL-byte)`,
  "text-not-utf8": (p) => `${p.file} er ikke gyldig UTF-8; gem den som UTF-8`,
  "list-format": (p) =>
    `${p.file} har et format, som cohort ikke læser (${p.extension ? `»${p.extension}«` : "ingen filtype"}); en ansøgerliste er en .csv-, .tsv- eller .xlsx-fil eller - for CSV på stdin`,
  "list-utf16": (p) =>
    `${p.file} ${p.bom ? "er" : "ligner"} UTF-16-tekst, som cohort ikke læser; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} er en zip-fil, ikke CSV-tekst; hvis det er en Excel-projektmappe, så giv den filtypen .xlsx`,
  "list-xls": (p) =>
    `${p.file} er en gammel Excel-projektmappe (.xls); ${p.asCsv ? saveCsv : "gem den som .xlsx eller CSV"}`,
  "list-nul": (p) =>
    `${p.file} er ikke en tekstfil (den indeholder ${p.line === undefined ? "NUL-byte" : `en NUL-byte på linje ${n(p.line)}`}); er det den rigtige fil?`,
  "list-binary": (p) =>
    `${p.file} er ikke en tekstfil (den indeholder binære data); er det den rigtige fil?`,
  "list-not-utf8": (p) =>
    `${p.file} er ikke gyldig UTF-8; hvis den er gemt af en ældre Excel, så prøv --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `${p.file} er tom: der er ingen overskriftslinje`
      : `arket »${p.sheet}« i ${p.file} er tomt: der er ingen overskriftsrække`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `her begynder en post på over ${n(p.limit / 2 ** 20)} millioner tegn; sandsynligvis bliver et anførselstegn ("), der åbner et felt, aldrig lukket`
      : `her begynder en linje på over ${n(p.limit / 2 ** 20)} millioner tegn, mere end nogen ansøgerliste har; er det den rigtige fil?`,
  "csv-unclosed-quote": () =>
    'her begynder et felt i anførselstegn, men det afsluttende anførselstegn (") mangler før filens slutning',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "listen" : `arket »${p.sheet}«`;
    const them = p.missing.length === 1 ? "den" : "dem";
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; ingen af projektmappens andre ark (${q(all)}) har ${them} heller`;
      else
        hint = `; ${fitting.length === 1 ? "arket" : "arkene"} ${and(fitting.map((f) => `»${f}«`))} har ${them}: ${fitting.length === 1 ? "læs det" : "vælg ét"} med --sheet ${option}`;
    }
    return `${p.missing.length === 1 ? "den påkrævede kolonne" : "de påkrævede kolonner"} ${q(p.missing)} mangler; ${where} har ${p.found.length === 0 ? "ingen kolonner" : q(p.found)}${hint}`;
  },
  "no-applicants-section": (p) =>
    `${p.program} har ingen applicants-del, så der er intet at kontrollere en ansøgerliste op imod`,
  "no-seats-section": (p) => `${p.program} har ingen seats-del, så der er ingen pladser at fordele`,
  "no-requirements": (p) =>
    `${p.program} angiver ingen krav (requirements), så der er intet at kontrollere`,
  "no-such-applicant": (p) => `der er ingen ansøger med id »${p.id}« i ${p.list}`,
  "xlsx-not-zip": (p) =>
    `${p.file} er ikke en .xlsx-projektmappe: ${p.oldOrLocked ? "det er en gammel .xls-projektmappe eller en adgangskodebeskyttet; gem den som .xlsx uden adgangskode" : "en .xlsx-fil er et zip-arkiv; er dette en CSV-fil med forkert filtype?"}`,
  "xlsx-damaged": (p) =>
    `${p.file} kunne ikke læses som en Excel-projektmappe: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `${p.file} er ${sizeText(p.size, p.limit, true)}; en projektmappe læses ind i hukommelsen i sin helhed, så cohort læser .xlsx-filer på op til ${sizeText(p.limit, p.limit, true, true)}; gem en så stor liste som CSV, der læses stykke for stykke`,
  "xlsx-inflates": (p) =>
    `${p.file} pakkes ud til mere end ${n(p.limit / 2 ** 20)}\u00a0MiB, mere end en projektmappe med ansøgere kan indeholde; er det den rigtige fil?`,
  "xlsx-all-hidden": (p) =>
    `${p.file} har intet synligt ark (arkene ${q(p.sheets)} er alle skjulte); vælg det ark, der skal læses, med --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `${p.file} har intet ark med navnet »${p.sheet}«; arkene er ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `${p.file} har ingen ark`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: arket »${p.sheet}« har en række med nummer ${p.row}, ud over de ${n(p.max)} rækker, en projektmappe kan have; filen er ikke skrevet af Excel eller er beskadiget`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: arket »${p.sheet}« har en celle i ${p.cell}, ud over den sidste række (${n(p.max)}) eller kolonne (XFD), en projektmappe kan have; filen er ikke skrevet af Excel eller er beskadiget`,
  "xlsx-too-many-rows": (p) =>
    `arket »${p.sheet}« i ${p.file} har flere end de ${n(p.max)} rækker, en projektmappe kan have`,
  "xlsx-too-many-cells": (p) =>
    `arket »${p.sheet}« i ${p.file} har flere end ${n(p.max)} celler frem til række ${n(p.row)}, flere end en ansøgerliste behøver; er der celler langt til højre for listen${p.cell === undefined ? "" : ` (${p.cell})`}? Gem kun listen`,
  "declined-utf16-invalid": (p) =>
    `${p.file} begynder som UTF-16-tekst, men er ikke gyldig UTF-16; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `${p.file} ligner UTF-16-tekst uden byte order mark (BOM); ${saveIds}`,
  "declined-nul": () => "en NUL-byte: dette er ikke en tekstfil med id'er; er det den rigtige fil?",
  "declines-refused": (p) => {
    const lines = p.shown.map(
      ({ id, line, why }) => `linje ${n(line)}: ${shownId(id)} ${WHY[why]}`,
    );
    if (p.more.length > 0) {
      const total = p.more.reduce((sum, m) => sum + m.count, 0);
      lines.push(
        `… og ${n(total)} mere (${p.more.map((m) => `${n(m.count)} ${REST[m.why]}`).join(", ")})`,
      );
    }
    return `${p.file}: kun optagne ansøgere kan takke nej:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} er ikke en revisionslog: det er ikke ${p.utf16 ? "gyldig UTF-16" : "UTF-8"}-tekst (cohort allocate --audit skriver en)`,
  "audit-not-json": (p) =>
    `${p.file} er ikke en revisionslog: det er ikke JSON (cohort allocate --audit skriver en)`,
  "audit-too-deep": (p) =>
    `${p.file} er ikke en revisionslog fra cohort: den er indlejret dybere end ${p.depth} niveauer`,
  "audit-not-record": (p) => `${p.file} er ikke en revisionslog fra cohort (version 1 eller 2)`,
  "audit-bad-outcome": (p) => `${p.file}: udfald nr. ${n(p.n)} er ikke en ansøgers udfald`,
  "audit-bad-class": (p) => `${p.file}: holdet for ansøger ${p.id} er ikke et hold-id`,
  "audit-other-program": (p) =>
    `${p.file} er en fordeling for programmet »${p.recorded}«, ikke for ${p.programFile} (»${p.program}«)`,
  "audit-edited": (p) =>
    `${p.file} er blevet ændret, siden den blev skrevet (udfaldene passer ikke længere med deres SHA-256); cohort verify ${p.file} viser mere`,
  "declines-edited": (p) =>
    `${p.file} er blevet ændret, siden den blev skrevet (${p.sections.length === 1 ? "delen" : "delene"} ${p.sections.join(", ")} passer ikke med loggens SHA-256); afbud bygger kun på en uændret log: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} er revisionsloggen for ${p.recorded}, ikke for ${p.program}: afbud bygger på en afgørelse for samme program`,
  "declines-other-intake": (p) =>
    `${p.file} er revisionsloggen for optag ${p.recorded ?? "(intet)"}, ikke for optag ${p.intake ?? "(intet)"}: angiv optaget med --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${n(p.count)} ${p.count === 1 ? "ansøger" : "ansøgere"}, der blev optaget i ${p.from}, er ikke længere ${p.count === 1 ? "en kvalificeret ansøger" : "kvalificerede ansøgere"} i ${p.list} (${p.ids.join(", ")}${p.count > p.ids.length ? ` og ${n(p.count - p.ids.length)} mere` : ""}); en optagelse gøres aldrig om, så intet blev fordelt: sæt deres rækker tilbage, eller fordel forfra uden --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `${p.list} har flere end ${n(p.limit)} slags ansøgere til holdene (hver forskellig kombination af kvote, spredningsværdi og prioritetsliste er én), det meste en fordeling med hold kan klare; færre forskellige prioritetslister (højst tre prioriteter hver, af hold eller studiesteder) holder sig langt under grænsen`
      : `${p.list} har flere end ${n(p.limit)} slags ansøgere (hver forskellig kombination af kvote og spredningsværdier er én), det meste en fordeling med flere spredningsfelter kan klare; spred på færre felter eller på felter med færre værdier`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} henviser til inputfiler uden for sin egen mappe, og verify åbner dem kun, når de er angivet på kommandolinjen:`,
      ...p.inputs.map((i) => `  --${i.role}: ${JSON.stringify(i.recorded)}`),
      `hvis det er de rigtige filer, så angiv dem: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `${p.file} kan ikke bekræftes (${p.why === "refused" ? "listen over afbud afvises" : p.why === "changed" ? "en inputfil er ændret" : "udfaldene er forskellige"}), så der blev ikke skrevet nogen breve; cohort verify ${p.file} viser hvorfor`,
  "letters-record-changed": (p) =>
    `${p.file} blev ændret, mens brevene blev forberedt; kør kommandoen igen`,
  "letters-input-changed": (p) =>
    `en inputfil til ${p.file} blev ændret, mens brevene blev forberedt; kør kommandoen igen`,
  "letters-applicant-missing": (p) =>
    `ansøger ${p.id} i ${p.file} står ikke i ansøgerlisten, som den blev registreret; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} er ikke en mappe med brevskabeloner`,
  "templates-unreadable": (p) => `kan ikke læse brevskabelonerne i ${p.folder}: ${fault(p.fault)}`,
  "template-stray": (p) =>
    `${p.file} er ikke navnet på en brevskabelon; navnene er ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} indeholder brevskabeloner, men navnet er ikke en sprogkode, cohort kender (${p.codes.join(", ")}), så skabelonerne i den bliver aldrig brugt; ${p.meant ? `omdøb mappen til ${p.meant}` : `omdøb mappen til koden for det sprog, skabelonerne er skrevet på, eller flyt den ud af ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} indeholder brevskabeloner, men mappen er opkaldt efter programmets eget sprog, hvis skabeloner læses direkte fra ${p.parent}, så skabelonerne i den bliver aldrig brugt; flyt dem op i ${p.parent}`,
  "template-not-utf8": (p) => `${p.file} er ikke UTF-8-tekst; gem den som UTF-8`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) => `${p.file} angiver intet optag, men ${p.program} har optag`,
  "roster-unknown-intake": (p) =>
    `${p.program} har intet optag »${p.intake}«, som ${p.file} henviser til`,
  "roster-unplaced": (p) => `${p.file} placerer nogle deltagere på hold, men ikke ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} placerer ${p.id} på holdet »${p.class}«, som optag ${p.intake} i ${p.program} ikke har`,
  "roster-list-outside": (p) =>
    `${p.file} henviser til ansøgerlisten ${JSON.stringify(p.recorded)} uden for sin egen mappe, og roster åbner den kun, når den er angivet: brug --applicants FIL`,
  "roster-no-id-column": (p) =>
    `${p.list} har ingen kolonne »${p.column}«, id-kolonnen i ${p.program}`,
  "roster-other-list": (p) =>
    `${p.list} er ikke den ansøgerliste, ${p.file} blev lavet ud fra (dens SHA-256 er en anden); navnene og e-mailadresserne i deltagerlisten skal komme fra den liste`,
  "roster-participant-missing": (p) => `deltageren ${p.id} i ${p.file} står ikke i ${p.list}`,
  "progress-columns-missing": (p) =>
    `${p.missing.length === 1 ? "kolonnen" : "kolonnerne"} ${q(p.missing)} mangler; cohort roster skriver alle de kolonner, progress læser`,
  "progress-too-many": (p) =>
    `${p.file} har flere end ${n(p.max)} deltagere; en deltagerliste gælder ét optag`,
  "program-invalid": (p) => `${p.file} er ikke en gyldig programfil`,
  "program-not-found": (p) =>
    `der findes ingen fil eller program-id ${p.id} (program-id'er slås op i ${p.folder}/)${p.suggestion === undefined ? "" : `; mente du »${p.suggestion}«?`}`,
  "program-ref-folder": (p) => `${p.ref} er en mappe; angiv én programfil eller ét program-id`,
  "program-id-twice": (p) => `program-id'et »${p.id}« bruges af både ${p.first} og ${p.second}`,
  "no-program-files": (p) => `der er ingen programfiler (*.yaml, *.yml) i ${p.folder}`,
  "calendar-empty": (p) =>
    `ingen kalender skrevet: ${p.program === undefined ? "programmerne har" : `${p.program} har`} ingen samlinger med datoer${p.from !== undefined || p.to !== undefined ? ` mellem ${p.from ?? "starten"} og ${p.to ?? "slutningen"}` : ""}, og en kalender skal have mindst én begivenhed`,
  "init-file-exists": (p) =>
    `${p.file} findes allerede, og cohort init overskriver aldrig en fil${p.other ? `. Vælg ${p.other.kind === "file" ? "en anden fil" : "et andet id"}, for eksempel: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `${p.file} har allerede program-id'et »${p.id}«, og id'er skal være entydige i en mappe. Vælg ${p.other.kind === "file" ? "en anden fil" : "et andet id"}, for eksempel: ${p.other.command}`,
  "write-failed": (p) =>
    `kan ikke skrive ${p.file}: ${fault(p.fault)}${p.kept ? "; filen er ikke ændret" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `du har ikke adgang til at skrive ${p.file}`
      : `kan ikke skrive ${p.file}: du har ikke adgang til at skrive i ${p.folder}`,
  "write-disk-full": (p) => `kan ikke skrive ${p.file}: disken er fuld`,
  "write-no-folder": (p) => `kan ikke skrive ${p.file}: mappen ${p.folder} findes ikke`,
  "write-path-not-folder": (p) =>
    `kan ikke skrive ${p.file}: en del af stien ${p.folder} er ikke en mappe`,
  "write-name-too-long": (p) => `kan ikke skrive ${p.file}: filnavnet er for langt`,
  "write-is-folder": (p) => `kan ikke skrive ${p.file}: det er en mappe`,
  "write-link-loop": (p) => `kan ikke skrive ${p.file}: for mange symbolske links på vejen`,
  "write-locked": (p) =>
    `kan ikke skrive ${p.file}: en anden kørsel af cohort${p.process === undefined ? "" : ` (proces ${p.process})`} skriver den; prøv igen, når den er færdig (hvis ingen kører, så fjern ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) => `${file} er ikke en gyldig programfil (${n(errors)} fejl):`,
  more: (count) => `… og ${n(count)} mere`,
  validate: (command) => `Kør ${command} for at se alle fund.`,
};
