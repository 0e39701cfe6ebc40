import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "zip-arkivet har ingen innholdsfortegnelse (er filen avkortet?)",
  directory: () => "innholdsfortegnelsen i zip-arkivet er skadet",
  entry: (d) => `delen ${d.entry} er skadet`,
  inflate: (d) => `delen ${d.entry} kan ikke pakkes ut`,
  method: (d) => `delen ${d.entry} er komprimert på en måte Excel ikke bruker`,
  "part-missing": (d) => `arbeidsboken mangler ${d.entry}, som alle arbeidsbøker har`,
  contents: () =>
    "innholdet er ikke slik Excel lagrer en arbeidsbok (--debug viser hva leseren meldte)",
  "shared-strings-missing": (d) => `delen ${d.entry}, der teksten i cellene står, mangler`,
  "sheet-missing": (d) => `delen ${d.entry} med arket «${d.sheet}» mangler`,
};
