/**
 * The carried cells of a range's records, read record after record in file
 * order from the range's columns: `carry` holds each carried column's place
 * in the list, -1 for one the list lacks (its cell is ""); the range holds
 * the others' cells as one text with where each ends (`ends`), as many a
 * record as there are columns the list has. Used where the main thread
 * unpacks a range for check (its verdicts) and for allocate (the pool).
 */
export const carriedReader = (
  carry: readonly number[],
  text: string,
  ends: ArrayLike<number>,
): ((record: number) => string[]) => {
  let held = 0;
  for (const c of carry) if (c >= 0) held++;
  let start = 0;
  return (record) => {
    const cells = new Array<string>(carry.length);
    for (let j = 0, read = 0; j < carry.length; j++) {
      if (carry[j]! < 0) {
        cells[j] = "";
        continue;
      }
      const end = ends[record * held + read++]!;
      cells[j] = text.slice(start, end);
      start = end;
    }
    return cells;
  };
};
