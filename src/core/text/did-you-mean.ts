/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string
 * alignment), since "scroe" for "score" is the typo people make.
 */
export const editDistance = (a: string, b: string): number => {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
};

/**
 * The closest candidate, when it is close enough to be a likely typo: at most
 * a third of the word's length away, case ignored.
 */
export const closest = (word: string, candidates: Iterable<string>): string | undefined => {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const limit = Math.max(1, Math.floor(word.length / 3));
  for (const candidate of candidates) {
    // Lengths further apart than the limit can never be close enough; skip
    // them before the quadratic distance (a 4-million-character key took 88 s).
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
};

export const didYouMean = (word: string, candidates: Iterable<string>): string => {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
};

/** "a, b or c" */
/** Lists longer than this name their first LIST_SHOWN items and count the rest. */
export const LIST_MAX = 20;
export const LIST_SHOWN = 10;

export const listOr = (items: readonly string[], conjunction = "or"): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : items.length > LIST_MAX
      ? // An enum of 20,000 values in every message about a bad cell wrote 149 MB for 1,000 cells.
        `${items.slice(0, LIST_SHOWN).join(", ")} ${conjunction} ${items.length - LIST_SHOWN} more`
      : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
