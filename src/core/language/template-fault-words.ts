/**
 * The words of why a letter template cannot be used
 * (src/core/letters/template-faults.ts): one function per code, so the
 * compiler names every code a language still lacks. Each language's words
 * live in template-faults/<code>.ts. `Subject:` is the keyword of the file
 * in every language; placeholders are quoted as the template writes them.
 */
import type {
  TemplateFault,
  TemplateFaultCode,
  TemplateFaultOf,
} from "../letters/template-faults.js";

export type TemplateFaultWords = {
  readonly [C in TemplateFaultCode]: (fault: TemplateFaultOf<C>) => string;
};

/** A fault in the given words: the one dispatch over codes. */
export const templateFaultWords = (words: TemplateFaultWords, fault: TemplateFault): string =>
  (words[fault.code] as (f: TemplateFault) => string)(fault);
