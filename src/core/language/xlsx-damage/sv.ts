import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "zip-arkivet saknar innehållsförteckning (är filen avkortad?)",
  directory: () => "zip-arkivets innehållsförteckning är skadad",
  entry: (d) => `delen ${d.entry} är skadad`,
  inflate: (d) => `delen ${d.entry} går inte att packa upp`,
  method: (d) => `delen ${d.entry} är komprimerad på ett sätt som Excel inte använder`,
  "part-missing": (d) => `arbetsboken saknar ${d.entry}, som alla arbetsböcker har`,
  contents: () =>
    "innehållet är inte en arbetsbok så som Excel sparar den (--debug visar vad läsaren rapporterade)",
  "shared-strings-missing": (d) => `delen ${d.entry}, där cellernas text finns, saknas`,
  "sheet-missing": (d) => `delen ${d.entry} med bladet ”${d.sheet}” saknas`,
};
