import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "zip-arkivet har inga innhaldsliste (er fila avkorta?)",
  directory: () => "innhaldslista i zip-arkivet er skadd",
  entry: (d) => `delen ${d.entry} er skadd`,
  inflate: (d) => `delen ${d.entry} kan ikkje pakkast ut`,
  method: (d) => `delen ${d.entry} er komprimert på ein måte Excel ikkje brukar`,
  "part-missing": (d) => `arbeidsboka manglar ${d.entry}, som alle arbeidsbøker har`,
  contents: () =>
    "innhaldet er ikkje slik Excel lagrar ei arbeidsbok (--debug viser kva lesaren melde)",
  "shared-strings-missing": (d) => `delen ${d.entry}, der teksten i cellene står, manglar`,
  "sheet-missing": (d) => `delen ${d.entry} med arket «${d.sheet}» manglar`,
};
