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
} & {
  /**
   * Where a fault of a shipped default template is, in place of a file name:
   * its outcome or standing (`admitted`, `at-risk`), that in this language's
   * words ("tilbudt plass", "i faresonen"), and the language's code.
   */
  readonly shipped: (template: { outcome: string; words: string; locale: string }) => string;
};

/** A fault in the given words: the one dispatch over codes. */
export const templateFaultWords = (words: TemplateFaultWords, fault: TemplateFault): string =>
  (words[fault.code] as (f: TemplateFault) => string)(fault);
