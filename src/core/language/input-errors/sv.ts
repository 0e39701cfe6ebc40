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
import { templateFaults } from "../template-faults/sv.js";
import { grouped } from "../terminal-words.js";
import { xlsxDamage } from "../xlsx-damage/sv.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

const q = (names: readonly string[]) => quotedList(names, "”", "”");
const n = (count: number) => grouped(count, "\u00a0");
const and = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;

const FAULTS: Record<FaultCode, string> = {
  ENOENT: "filen eller mappen finns inte",
  EACCES: "behörighet saknas",
  EPERM: "behörighet saknas",
  EROFS: "filsystemet är skrivskyddat",
  ENOSPC: "disken är full",
  EDQUOT: "diskkvoten är förbrukad",
  EISDIR: "det är en mapp",
  ENOTDIR: "en del av sökvägen är inte en mapp",
  ELOOP: "för många symboliska länkar på vägen",
  ENAMETOOLONG: "filnamnet är för långt",
  EEXIST: "filen finns redan",
  EBUSY: "filen används",
  EMFILE: "för många öppna filer",
  EIO: "läs- eller skrivfel på disken",
  EXDEV: "filen kan inte flyttas till en annan disk",
  ETXTBSY: "filen används",
  EFBIG: "filen är för stor",
};
const fault = (f: { code?: string; text: string }) => faultText(f, FAULTS);
const saveCsv = "spara den som ”CSV UTF-8” (eller som .xlsx) och försök igen";
const saveIds = "spara den som UTF-8-text (ett id per rad)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "står på reservlistan och har aldrig erbjudits en plats",
  ineligible: "är inte behörig",
  invalid: "är ogiltig",
  absent: "finns inte i ansökningslistan",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "på reservlistan",
  ineligible: "inte behöriga",
  invalid: "ogiltiga",
  absent: "inte i ansökningslistan",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `filen finns inte: ${p.file}`,
  "file-is-folder": (p) => `${p.file} är en mapp, inte en fil`,
  "file-no-permission": (p) => `du har inte behörighet att läsa ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: en del av sökvägen är inte en mapp`,
  "file-link-loop": (p) =>
    `kan inte läsa ${p.file}: för många symboliska länkar på vägen (en länk som pekar tillbaka på sig själv?)`,
  "file-unreadable": (p) => `kan inte läsa ${p.file}: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `${p.file} är ${p.size === undefined ? "större än" : `${sizeText(p.size, p.limit, true)}, mer än`} de ${sizeText(p.limit, p.limit, true, true)} som en fil av det här slaget får vara; är det rätt fil?`,
  "file-not-regular": (p) =>
    `${p.file} är inte en vanlig fil (ett rör?), och dess hashvärde kräver att den läses två gånger; spara den i en fil först, eller skicka listan till - (stdin)`,
  "stdin-twice": () => "stdin (-) kan bara läsas en gång",
  "text-utf16-invalid": (p) =>
    `${p.file} ser ut som UTF-16-text men är inte giltig UTF-16; spara den som UTF-8`,
  "text-nul": (p) => `${p.file} är inte en textfil (den innehåller NUL-byte)`,
  "text-not-utf8": (p) => `${p.file} är inte giltig UTF-8; spara den som UTF-8`,
  "list-format": (p) =>
    `${p.file} har ett format som cohort inte läser (${p.extension ? `”${p.extension}”` : "inget filnamnstillägg"}); en ansökningslista är en .csv-, .tsv- eller .xlsx-fil, eller - för CSV på stdin`,
  "list-utf16": (p) =>
    `${p.file} ${p.bom ? "är" : "ser ut som"} UTF-16-text, som cohort inte läser; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} är en zip-fil, inte CSV-text; om det är en Excel-arbetsbok, ge den filnamnstillägget .xlsx`,
  "list-xls": (p) =>
    `${p.file} är en gammal Excel-arbetsbok (.xls); ${p.asCsv ? saveCsv : "spara den som .xlsx eller CSV"}`,
  "list-nul": (p) =>
    `${p.file} är inte en textfil (den innehåller ${p.line === undefined ? "NUL-byte" : `en NUL-byte på rad ${n(p.line)}`}); är det rätt fil?`,
  "list-binary": (p) =>
    `${p.file} är inte en textfil (den innehåller binära data); är det rätt fil?`,
  "list-not-utf8": (p) =>
    `${p.file} är inte giltig UTF-8; om den sparades av en äldre Excel, prova --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `${p.file} är tom: den har ingen rubrikrad`
      : `bladet ”${p.sheet}” i ${p.file} är tomt: det har ingen rubrikrad`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `här börjar en post på över ${n(p.limit / 2 ** 20)} miljoner tecken; troligen stängs aldrig ett citattecken (") som öppnar ett fält`
      : `här börjar en rad på över ${n(p.limit / 2 ** 20)} miljoner tecken, mer än någon ansökningslista har; är det rätt fil?`,
  "csv-unclosed-quote": () =>
    'här börjar ett fält inom citattecken, men det avslutande citattecknet (") saknas före filens slut',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "listan" : `bladet ”${p.sheet}”`;
    const them = p.missing.length === 1 ? "den" : "dem";
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; inget annat blad i arbetsboken (${q(all)}) har ${them} heller`;
      else
        hint = `; ${fitting.length === 1 ? "bladet" : "bladen"} ${and(fitting.map((f) => `”${f}”`))} har ${them}: ${fitting.length === 1 ? "läs det" : "välj ett"} med --sheet ${option}`;
    }
    return `${p.missing.length === 1 ? "den obligatoriska kolumnen" : "de obligatoriska kolumnerna"} ${q(p.missing)} saknas; ${where} har ${p.found.length === 0 ? "inga kolumner" : q(p.found)}${hint}`;
  },
  "no-applicants-section": (p) =>
    `${p.program} har ingen applicants-del, så det finns inget att kontrollera en ansökningslista mot`,
  "no-seats-section": (p) =>
    `${p.program} har ingen seats-del, så det finns inga platser att fördela`,
  "no-requirements": (p) =>
    `${p.program} anger inga krav (requirements), så det finns inget att kontrollera`,
  "no-such-applicant": (p) => `det finns ingen sökande med id ”${p.id}” i ${p.list}`,
  "xlsx-not-zip": (p) =>
    `${p.file} är inte en .xlsx-arbetsbok: ${p.oldOrLocked ? "det är en gammal .xls-arbetsbok eller en lösenordsskyddad; spara den som .xlsx utan lösenord" : "en .xlsx-fil är ett zip-arkiv; är det här en CSV-fil med fel filnamnstillägg?"}`,
  "xlsx-damaged": (p) =>
    `${p.file} kunde inte läsas som en Excel-arbetsbok: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `${p.file} är ${sizeText(p.size, p.limit, true)}; en arbetsbok läses in i minnet i sin helhet, så cohort läser .xlsx-filer på upp till ${sizeText(p.limit, p.limit, true, true)}; spara en så stor lista som CSV, som läses bit för bit`,
  "xlsx-inflates": (p) =>
    `${p.file} packas upp till mer än ${n(p.limit / 2 ** 20)}\u00a0MiB, mer än en arbetsbok med sökande kan innehålla; är det rätt fil?`,
  "xlsx-all-hidden": (p) =>
    `${p.file} har inget synligt blad (bladen ${q(p.sheets)} är alla dolda); välj bladet som ska läsas med --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `${p.file} har inget blad som heter ”${p.sheet}”; bladen är ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `${p.file} har inga blad`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: bladet ”${p.sheet}” har en rad med nummer ${p.row}, bortom de ${n(p.max)} rader en arbetsbok kan ha; filen är inte skriven av Excel, eller så är den skadad`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: bladet ”${p.sheet}” har en cell i ${p.cell}, bortom den sista raden (${n(p.max)}) eller kolumnen (XFD) en arbetsbok kan ha; filen är inte skriven av Excel, eller så är den skadad`,
  "xlsx-too-many-rows": (p) =>
    `bladet ”${p.sheet}” i ${p.file} har fler än de ${n(p.max)} rader en arbetsbok kan ha`,
  "xlsx-too-many-cells": (p) =>
    `bladet ”${p.sheet}” i ${p.file} har fler än ${n(p.max)} celler fram till rad ${n(p.row)}, fler än en ansökningslista behöver; finns det celler långt till höger om listan${p.cell === undefined ? "" : ` (${p.cell})`}? Spara bara listan`,
  "declined-utf16-invalid": (p) =>
    `${p.file} börjar som UTF-16-text men är inte giltig UTF-16; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `${p.file} ser ut som UTF-16-text utan byteordningsmarkering (BOM); ${saveIds}`,
  "declined-nul": () => "en NUL-byte: det här är inte en textfil med id:n; är det rätt fil?",
  "declines-refused": (p) => {
    const lines = p.shown.map(({ id, line, why }) => `rad ${n(line)}: ${shownId(id)} ${WHY[why]}`);
    if (p.more.length > 0) {
      const total = p.more.reduce((sum, m) => sum + m.count, 0);
      lines.push(
        `… och ${n(total)} till (${p.more.map((m) => `${n(m.count)} ${REST[m.why]}`).join(", ")})`,
      );
    }
    return `${p.file}: bara antagna sökande kan tacka nej:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} är inte en granskningslogg: det är inte ${p.utf16 ? "giltig UTF-16" : "UTF-8"}-text (cohort allocate --audit skriver en)`,
  "audit-not-json": (p) =>
    `${p.file} är inte en granskningslogg: det är inte JSON (cohort allocate --audit skriver en)`,
  "audit-too-deep": (p) =>
    `${p.file} är inte en granskningslogg från cohort: den är nästlad djupare än ${p.depth} nivåer`,
  "audit-not-record": (p) => `${p.file} är inte en granskningslogg från cohort (version 1 eller 2)`,
  "audit-bad-outcome": (p) => `${p.file}: utfall nr ${n(p.n)} är inte en sökandes utfall`,
  "audit-bad-class": (p) => `${p.file}: klassen för sökande ${p.id} är inte ett klass-id`,
  "audit-other-program": (p) =>
    `${p.file} är en fördelning för programmet ”${p.recorded}”, inte för ${p.programFile} (”${p.program}”)`,
  "audit-edited": (p) =>
    `${p.file} har ändrats sedan den skrevs (utfallen stämmer inte längre med sitt SHA-256-värde); cohort verify ${p.file} visar mer`,
  "declines-edited": (p) =>
    `${p.file} har ändrats sedan den skrevs (${p.sections.length === 1 ? "delen" : "delarna"} ${p.sections.join(", ")} stämmer inte med loggens SHA-256-värden); återbud utgår bara från en oförändrad logg: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} är granskningsloggen för ${p.recorded}, inte för ${p.program}: återbud utgår från ett beslut för samma program`,
  "declines-other-intake": (p) =>
    `${p.file} är granskningsloggen för antagningsomgång ${p.recorded ?? "(ingen)"}, inte för antagningsomgång ${p.intake ?? "(ingen)"}: ange omgången med --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${n(p.count)} sökande som antogs i ${p.from} är inte längre ${p.count === 1 ? "en behörig sökande" : "behöriga sökande"} i ${p.list} (${p.ids.join(", ")}${p.count > p.ids.length ? ` och ${n(p.count - p.ids.length)} till` : ""}); en antagning görs aldrig om, så ingenting fördelades: lägg tillbaka deras rader, eller fördela på nytt utan --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `${p.list} har fler än ${n(p.limit)} slags sökande för klasserna (varje unik kombination av kvot, spridningsvärde och vallista är ett slag), det mesta en fördelning med klasser klarar; färre olika vallistor (högst tre val vardera, av klasser eller studieorter) håller sig långt under gränsen`
      : `${p.list} har fler än ${n(p.limit)} slags sökande (varje unik kombination av kvot och spridningsvärden är ett slag), det mesta en fördelning med flera spridningsfält klarar; sprid på färre fält, eller på fält med färre värden`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} hänvisar till indatafiler utanför sin egen mapp, och verify öppnar dem bara när de anges på kommandoraden:`,
      ...p.inputs.map((i) => `  --${i.role}: ${JSON.stringify(i.recorded)}`),
      `om det är rätt filer, ange dem: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `${p.file} kan inte bekräftas (${p.why === "refused" ? "listan över återbud avvisas" : p.why === "changed" ? "en indatafil har ändrats" : "utfallen skiljer sig"}), så inga brev skrevs; cohort verify ${p.file} visar varför`,
  "letters-record-changed": (p) =>
    `${p.file} ändrades medan breven förbereddes; kör kommandot igen`,
  "letters-input-changed": (p) =>
    `en indatafil till ${p.file} ändrades medan breven förbereddes; kör kommandot igen`,
  "letters-applicant-missing": (p) =>
    `den sökande ${p.id} i ${p.file} finns inte i ansökningslistan så som den registrerades; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} är inte en mapp med brevmallar`,
  "templates-unreadable": (p) => `kan inte läsa brevmallarna i ${p.folder}: ${fault(p.fault)}`,
  "template-stray": (p) =>
    `${p.file} är inte namnet på en brevmall; namnen är ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} innehåller brevmallar, men namnet är inte en språkkod som cohort känner till (${p.codes.join(", ")}), så mallarna där används aldrig; ${p.meant ? `döp om mappen till ${p.meant}` : `döp om mappen till koden för det språk mallarna är skrivna på, eller flytta den ut ur ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} innehåller brevmallar, men mappen är uppkallad efter programmets eget språk, vars mallar läses direkt från ${p.parent}, så mallarna där används aldrig; flytta upp dem till ${p.parent}`,
  "template-not-utf8": (p) => `${p.file} är inte UTF-8-text; spara den som UTF-8`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) =>
    `${p.file} anger ingen antagningsomgång, men ${p.program} har antagningsomgångar`,
  "roster-unknown-intake": (p) =>
    `${p.program} har ingen antagningsomgång ”${p.intake}”, som ${p.file} hänvisar till`,
  "roster-unplaced": (p) => `${p.file} placerar vissa deltagare i klasser, men inte ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} placerar ${p.id} i klassen ”${p.class}”, som antagningsomgång ${p.intake} i ${p.program} inte har`,
  "roster-list-outside": (p) =>
    `${p.file} hänvisar till ansökningslistan ${JSON.stringify(p.recorded)} utanför sin egen mapp, och roster öppnar den bara när den anges: använd --applicants FIL`,
  "roster-no-id-column": (p) =>
    `${p.list} har ingen kolumn ”${p.column}”, id-kolumnen i ${p.program}`,
  "roster-other-list": (p) =>
    `${p.list} är inte den ansökningslista som ${p.file} gjordes från (SHA-256-värdet skiljer sig); namnen och e-postadresserna i deltagarlistan måste komma från den listan`,
  "roster-participant-missing": (p) => `deltagaren ${p.id} i ${p.file} finns inte i ${p.list}`,
  "progress-columns-missing": (p) =>
    `${p.missing.length === 1 ? "kolumnen" : "kolumnerna"} ${q(p.missing)} saknas; cohort roster skriver alla kolumner som progress läser`,
  "progress-too-many": (p) =>
    `${p.file} har fler än ${n(p.max)} deltagare; en deltagarlista gäller en antagningsomgång`,
  "program-invalid": (p) => `${p.file} är inte en giltig programfil`,
  "program-not-found": (p) =>
    `det finns ingen fil eller program-id ${p.id} (program-id:n söks i ${p.folder}/)${p.suggestion === undefined ? "" : `; menade du ”${p.suggestion}”?`}`,
  "program-ref-folder": (p) => `${p.ref} är en mapp; ange en programfil eller ett program-id`,
  "program-id-twice": (p) => `program-id:t ”${p.id}” används av både ${p.first} och ${p.second}`,
  "no-program-files": (p) => `det finns inga programfiler (*.yaml, *.yml) i ${p.folder}`,
  "calendar-empty": (p) =>
    `ingen kalender skrevs: ${p.program === undefined ? "programmen har" : `${p.program} har`} inga träffar med datum${p.from !== undefined || p.to !== undefined ? ` mellan ${p.from ?? "början"} och ${p.to ?? "slutet"}` : ""}, och en kalender måste ha minst en händelse`,
  "init-file-exists": (p) =>
    `${p.file} finns redan, och cohort init skriver aldrig över en fil${p.other ? `. Välj ${p.other.kind === "file" ? "en annan fil" : "ett annat id"}, till exempel: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `${p.file} har redan program-id:t ”${p.id}”, och id:n måste vara unika i en mapp. Välj ${p.other.kind === "file" ? "en annan fil" : "ett annat id"}, till exempel: ${p.other.command}`,
  "write-failed": (p) =>
    `kan inte skriva ${p.file}: ${fault(p.fault)}${p.kept ? "; filen lämnades som den var" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `du har inte behörighet att skriva ${p.file}`
      : `kan inte skriva ${p.file}: du har inte behörighet att skriva i ${p.folder}`,
  "write-disk-full": (p) => `kan inte skriva ${p.file}: disken är full`,
  "write-no-folder": (p) => `kan inte skriva ${p.file}: mappen ${p.folder} finns inte`,
  "write-path-not-folder": (p) =>
    `kan inte skriva ${p.file}: en del av sökvägen ${p.folder} är inte en mapp`,
  "write-name-too-long": (p) => `kan inte skriva ${p.file}: filnamnet är för långt`,
  "write-is-folder": (p) => `kan inte skriva ${p.file}: det är en mapp`,
  "write-link-loop": (p) => `kan inte skriva ${p.file}: för många symboliska länkar på vägen`,
  "write-locked": (p) =>
    `kan inte skriva ${p.file}: en annan körning av cohort${p.process === undefined ? "" : ` (process ${p.process})`} skriver den; försök igen när den är klar (om ingen körs, ta bort ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) => `${file} är inte en giltig programfil (${n(errors)} fel):`,
  more: (count) => `… och ${n(count)} till`,
  validate: (command) => `Kör ${command} för att se alla fynd.`,
};
