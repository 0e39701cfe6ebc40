/**
 * Placing units into classes when some are teams: a team takes seats in one
 * class, so whether units fit is a bin-packing question and no longer a
 * flow. It is a small integer program over kinds (class set x size) and
 * classes, whatever the number of applicants:
 *
 *   y[k][c] >= 0, integer     units of kind k placed in class c (c in k's set)
 *   sum_c y[k][c] = units of kind k
 *   sum_k size_k y[k][c] <= room_c
 *
 * Placing at the end: teams first, in rank order, each into the class of its
 * choice with the most free seats (the first declared among equals) that
 * leaves a placement for every unit after it; then single applicants as
 * placement.ts places them, into the seats the teams left.
 */
import type { ClassLayout } from "./class-layout.js";
import { mapToInt32 } from "./map-column.js";
import type { MipInstance, MipModel, MipSolver } from "./mip.js";
import { Placement, type Placer } from "./placement.js";

export class TeamPlacement implements Placer {
  private readonly singles: Placement;
  private readonly kindRow: number[] = [];
  private readonly classRow: number[] = [];
  private instance: MipInstance | undefined;
  private readonly model: MipModel;

  constructor(
    private readonly classes: ClassLayout,
    private readonly solver: MipSolver,
  ) {
    this.singles = new Placement(classes);
    const { kinds, sets, C } = classes;
    const rows: MipModel["rows"] = [];
    const byClass: [number, number][][] = Array.from({ length: C }, () => []);
    let columns = 0;
    const integer: boolean[] = [];
    kinds.forEach(({ set, size }) => {
      const terms: [number, number][] = [];
      for (const c of sets[set]!) {
        const y = columns++;
        integer.push(size > 1);
        terms.push([y, 1]);
        byClass[c]!.push([y, size]);
      }
      this.kindRow.push(rows.length);
      rows.push({ terms, lower: 0, upper: 0 });
    });
    byClass.forEach((terms) => {
      this.classRow.push(rows.length);
      rows.push({ terms, lower: 0, upper: 0 });
    });
    this.model = {
      numCols: columns,
      integer,
      colLower: new Array(columns).fill(0),
      colUpper: new Array(columns).fill(Number.POSITIVE_INFINITY),
      colCost: new Array(columns).fill(0),
      rows,
    };
  }

  fits(perKind: ArrayLike<number>, room: ArrayLike<number>): boolean {
    const { kinds } = this.classes;
    let teams = false;
    let wanted = 0;
    for (let k = 0; k < kinds.length; k++) {
      if (perKind[k]! > 0 && kinds[k]!.size > 1) teams = true;
      wanted += perKind[k]! * kinds[k]!.size;
    }
    if (wanted === 0) return true;
    // Without a team among them the flow is exact, and faster.
    if (!teams) return this.singles.fits(perKind, room);
    // Treating members as single applicants only relaxes: if they do not fit so, they do not fit.
    if (!this.singles.fits(this.asSingles(perKind), room)) return false;
    this.instance ??= this.solver.create(this.model);
    for (let k = 0; k < kinds.length; k++) {
      this.instance.setRowBounds(this.kindRow[k]!, perKind[k]!, perKind[k]!);
    }
    for (let c = 0; c < this.classRow.length; c++) {
      this.instance.setRowBounds(this.classRow[c]!, 0, Math.max(0, room[c]!));
    }
    return this.instance.solve().feasible;
  }

  place(kindAt: Int32Array): Int32Array {
    const { kinds, sets, classSeats } = this.classes;
    const S = sets.length;
    const remaining = new Int32Array(kinds.length);
    for (const k of kindAt) if (k >= 0) remaining[k]! += 1;
    const room = Int32Array.from(classSeats);
    const classAt = new Int32Array(kindAt.length).fill(-1);
    for (let p = 0; p < kindAt.length; p++) {
      const k = kindAt[p]!;
      if (k < S) continue;
      const { set, size } = kinds[k]!;
      remaining[k]! -= 1;
      const order = [...sets[set]!].sort((a, b) => room[b]! - room[a]! || a - b);
      let placed = -1;
      for (const c of order) {
        if (room[c]! < size) continue;
        room[c]! -= size;
        const fits = this.fits(remaining, room);
        room[c]! += size;
        if (fits) {
          placed = c;
          break;
        }
      }
      // The selection left a placement for everyone, so one class always fits.
      if (placed < 0) throw new Error("no class left for an admitted team");
      room[placed]! -= size;
      classAt[p] = placed;
    }
    const singleAt = mapToInt32(kindAt, (k) => (k >= 0 && k < S ? k : -1));
    const singles = this.singles.place(singleAt, room);
    for (let p = 0; p < kindAt.length; p++) if (singleAt[p]! >= 0) classAt[p] = singles[p]!;
    return classAt;
  }

  dispose(): void {
    this.instance?.dispose();
    this.instance = undefined;
  }

  /** Per set, the applicants of every kind counted one by one. */
  private asSingles(perKind: ArrayLike<number>): Int32Array {
    const { kinds, sets } = this.classes;
    const perSet = new Int32Array(sets.length);
    for (let k = 0; k < kinds.length; k++) perSet[kinds[k]!.set]! += perKind[k]! * kinds[k]!.size;
    return perSet;
  }
}
