/**
 * One file name per letter, from the applicant id: portable (letters, digits,
 * `-`, `_`, `.` only; no leading dot; at most 80 characters) and unique even
 * where a file system ignores case (a suffix `-2`, `-3`, … on a clash, as
 * when two invalid rows share an id).
 */
const UNSAFE = /[^A-Za-z0-9._-]/g;

/** Letters that do not decompose into a base letter and a mark. */
const SPELLED: Record<string, string> = {
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "Ae",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ß: "ss",
};

export const fileStems = (ids: readonly string[]): string[] => {
  const taken = new Set<string>();
  return ids.map((id) => {
    let stem = id
      .replace(/[øØæÆðÐþÞß]/g, (c) => SPELLED[c]!)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(UNSAFE, "_");
    stem = stem.replace(/^[.]+/, "_").slice(0, 80) || "_";
    // index.* is the index file's name.
    if (/^index$/i.test(stem)) stem = `${stem}_`;
    let candidate = stem;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
};
