/**
 * The applicants still competing, in rank order, as cells; with the positions
 * of each cell sorted so that "how many of cell c lie in positions [a, b)" is
 * two binary searches. That is what keeps every flow question independent of
 * the number of applicants.
 */
export class Sequence {
  readonly length: number;
  /** start[c] .. start[c + 1] is cell c's stretch of `positions`. */
  private readonly start: Int32Array;
  private readonly positions: Int32Array;

  constructor(
    readonly cellAt: Int32Array,
    readonly cells: number,
  ) {
    this.length = cellAt.length;
    this.start = new Int32Array(cells + 1);
    for (let p = 0; p < this.length; p++) this.start[cellAt[p]! + 1]! += 1;
    for (let c = 0; c < cells; c++) this.start[c + 1]! += this.start[c]!;
    const fill = this.start.slice(0, cells);
    this.positions = new Int32Array(this.length);
    for (let p = 0; p < this.length; p++) this.positions[fill[cellAt[p]!]!++] = p;
  }

  /** Positions of cell c in [from, to). */
  count(cell: number, from: number, to: number): number {
    if (from >= to) return 0;
    return this.rankOf(cell, to) - this.rankOf(cell, from);
  }

  /** Number of positions of cell c before `position`. */
  rankOf(cell: number, position: number): number {
    let lo = this.start[cell]!;
    let hi = this.start[cell + 1]!;
    const base = lo;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.positions[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo - base;
  }

  /** The position of the k-th (0-based) entry of cell c. */
  positionOf(cell: number, k: number): number {
    return this.positions[this.start[cell]! + k]!;
  }

  /** Per cell: positions in [from, to). */
  counts(from: number, to: number, into = new Int32Array(this.cells)): Int32Array {
    for (let c = 0; c < this.cells; c++) into[c] = this.count(c, from, to);
    return into;
  }
}
