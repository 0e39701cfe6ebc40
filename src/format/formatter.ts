/**
 * One output format per file: a pure function from data to text. Writing the
 * text somewhere is the caller's business.
 */
export interface FormatOptions {
  /** Colour with ANSI escapes (only human formats use it). */
  color: boolean;
  /** CSV as Excel in the Nordic countries opens it directly: `;`, a byte-order mark, CRLF. */
  excel?: boolean;
}

export type Formatter<T> = (data: T, options: FormatOptions) => string;
