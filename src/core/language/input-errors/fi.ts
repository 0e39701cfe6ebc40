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
import { templateFaults } from "../template-faults/fi.js";
import { grouped } from "../terminal-words.js";
import { xlsxDamage } from "../xlsx-damage/fi.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

// Names are set beside a noun in the case the sentence needs ("tiedostoa X",
// "taulukossa X"), so that a file or sheet name is never inflected itself.
const q = (names: readonly string[]) => quotedList(names, "”", "”");
const n = (count: number) => grouped(count, "\u00a0");
const and = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ja ${items.at(-1)}`;

const FAULTS: Record<FaultCode, string> = {
  ENOENT: "tiedostoa tai kansiota ei ole",
  EACCES: "käyttöoikeus puuttuu",
  EPERM: "käyttöoikeus puuttuu",
  EROFS: "tiedostojärjestelmä on kirjoitussuojattu",
  ENOSPC: "levy on täynnä",
  EDQUOT: "levykiintiö on käytetty loppuun",
  EISDIR: "se on kansio",
  ENOTDIR: "osa polusta ei ole kansio",
  ELOOP: "matkalla on liian monta symbolista linkkiä",
  ENAMETOOLONG: "tiedostonimi on liian pitkä",
  EEXIST: "tiedosto on jo olemassa",
  EBUSY: "tiedosto on käytössä",
  EMFILE: "liian monta tiedostoa on auki",
  EIO: "levyn luku- tai kirjoitusvirhe",
  EXDEV: "tiedostoa ei voi siirtää toiselle levylle",
  ETXTBSY: "tiedosto on käytössä",
  EFBIG: "tiedosto on liian suuri",
};
const fault = (f: { code?: string; text: string }) => faultText(f, FAULTS);
const saveCsv = "tallenna se muodossa ”CSV UTF-8” (tai .xlsx-tiedostoksi) ja yritä uudelleen";
const saveIds = "tallenna se UTF-8-tekstinä (yksi tunnus riviä kohden)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "on varasijalla, eikä sille ole koskaan tarjottu paikkaa",
  ineligible: "ei ole kelpoinen",
  invalid: "on virheellinen",
  absent: "ei ole hakijaluettelossa",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "varasijalla",
  ineligible: "ei kelpoisia",
  invalid: "virheellisiä",
  absent: "ei hakijaluettelossa",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `tiedostoa ei ole: ${p.file}`,
  "file-is-folder": (p) => `${p.file} on kansio eikä tiedosto`,
  "file-no-permission": (p) => `sinulla ei ole oikeutta lukea tiedostoa ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: osa polusta ei ole kansio`,
  "file-link-loop": (p) =>
    `tiedostoa ${p.file} ei voi lukea: matkalla on liian monta symbolista linkkiä (linkki, joka osoittaa takaisin itseensä?)`,
  "file-unreadable": (p) => `tiedostoa ${p.file} ei voi lukea: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `tiedosto ${p.file} on ${p.size === undefined ? "suurempi kuin" : `${sizeText(p.size, p.limit, true)}, enemmän kuin`} ${sizeText(p.limit, p.limit, true, true)}, jonka tämänlainen tiedosto saa olla; onko se oikea tiedosto?`,
  "file-not-regular": (p) =>
    `${p.file} ei ole tavallinen tiedosto (putki?), ja sen tiiviste vaatii toisen lukukerran; tallenna se ensin tiedostoon tai ohjaa luettelo kohteeseen - (stdin)`,
  "stdin-twice": () => "stdin (-) voidaan lukea vain kerran",
  "text-utf16-invalid": (p) =>
    `tiedosto ${p.file} näyttää UTF-16-tekstiltä, mutta se ei ole kelvollista UTF-16:ta; tallenna se UTF-8-muodossa`,
  "text-nul": (p) => `${p.file} ei ole tekstitiedosto (siinä on NUL-tavuja)`,
  "text-not-utf8": (p) =>
    `tiedosto ${p.file} ei ole kelvollista UTF-8:aa; tallenna se UTF-8-muodossa`,
  "list-format": (p) =>
    `tiedoston ${p.file} muotoa ei voi lukea (${p.extension ? `pääte ”${p.extension}”` : "ei päätettä"}); hakijaluettelo on .csv-, .tsv- tai .xlsx-tiedosto tai - (CSV vakiosyötteestä)`,
  "list-utf16": (p) =>
    `tiedosto ${p.file} ${p.bom ? "on" : "näyttää olevan"} UTF-16-tekstiä, jota cohort ei lue; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} on zip-tiedosto eikä CSV-tekstiä; jos se on Excel-työkirja, anna sille pääte .xlsx`,
  "list-xls": (p) =>
    `${p.file} on vanha Excel-työkirja (.xls); ${p.asCsv ? saveCsv : "tallenna se .xlsx- tai CSV-tiedostoksi"}`,
  "list-nul": (p) =>
    `${p.file} ei ole tekstitiedosto (${p.line === undefined ? "siinä on NUL-tavuja" : `rivillä ${n(p.line)} on NUL-tavu`}); onko se oikea tiedosto?`,
  "list-binary": (p) =>
    `${p.file} ei ole tekstitiedosto (siinä on binääridataa); onko se oikea tiedosto?`,
  "list-not-utf8": (p) =>
    `tiedosto ${p.file} ei ole kelvollista UTF-8:aa; jos se on tallennettu vanhemmalla Excelillä, kokeile --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `tiedosto ${p.file} on tyhjä: siinä ei ole otsikkoriviä`
      : `tiedoston ${p.file} taulukko ”${p.sheet}” on tyhjä: siinä ei ole otsikkoriviä`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `tästä alkaa yli ${n(p.limit / 2 ** 20)} miljoonan merkin tietue; todennäköisesti kentän aloittavaa lainausmerkkiä (") ei ole suljettu`
      : `tästä alkaa yli ${n(p.limit / 2 ** 20)} miljoonan merkin rivi, pidempi kuin missään hakijaluettelossa; onko se oikea tiedosto?`,
  "csv-unclosed-quote": () =>
    'tästä alkaa lainausmerkeissä oleva kenttä, mutta sen loppulainausmerkki (") puuttuu ennen tiedoston loppua',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "luettelossa" : `taulukossa ”${p.sheet}”`;
    const one = p.missing.length === 1;
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; ${one ? "sitä" : "niitä"} ei ole myöskään työkirjan muissa taulukoissa (${q(all)})`;
      else
        hint = `; ${one ? "se on" : "ne ovat"} ${fitting.length === 1 ? "taulukossa" : "taulukoissa"} ${and(fitting.map((f) => `”${f}”`))}: ${fitting.length === 1 ? "lue se" : "valitse yksi"} valitsimella --sheet ${option}`;
    }
    return `${one ? "pakollinen sarake" : "pakolliset sarakkeet"} ${q(p.missing)} ${one ? "puuttuu" : "puuttuvat"}; ${where} on ${p.found.length === 0 ? "ei sarakkeita" : `${p.found.length === 1 ? "sarake" : "sarakkeet"} ${q(p.found)}`}${hint}`;
  },
  "no-applicants-section": (p) =>
    `tiedostossa ${p.program} ei ole applicants-osaa, joten hakijaluetteloa ei ole mihin verrata`,
  "no-seats-section": (p) =>
    `tiedostossa ${p.program} ei ole seats-osaa, joten jaettavia paikkoja ei ole`,
  "no-requirements": (p) =>
    `tiedostossa ${p.program} ei ole vaatimuksia (requirements), joten tarkistettavaa ei ole`,
  "no-such-applicant": (p) => `luettelossa ${p.list} ei ole hakijaa, jonka tunnus on ”${p.id}”`,
  "xlsx-not-zip": (p) =>
    `${p.file} ei ole .xlsx-työkirja: ${p.oldOrLocked ? "se on vanha .xls-työkirja tai salasanalla suojattu; tallenna se .xlsx-tiedostoksi ilman salasanaa" : ".xlsx-tiedosto on zip-arkisto; onko tämä CSV-tiedosto väärällä päätteellä?"}`,
  "xlsx-damaged": (p) =>
    `tiedostoa ${p.file} ei voitu lukea Excel-työkirjana: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `tiedosto ${p.file} on ${sizeText(p.size, p.limit, true)}; työkirja luetaan kokonaan muistiin, joten cohort lukee enintään ${sizeText(p.limit, p.limit, true, true)}:n .xlsx-tiedostoja; tallenna näin suuri luettelo CSV-muodossa, joka luetaan pala kerrallaan`,
  "xlsx-inflates": (p) =>
    `tiedosto ${p.file} purkautuu yli ${n(p.limit / 2 ** 20)}\u00a0MiB:n kokoiseksi, enemmän kuin hakijoiden työkirjassa voi olla; onko se oikea tiedosto?`,
  "xlsx-all-hidden": (p) =>
    `tiedostossa ${p.file} ei ole näkyvää taulukkoa (sen taulukot ${q(p.sheets)} ovat kaikki piilotettuja); valitse luettava taulukko valitsimella --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `tiedostossa ${p.file} ei ole taulukkoa nimeltä ”${p.sheet}”; sen taulukot ovat ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `tiedostossa ${p.file} ei ole taulukoita`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: taulukossa ”${p.sheet}” on rivi numero ${p.row}, yli niiden ${n(p.max)} rivin, jotka työkirjassa voi olla; tiedostoa ei ole kirjoittanut Excel, tai se on vioittunut`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: taulukossa ”${p.sheet}” on solu ${p.cell}, työkirjan viimeisen rivin (${n(p.max)}) tai sarakkeen (XFD) ulkopuolella; tiedostoa ei ole kirjoittanut Excel, tai se on vioittunut`,
  "xlsx-too-many-rows": (p) =>
    `tiedoston ${p.file} taulukossa ”${p.sheet}” on enemmän kuin ne ${n(p.max)} riviä, jotka työkirjassa voi olla`,
  "xlsx-too-many-cells": (p) =>
    `tiedoston ${p.file} taulukossa ”${p.sheet}” on yli ${n(p.max)} solua riviin ${n(p.row)} mennessä, enemmän kuin hakijaluettelo tarvitsee; onko luettelon oikealla puolella kaukana soluja${p.cell === undefined ? "" : ` (${p.cell})`}? Tallenna vain luettelo`,
  "declined-utf16-invalid": (p) =>
    `tiedosto ${p.file} alkaa UTF-16-tekstinä, mutta se ei ole kelvollista UTF-16:ta; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `tiedosto ${p.file} näyttää UTF-16-tekstiltä ilman tavujärjestysmerkkiä (BOM); ${saveIds}`,
  "declined-nul": () =>
    "NUL-tavu: tämä ei ole tunnuksia sisältävä tekstitiedosto; onko se oikea tiedosto?",
  "declines-refused": (p) => {
    const lines = p.shown.map(({ id, line, why }) => `rivi ${n(line)}: ${shownId(id)} ${WHY[why]}`);
    if (p.more.length > 0) {
      const total = p.more.reduce((sum, m) => sum + m.count, 0);
      lines.push(
        `… ja ${n(total)} muuta (${p.more.map((m) => `${n(m.count)} ${REST[m.why]}`).join(", ")})`,
      );
    }
    return `${p.file}: vain valitut hakijat voivat kieltäytyä paikasta:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} ei ole tarkastusloki: se ei ole ${p.utf16 ? "kelvollista UTF-16" : "UTF-8"}-tekstiä (cohort allocate --audit kirjoittaa sellaisen)`,
  "audit-not-json": (p) =>
    `${p.file} ei ole tarkastusloki: se ei ole JSONia (cohort allocate --audit kirjoittaa sellaisen)`,
  "audit-too-deep": (p) =>
    `${p.file} ei ole cohortin tarkastusloki: se on sisäkkäinen yli ${p.depth} tasoa syvältä`,
  "audit-not-record": (p) => `${p.file} ei ole cohortin tarkastusloki (versio 1 tai 2)`,
  "audit-bad-outcome": (p) => `${p.file}: tulos nro ${n(p.n)} ei ole hakijan tulos`,
  "audit-bad-class": (p) => `${p.file}: hakijan ${p.id} ryhmä ei ole ryhmän tunnus`,
  "audit-other-program": (p) =>
    `${p.file} on ohjelman ”${p.recorded}” paikkojen jako eikä tiedoston ${p.programFile} (”${p.program}”)`,
  "audit-edited": (p) =>
    `tiedostoa ${p.file} on muutettu sen kirjoittamisen jälkeen (sen tulokset eivät enää vastaa SHA-256-tiivistettään); cohort verify ${p.file} kertoo lisää`,
  "declines-edited": (p) =>
    `tiedostoa ${p.file} on muutettu sen kirjoittamisen jälkeen (${p.sections.length === 1 ? "osa" : "osat"} ${p.sections.join(", ")} ${p.sections.length === 1 ? "ei vastaa" : "eivät vastaa"} lokin SHA-256-tiivisteitä); kieltäytymiset perustuvat vain muuttamattomaan lokiin: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} on ohjelman ${p.recorded} tarkastusloki eikä ohjelman ${p.program}: kieltäytymiset perustuvat saman ohjelman päätökseen`,
  "declines-other-intake": (p) =>
    `${p.file} on hakukierroksen ${p.recorded ?? "(ei mitään)"} tarkastusloki eikä hakukierroksen ${p.intake ?? "(ei mitään)"}: anna hakukierros valitsimella --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${n(p.count)} ${p.count === 1 ? "hakija, joka valittiin" : "hakijaa, jotka valittiin"} päätöksessä ${p.from}, ${p.count === 1 ? "ei ole" : "eivät ole"} enää ${p.count === 1 ? "kelpoinen hakija" : "kelpoisia hakijoita"} luettelossa ${p.list} (${p.ids.join(", ")}${p.count > p.ids.length ? ` ja ${n(p.count - p.ids.length)} muuta` : ""}); valintaa ei koskaan peruta, joten mitään ei jaettu: palauta heidän rivinsä tai jaa paikat alusta ilman valitsinta --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `luettelossa ${p.list} on yli ${n(p.limit)} erilaista hakijaa ryhmiin (kukin eri yhdistelmä kiintiötä, hajautusarvoa ja hakutoiveluetteloa on yksi), eniten mitä ryhmiä käyttävä paikkojen jako kestää; vähemmän erilaisia hakutoiveluetteloita (enintään kolme toivetta kukin, ryhmiä tai paikkakuntia) pysyy selvästi rajan alla`
      : `luettelossa ${p.list} on yli ${n(p.limit)} erilaista hakijaa (kukin eri yhdistelmä kiintiötä ja hajautusarvoja on yksi), eniten mitä usean hajautuskentän paikkojen jako kestää; hajauta harvemman kentän tai vähemmän arvoja sisältävien kenttien mukaan`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} viittaa syötetiedostoihin oman kansionsa ulkopuolella, ja verify avaa ne vain, kun ne annetaan komentorivillä:`,
      ...p.inputs.map((i) => `  --${i.role}: ${JSON.stringify(i.recorded)}`),
      `jos nämä ovat oikeat tiedostot, anna ne: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `tiedostoa ${p.file} ei voida vahvistaa (${p.why === "refused" ? "kieltäytymisten luettelo hylätään" : p.why === "changed" ? "syötetiedosto on muuttunut" : "tulokset eroavat"}), joten kirjeitä ei kirjoitettu; cohort verify ${p.file} kertoo miksi`,
  "letters-record-changed": (p) =>
    `tiedosto ${p.file} muuttui kirjeiden valmistelun aikana; suorita komento uudelleen`,
  "letters-input-changed": (p) =>
    `tiedoston ${p.file} syötetiedosto muuttui kirjeiden valmistelun aikana; suorita komento uudelleen`,
  "letters-applicant-missing": (p) =>
    `tiedoston ${p.file} hakija ${p.id} ei ole hakijaluettelossa sellaisena kuin se kirjattiin; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} ei ole kirjepohjien kansio`,
  "templates-unreadable": (p) => `kansion ${p.folder} kirjepohjia ei voi lukea: ${fault(p.fault)}`,
  "template-stray": (p) => `${p.file} ei ole kirjepohjan nimi; nimet ovat ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} sisältää kirjepohjia, mutta sen nimi ei ole cohortin tuntema kielikoodi (${p.codes.join(", ")}), joten sen pohjia ei käytetä koskaan; ${p.meant ? `anna kansiolle nimeksi ${p.meant}` : `anna kansiolle nimeksi sen kielen koodi, jolla pohjat on kirjoitettu, tai siirrä se pois kansiosta ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} sisältää kirjepohjia, mutta kansio on nimetty ohjelman oman kielen mukaan, ja sen kielen pohjat luetaan suoraan kansiosta ${p.parent}, joten tämän kansion pohjia ei käytetä koskaan; siirrä ne kansioon ${p.parent}`,
  "template-not-utf8": (p) => `tiedosto ${p.file} ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) =>
    `tiedostossa ${p.file} ei ole hakukierrosta, mutta ohjelmassa ${p.program} on hakukierroksia`,
  "roster-unknown-intake": (p) =>
    `ohjelmassa ${p.program} ei ole hakukierrosta ”${p.intake}”, johon ${p.file} viittaa`,
  "roster-unplaced": (p) =>
    `${p.file} sijoittaa osan osallistujista ryhmiin mutta ei osallistujaa ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} sijoittaa osallistujan ${p.id} ryhmään ”${p.class}”, jota ohjelman ${p.program} hakukierroksella ${p.intake} ei ole`,
  "roster-list-outside": (p) =>
    `${p.file} viittaa hakijaluetteloon ${JSON.stringify(p.recorded)} oman kansionsa ulkopuolella, ja roster avaa sen vain, kun se annetaan: käytä valitsinta --applicants TIEDOSTO`,
  "roster-no-id-column": (p) =>
    `luettelossa ${p.list} ei ole saraketta ”${p.column}”, ohjelman ${p.program} tunnussaraketta`,
  "roster-other-list": (p) =>
    `${p.list} ei ole hakijaluettelo, josta ${p.file} tehtiin (sen SHA-256-tiiviste on eri); osallistujaluettelon nimien ja sähköpostiosoitteiden on tultava siitä luettelosta`,
  "roster-participant-missing": (p) =>
    `tiedoston ${p.file} osallistuja ${p.id} ei ole luettelossa ${p.list}`,
  "progress-columns-missing": (p) =>
    `${p.missing.length === 1 ? "sarake" : "sarakkeet"} ${q(p.missing)} ${p.missing.length === 1 ? "puuttuu" : "puuttuvat"}; cohort roster kirjoittaa kaikki sarakkeet, jotka progress lukee`,
  "progress-too-many": (p) =>
    `luettelossa ${p.file} on yli ${n(p.max)} osallistujaa; osallistujaluettelo koskee yhtä hakukierrosta`,
  "program-invalid": (p) => `${p.file} ei ole kelvollinen ohjelmatiedosto`,
  "program-not-found": (p) =>
    `tiedostoa tai ohjelman tunnusta ${p.id} ei ole (ohjelmien tunnuksia haetaan kansiosta ${p.folder}/)${p.suggestion === undefined ? "" : `; tarkoititko ”${p.suggestion}”?`}`,
  "program-ref-folder": (p) => `${p.ref} on kansio; anna yksi ohjelmatiedosto tai ohjelman tunnus`,
  "program-id-twice": (p) =>
    `ohjelman tunnusta ”${p.id}” käyttävät sekä ${p.first} että ${p.second}`,
  "no-program-files": (p) => `kansiossa ${p.folder} ei ole ohjelmatiedostoja (*.yaml, *.yml)`,
  "calendar-empty": (p) =>
    `kalenteria ei kirjoitettu: ${p.program === undefined ? "ohjelmissa" : `ohjelmassa ${p.program}`} ei ole päivättyjä lähijaksoja${p.from !== undefined || p.to !== undefined ? ` aikavälillä ${p.from ?? "alku"}–${p.to ?? "loppu"}` : ""}, ja kalenterissa on oltava vähintään yksi tapahtuma`,
  "init-file-exists": (p) =>
    `${p.file} on jo olemassa, eikä cohort init koskaan korvaa tiedostoa${p.other ? `. Valitse ${p.other.kind === "file" ? "toinen tiedosto" : "toinen tunnus"}, esimerkiksi: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `tiedostolla ${p.file} on jo ohjelman tunnus ”${p.id}”, ja tunnusten on oltava kansiossa yksilöllisiä. Valitse ${p.other.kind === "file" ? "toinen tiedosto" : "toinen tunnus"}, esimerkiksi: ${p.other.command}`,
  "write-failed": (p) =>
    `tiedostoa ${p.file} ei voi kirjoittaa: ${fault(p.fault)}${p.kept ? "; tiedosto jätettiin ennalleen" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `sinulla ei ole oikeutta kirjoittaa tiedostoa ${p.file}`
      : `tiedostoa ${p.file} ei voi kirjoittaa: sinulla ei ole kirjoitusoikeutta kansioon ${p.folder}`,
  "write-disk-full": (p) => `tiedostoa ${p.file} ei voi kirjoittaa: levy on täynnä`,
  "write-no-folder": (p) => `tiedostoa ${p.file} ei voi kirjoittaa: kansiota ${p.folder} ei ole`,
  "write-path-not-folder": (p) =>
    `tiedostoa ${p.file} ei voi kirjoittaa: osa polusta ${p.folder} ei ole kansio`,
  "write-name-too-long": (p) =>
    `tiedostoa ${p.file} ei voi kirjoittaa: tiedostonimi on liian pitkä`,
  "write-is-folder": (p) => `tiedostoa ${p.file} ei voi kirjoittaa: se on kansio`,
  "write-link-loop": (p) =>
    `tiedostoa ${p.file} ei voi kirjoittaa: matkalla on liian monta symbolista linkkiä`,
  "write-locked": (p) =>
    `tiedostoa ${p.file} ei voi kirjoittaa: toinen cohort-ajo${p.process === undefined ? "" : ` (prosessi ${p.process})`} kirjoittaa sitä; yritä uudelleen, kun se on valmis (jos mitään ei ole käynnissä, poista ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) =>
    `${file} ei ole kelvollinen ohjelmatiedosto (${n(errors)} ${errors === 1 ? "virhe" : "virhettä"}):`,
  more: (count) => `… ja ${n(count)} muuta`,
  validate: (command) => `Suorita ${command} nähdäksesi kaikki havainnot.`,
};
