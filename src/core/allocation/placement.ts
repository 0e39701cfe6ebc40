/**
 * Placing admitted applicants into classes, when only the class set of the
 * choice each got is known: a transportation problem (class sets -> classes,
 * class seats), one small flow. Used to tell a full class (CLASS_FULL) and
 * to place the admitted at the end.
 */
import type { ClassLayout } from "./class-layout.js";
import { FlowNetwork } from "./flow.js";

/** Places units into classes: per kind (class-layout.ts) how many, into the room of each class. */
export interface Placer {
  /** Whether `perKind[k]` units of each kind fit into `room[c]` seats per class. */
  fits(perKind: ArrayLike<number>, room: ArrayLike<number>): boolean;
  /** The class of each admitted unit, in rank order; `kindAt[p]` -1 when not admitted. */
  place(kindAt: Int32Array): Int32Array;
  /** Frees what the placer holds. */
  dispose(): void;
}

/** Placement of single applicants: kinds are class sets, and a flow is exact. */
export class Placement implements Placer {
  private readonly net: FlowNetwork;
  private readonly setEdges: number[] = [];
  private readonly classEdges: number[] = [];
  private readonly source: number;
  private readonly sink: number;

  constructor(private readonly classes: ClassLayout) {
    const S = classes.sets.length;
    const C = classes.C;
    this.source = S + C;
    this.sink = S + C + 1;
    this.net = new FlowNetwork(S + C + 2);
    for (let s = 0; s < S; s++) {
      this.setEdges.push(this.net.addEdge(this.source, s, 0, 0));
      for (const c of classes.sets[s]!) this.net.addEdge(s, S + c);
    }
    for (let c = 0; c < C; c++) this.classEdges.push(this.net.addEdge(S + c, this.sink, 0, 0));
  }

  /** Whether `perSet[s]` applicants of each class set fit into `room[c]` seats per class. */
  fits(perSet: ArrayLike<number>, room: ArrayLike<number>): boolean {
    let wanted = 0;
    for (let s = 0; s < this.setEdges.length; s++) {
      this.net.setBounds(this.setEdges[s]!, 0, perSet[s]!);
      wanted += perSet[s]!;
    }
    for (let c = 0; c < this.classEdges.length; c++) {
      this.net.setBounds(this.classEdges[c]!, 0, Math.max(0, room[c]!));
    }
    if (wanted === 0) return true;
    return this.net.maxFlow(this.source, this.sink) === wanted;
  }

  /**
   * The class of each admitted applicant, in rank order. Within a choice of
   * several classes (a site, or any class) the applicant goes to the class
   * with the most free seats at that moment, the first declared among equals,
   * among those that leave a placement for everyone after them: classes of a
   * site fill evenly, and the result depends only on the rank order.
   * `setAt[p]` is the class set of the choice position p got, -1 if not admitted.
   */
  place(
    setAt: Int32Array,
    room: Int32Array = Int32Array.from(this.classes.classSeats),
  ): Int32Array {
    const { sets } = this.classes;
    const remaining = new Int32Array(sets.length);
    for (const s of setAt) if (s >= 0) remaining[s]! += 1;
    const classAt = new Int32Array(setAt.length).fill(-1);
    for (let p = 0; p < setAt.length; p++) {
      const s = setAt[p]!;
      if (s < 0) continue;
      remaining[s]! -= 1;
      const order = [...sets[s]!].sort((a, b) => room[b]! - room[a]! || a - b);
      let placed = -1;
      for (const c of order) {
        if (room[c]! <= 0) continue;
        if (sets[s]!.length === 1) {
          placed = c;
          break;
        }
        room[c]! -= 1;
        if (this.fits(remaining, room)) {
          room[c]! += 1;
          placed = c;
          break;
        }
        room[c]! += 1;
      }
      // The selection left a placement for everyone, so one class always fits.
      if (placed < 0) throw new Error("no class left for an admitted applicant");
      room[placed]! -= 1;
      classAt[p] = placed;
    }
    return classAt;
  }

  dispose(): void {}
}
