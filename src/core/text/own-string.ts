/**
 * The string with characters of its own. A cell the reader slices out of
 * its read chunk (about 128,000 characters) holds the whole chunk while it
 * lives, and V8 slices strings of 13 characters or more; strings kept to
 * the end of a run (ids, problems, carried cells, remembered spellings)
 * would hold the text of every chunk they came from. A list with 68,207
 * invalid rows spread over 1,000,000 kept about 600 MB so
 * (docs/performance.md, "allocate with classes"). Shorter strings are
 * copies already.
 */
export const ownString = (text: string): string =>
  text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
