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
import { templateFaults } from "../template-faults/nn.js";
import { grouped } from "../terminal-words.js";
import { xlsxDamage } from "../xlsx-damage/nn.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

const q = (names: readonly string[]) => quotedList(names, "«", "»");
const n = (count: number) => grouped(count, "\u00a0");
const and = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
const columns = (count: number) => (count === 1 ? "kolonnen" : "kolonnane");

const FAULTS: Record<FaultCode, string> = {
  ENOENT: "fila eller mappa finst ikkje",
  EACCES: "inga tilgang",
  EPERM: "inga tilgang",
  EROFS: "filsystemet er skrivebeskytta",
  ENOSPC: "disken er full",
  EDQUOT: "diskkvoten er brukt opp",
  EISDIR: "det er ei mappe",
  ENOTDIR: "ein del av stigen er ikkje ei mappe",
  ELOOP: "for mange symbolske lenkjer på vegen",
  ENAMETOOLONG: "filnamnet er for langt",
  EEXIST: "fila finst allereie",
  EBUSY: "fila er i bruk",
  EMFILE: "for mange opne filer",
  EIO: "lese- eller skrivefeil på disken",
  EXDEV: "fila kan ikkje flyttast til ein annan disk",
  ETXTBSY: "fila er i bruk",
  EFBIG: "fila er for stor",
};
const fault = (f: { code?: string; text: string }) => faultText(f, FAULTS);
const saveCsv = "lagre ho som «CSV UTF-8» (eller som .xlsx) og prøv igjen";
const saveIds = "lagre ho som UTF-8-tekst (éin ID per linje)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "står på ventelista og har aldri fått tilbod om plass",
  ineligible: "er ikkje kvalifisert",
  invalid: "er ugyldig",
  absent: "står ikkje i søkjarlista",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "på ventelista",
  ineligible: "ikkje kvalifiserte",
  invalid: "ugyldige",
  absent: "ikkje i søkjarlista",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `fila finst ikkje: ${p.file}`,
  "file-is-folder": (p) => `${p.file} er ei mappe, ikkje ei fil`,
  "file-no-permission": (p) => `du har ikkje tilgang til å lese ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: ein del av stigen er ikkje ei mappe`,
  "file-link-loop": (p) =>
    `kan ikkje lese ${p.file}: for mange symbolske lenkjer på vegen (ei lenkje som peikar tilbake på seg sjølv?)`,
  "file-unreadable": (p) => `kan ikkje lese ${p.file}: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `${p.file} er ${p.size === undefined ? "større enn" : `${sizeText(p.size, p.limit, true)}, meir enn`} dei ${sizeText(p.limit, p.limit, true, true)} ei fil av denne typen kan vere; er det rett fil?`,
  "file-not-regular": (p) =>
    `${p.file} er ikkje ei vanleg fil (eit røyr?), og hashverdien krev at ho blir lesen to gonger; lagre ho i ei fil først, eller send lista til - (stdin)`,
  "stdin-twice": () => "stdin (-) kan berre lesast éin gong",
  "text-utf16-invalid": (p) =>
    `${p.file} ser ut som UTF-16-tekst, men er ikkje gyldig UTF-16; lagre ho som UTF-8`,
  "text-nul": (p) => `${p.file} er ikkje ei tekstfil (ho inneheld NUL-byte)`,
  "text-not-utf8": (p) => `${p.file} er ikkje gyldig UTF-8; lagre ho som UTF-8`,
  "list-format": (p) =>
    `${p.file} har eit format cohort ikkje les (${p.extension ? `«${p.extension}»` : "inga filending"}); ei søkjarliste er ei .csv-, .tsv- eller .xlsx-fil, eller - for CSV på stdin`,
  "list-utf16": (p) =>
    `${p.file} ${p.bom ? "er" : "ser ut som"} UTF-16-tekst, som cohort ikkje les; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} er ei zip-fil, ikkje CSV-tekst; er det ei Excel-arbeidsbok, gi ho filendinga .xlsx`,
  "list-xls": (p) =>
    `${p.file} er ei gammal Excel-arbeidsbok (.xls); ${p.asCsv ? saveCsv : "lagre ho som .xlsx eller CSV"}`,
  "list-nul": (p) =>
    `${p.file} er ikkje ei tekstfil (ho inneheld ${p.line === undefined ? "NUL-byte" : `ein NUL-byte på linje ${n(p.line)}`}); er det rett fil?`,
  "list-binary": (p) =>
    `${p.file} er ikkje ei tekstfil (ho inneheld binære data); er det rett fil?`,
  "list-not-utf8": (p) =>
    `${p.file} er ikkje gyldig UTF-8; er ho lagra av ein eldre Excel, prøv --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `${p.file} er tom: ho har inga overskriftslinje`
      : `arket «${p.sheet}» i ${p.file} er tomt: det har inga overskriftsrad`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `her byrjar ein post på over ${n(p.limit / 2 ** 20)} millionar teikn; truleg blir eit hermeteikn (") som opnar eit felt, aldri lukka`
      : `her byrjar ei linje på over ${n(p.limit / 2 ** 20)} millionar teikn, meir enn nokon søkjarliste har; er det rett fil?`,
  "csv-unclosed-quote": () =>
    'her byrjar eit felt i hermeteikn, men det avsluttande hermeteiknet (") manglar før slutten av fila',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "lista" : `arket «${p.sheet}»`;
    const them = p.missing.length === 1 ? "han" : "dei";
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; ingen av dei andre arka i arbeidsboka (${q(all)}) har ${them} heller`;
      else
        hint = `; ${fitting.length === 1 ? "arket" : "arka"} ${and(fitting.map((f) => `«${f}»`))} har ${them}: ${fitting.length === 1 ? "les det" : "vel eitt"} med --sheet ${option}`;
    }
    return `${p.missing.length === 1 ? "den påkravde" : "dei påkravde"} ${columns(p.missing.length)} ${q(p.missing)} manglar; ${where} har ${p.found.length === 0 ? "ingen kolonnar" : q(p.found)}${hint}`;
  },
  "no-applicants-section": (p) =>
    `${p.program} har ingen applicants-del, så det er ingenting å sjekke ei søkjarliste mot`,
  "no-seats-section": (p) => `${p.program} har ingen seats-del, så det er ingen plassar å fordele`,
  "no-requirements": (p) =>
    `${p.program} har ingen krav (requirements), så det er ingenting å sjekke`,
  "no-such-applicant": (p) => `det finst ingen søkjar med ID «${p.id}» i ${p.list}`,
  "xlsx-not-zip": (p) =>
    `${p.file} er ikkje ei .xlsx-arbeidsbok: ${p.oldOrLocked ? "det er ei gammal .xls-arbeidsbok eller ei passordverna ei; lagre ho som .xlsx utan passord" : "ei .xlsx-fil er eit zip-arkiv; er dette ei CSV-fil med feil filending?"}`,
  "xlsx-damaged": (p) =>
    `${p.file} kunne ikkje lesast som ei Excel-arbeidsbok: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `${p.file} er ${sizeText(p.size, p.limit, true)}; ei arbeidsbok blir lesen heil inn i minnet, så cohort les .xlsx-filer på opptil ${sizeText(p.limit, p.limit, true, true)}; lagre ei så stor liste som CSV, som blir lesen bit for bit`,
  "xlsx-inflates": (p) =>
    `${p.file} blir pakka ut til meir enn ${n(p.limit / 2 ** 20)}\u00a0MiB, meir enn ei arbeidsbok med søkjarar kan innehalde; er det rett fil?`,
  "xlsx-all-hidden": (p) =>
    `${p.file} har ingen synlege ark (arka ${q(p.sheets)} er alle gøymde); vel arket som skal lesast, med --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `${p.file} har ikkje noko ark som heiter «${p.sheet}»; arka er ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `${p.file} har ingen ark`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: arket «${p.sheet}» har ei rad med nummer ${p.row}, ut over dei ${n(p.max)} radene ei arbeidsbok kan ha; fila er ikkje skriven av Excel, eller ho er skadd`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: arket «${p.sheet}» har ei celle i ${p.cell}, ut over siste rad (${n(p.max)}) eller kolonne (XFD) ei arbeidsbok kan ha; fila er ikkje skriven av Excel, eller ho er skadd`,
  "xlsx-too-many-rows": (p) =>
    `arket «${p.sheet}» i ${p.file} har fleire enn dei ${n(p.max)} radene ei arbeidsbok kan ha`,
  "xlsx-too-many-cells": (p) =>
    `arket «${p.sheet}» i ${p.file} har meir enn ${n(p.max)} celler fram til rad ${n(p.row)}, meir enn ei søkjarliste treng; finst det celler langt til høgre for lista${p.cell === undefined ? "" : ` (${p.cell})`}? Lagre berre lista`,
  "declined-utf16-invalid": (p) =>
    `${p.file} byrjar som UTF-16-tekst, men er ikkje gyldig UTF-16; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `${p.file} ser ut som UTF-16-tekst utan byte-order mark (BOM); ${saveIds}`,
  "declined-nul": () => "ein NUL-byte: dette er ikkje ei tekstfil med ID-ar; er det rett fil?",
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
    return `${p.file}: berre søkjarar som er tekne opp, kan takke nei:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} er ikkje ein revisjonslogg: det er ikkje ${p.utf16 ? "gyldig UTF-16" : "UTF-8"}-tekst (cohort allocate --audit skriv ein)`,
  "audit-not-json": (p) =>
    `${p.file} er ikkje ein revisjonslogg: det er ikkje JSON (cohort allocate --audit skriv ein)`,
  "audit-too-deep": (p) =>
    `${p.file} er ikkje ein revisjonslogg frå cohort: han er nøsta djupare enn ${p.depth} nivå`,
  "audit-not-record": (p) => `${p.file} er ikkje ein revisjonslogg frå cohort (versjon 1 eller 2)`,
  "audit-bad-outcome": (p) => `${p.file}: utfall nr. ${n(p.n)} er ikkje utfallet for ein søkjar`,
  "audit-bad-class": (p) => `${p.file}: klassen til søkjar ${p.id} er ikkje ein klasse-ID`,
  "audit-other-program": (p) =>
    `${p.file} er ei fordeling for programmet «${p.recorded}», ikkje for ${p.programFile} («${p.program}»)`,
  "audit-edited": (p) =>
    `${p.file} er endra etter at han vart skriven (utfalla stemmer ikkje lenger med SHA-256-verdien); cohort verify ${p.file} viser meir`,
  "declines-edited": (p) =>
    `${p.file} er endra etter at han vart skriven (${p.sections.length === 1 ? "delen" : "delane"} ${p.sections.join(", ")} stemmer ikkje med SHA-256-verdiane i loggen); avslag på tilbod byggjer berre på ein uendra logg: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} er revisjonsloggen for ${p.recorded}, ikkje for ${p.program}: avslag på tilbod byggjer på eit vedtak for same program`,
  "declines-other-intake": (p) =>
    `${p.file} er revisjonsloggen for opptak ${p.recorded ?? "(inkje)"}, ikkje for opptak ${p.intake ?? "(inkje)"}: oppgi opptaket med --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${n(p.count)} ${p.count === 1 ? "søkjar" : "søkjarar"} som vart tekne opp i ${p.from}, er ikkje lenger ${p.count === 1 ? "ein kvalifisert søkjar" : "kvalifiserte søkjarar"} i ${p.list} (${p.ids.join(", ")}${p.count > p.ids.length ? ` og ${n(p.count - p.ids.length)} til` : ""}); eit opptak blir aldri gjort om, så ingenting vart fordelt: set radene deira tilbake, eller fordel på nytt utan --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `${p.list} har meir enn ${n(p.limit)} ulike slag søkjarar for klassane (kvar ulik kombinasjon av kvote, spreiingsverdi og valliste er éin), det meste ei fordeling med klassar kan ta; færre ulike vallister (høgst tre val kvar, av klassar eller studiestader) held seg godt under grensa`
      : `${p.list} har meir enn ${n(p.limit)} ulike slag søkjarar (kvar ulik kombinasjon av kvote og spreiingsverdiar er éin), det meste ei fordeling med fleire spreiingsfelt kan ta; spreie på færre felt, eller på felt med færre verdiar`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} viser til inndatafiler utanfor si eiga mappe, og verify opnar dei berre når dei er oppgitte på kommandolinja:`,
      ...p.inputs.map((i) => `  --${i.role}: ${JSON.stringify(i.recorded)}`),
      `er dette dei rette filene, oppgi dei: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `${p.file} let seg ikkje stadfeste (${p.why === "refused" ? "lista over avslag på tilbod blir avvist" : p.why === "changed" ? "ei inndatafil er endra" : "utfalla er ikkje dei same"}), så ingen brev vart skrivne; cohort verify ${p.file} viser kvifor`,
  "letters-record-changed": (p) =>
    `${p.file} vart endra medan breva vart laga; køyr kommandoen på nytt`,
  "letters-input-changed": (p) =>
    `ei inndatafil til ${p.file} vart endra medan breva vart laga; køyr kommandoen på nytt`,
  "letters-applicant-missing": (p) =>
    `søkjar ${p.id} i ${p.file} står ikkje i søkjarlista slik ho vart registrert; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} er ikkje ei mappe med brevmalar`,
  "templates-unreadable": (p) => `kan ikkje lese brevmalane i ${p.folder}: ${fault(p.fault)}`,
  "template-stray": (p) =>
    `${p.file} er ikkje namnet på ein brevmal; namna er ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} inneheld brevmalar, men namnet er ikkje ein språkkode cohort kjenner (${p.codes.join(", ")}), så malane der blir aldri brukte; ${p.meant ? `endre namnet på mappa til ${p.meant}` : `endre namnet på mappa til koden for språket malane er skrivne på, eller flytt ho ut av ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} inneheld brevmalar, men mappa er kalla opp etter språket til programmet, og malane for det blir lesne rett frå ${p.parent}, så malane der blir aldri brukte; flytt dei opp i ${p.parent}`,
  "template-not-utf8": (p) => `${p.file} er ikkje UTF-8-tekst; lagre ho som UTF-8`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) => `${p.file} oppgir ikkje noko opptak, men ${p.program} har opptak`,
  "roster-unknown-intake": (p) =>
    `${p.program} har ikkje noko opptak «${p.intake}», som ${p.file} viser til`,
  "roster-unplaced": (p) => `${p.file} plasserer nokre deltakarar i klassar, men ikkje ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} plasserer ${p.id} i klassen «${p.class}», som opptak ${p.intake} i ${p.program} ikkje har`,
  "roster-list-outside": (p) =>
    `${p.file} viser til søkjarlista ${JSON.stringify(p.recorded)} utanfor si eiga mappe, og roster opnar ho berre når ho er oppgitt: bruk --applicants FIL`,
  "roster-no-id-column": (p) =>
    `${p.list} har ingen kolonne «${p.column}», ID-kolonnen i ${p.program}`,
  "roster-other-list": (p) =>
    `${p.list} er ikkje søkjarlista ${p.file} vart laga frå (SHA-256-verdien er ein annan); namna og e-postadressene i deltakarlista må kome frå den lista`,
  "roster-participant-missing": (p) => `deltakaren ${p.id} i ${p.file} står ikkje i ${p.list}`,
  "progress-columns-missing": (p) =>
    `${columns(p.missing.length)} ${q(p.missing)} manglar; cohort roster skriv alle kolonnane progress les`,
  "progress-too-many": (p) =>
    `${p.file} har fleire enn ${n(p.max)} deltakarar; ei deltakarliste gjeld eitt opptak`,
  "program-invalid": (p) => `${p.file} er ikkje ei gyldig programfil`,
  "program-not-found": (p) =>
    `det finst inga fil eller program-ID ${p.id} (program-ID-ar blir slått opp i ${p.folder}/)${p.suggestion === undefined ? "" : `; meinte du «${p.suggestion}»?`}`,
  "program-ref-folder": (p) => `${p.ref} er ei mappe; oppgi éi programfil eller éin program-ID`,
  "program-id-twice": (p) => `program-ID-en «${p.id}» blir brukt av både ${p.first} og ${p.second}`,
  "no-program-files": (p) => `det finst ingen programfiler (*.yaml, *.yml) i ${p.folder}`,
  "calendar-empty": (p) =>
    `ingen kalender vart skriven: ${p.program === undefined ? "programma har" : `${p.program} har`} ingen samlingar med datoar${p.from !== undefined || p.to !== undefined ? ` mellom ${p.from ?? "starten"} og ${p.to ?? "slutten"}` : ""}, og ein kalender må ha minst éi hending`,
  "init-file-exists": (p) =>
    `${p.file} finst allereie, og cohort init skriv aldri over ei fil${p.other ? `. Vel ${p.other.kind === "file" ? "ei anna fil" : "ein annan ID"}, til dømes: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `${p.file} har allereie program-ID-en «${p.id}», og ID-ane må vere unike i ei mappe. Vel ${p.other.kind === "file" ? "ei anna fil" : "ein annan ID"}, til dømes: ${p.other.command}`,
  "write-failed": (p) =>
    `kan ikkje skrive ${p.file}: ${fault(p.fault)}${p.kept ? "; fila er ikkje endra" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `du har ikkje tilgang til å skrive ${p.file}`
      : `kan ikkje skrive ${p.file}: du har ikkje tilgang til å skrive i ${p.folder}`,
  "write-disk-full": (p) => `kan ikkje skrive ${p.file}: disken er full`,
  "write-no-folder": (p) => `kan ikkje skrive ${p.file}: mappa ${p.folder} finst ikkje`,
  "write-path-not-folder": (p) =>
    `kan ikkje skrive ${p.file}: ein del av stigen ${p.folder} er ikkje ei mappe`,
  "write-name-too-long": (p) => `kan ikkje skrive ${p.file}: filnamnet er for langt`,
  "write-is-folder": (p) => `kan ikkje skrive ${p.file}: det er ei mappe`,
  "write-link-loop": (p) => `kan ikkje skrive ${p.file}: for mange symbolske lenkjer på vegen`,
  "write-locked": (p) =>
    `kan ikkje skrive ${p.file}: ei anna cohort-køyring${p.process === undefined ? "" : ` (prosess ${p.process})`} skriv ho no; prøv igjen når ho er ferdig (køyrer ingen, fjern ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) => `${file} er ikkje ei gyldig programfil (${n(errors)} feil):`,
  more: (count) => `… og ${n(count)} til`,
  validate: (command) => `Køyr ${command} for å sjå alle funna.`,
};
