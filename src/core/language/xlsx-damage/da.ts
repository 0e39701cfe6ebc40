import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "zip-arkivet har ingen indholdsfortegnelse (er filen afkortet?)",
  directory: () => "zip-arkivets indholdsfortegnelse er beskadiget",
  entry: (d) => `delen ${d.entry} er beskadiget`,
  inflate: (d) => `delen ${d.entry} kan ikke pakkes ud`,
  method: (d) => `delen ${d.entry} er komprimeret på en måde, som Excel ikke bruger`,
  "part-missing": (d) => `projektmappen mangler ${d.entry}, som alle projektmapper har`,
  contents: () =>
    "indholdet er ikke en projektmappe, som Excel gemmer den (--debug viser, hvad læseren meldte)",
  "shared-strings-missing": (d) => `delen ${d.entry}, hvor cellernes tekst står, mangler`,
  "sheet-missing": (d) => `delen ${d.entry} med arket »${d.sheet}« mangler`,
};
