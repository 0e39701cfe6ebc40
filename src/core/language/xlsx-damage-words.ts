/**
 * The words of what is damaged in a workbook (XlsxDamage in
 * src/core/input-problems.ts), as the end of the sentence "… could not be
 * read as an Excel workbook: …": one function per kind, so the compiler
 * names every kind a language still lacks. Each language's words live in
 * xlsx-damage/<code>.ts; the parts are named as the zip archive names them.
 */
import type { XlsxDamage } from "../input-problems.js";

export type XlsxDamageWords = {
  readonly [K in XlsxDamage["kind"]]: (damage: Extract<XlsxDamage, { kind: K }>) => string;
};

/** A damage in the given words: the one dispatch over kinds. */
export const xlsxDamageWords = (words: XlsxDamageWords, damage: XlsxDamage): string =>
  (words[damage.kind] as (d: XlsxDamage) => string)(damage);
