/**
 * The feasibility flow. One unit of flow is one seat:
 *
 *   source -> group g        [quota target, quota seats]   seats reserved for g
 *   source -> open           [0, open seats]               seats anyone may take
 *   open   -> group g, none  [0, unbounded]
 *   group  -> value (a cell) [admitted, admitted + still to consider]
 *   value  -> sink           [minimum target, cap]
 *   sink   -> source         [total lower, total upper]   closes the circulation
 *
 * A circulation exists exactly when some completion of the admitted set, drawn
 * from the applicants not yet considered, meets every cap and target. Under
 * `transfer` a quota keeps only the seats it can fill (its target): the rest
 * join the open seats, which is the same as "each group gets at least its
 * target and the seats add up to at most N". Under `keep-empty` a quota keeps
 * all its seats and group members beyond the quota compete for open seats.
 *
 * The graph has (G + 1) + (V + 1) + 3 nodes whatever the number of applicants:
 * applicants enter only as counts per cell.
 */
import { FlowNetwork, UNBOUNDED } from "./flow.js";
import type { Layout } from "./layout.js";

/** The bounds of one feasibility question. */
export interface Limits {
  /** Per cell: applicants already admitted (they must stay) ... */
  cellLower: Int32Array;
  /** ... and admitted plus those still to consider. */
  cellUpper: Int32Array;
  /** Per spread value: the minimum to meet. */
  valueLower: Int32Array;
  /** Per quota: the seats the group must get. */
  groupLower: Int32Array;
  totalLower: number;
  totalUpper: number;
}

export class SeatNetwork {
  private readonly net: FlowNetwork;
  private readonly source = 0;
  private readonly open = 1;
  private readonly sink: number;
  private readonly groupEdges: number[] = [];
  private readonly openEdge: number;
  private readonly cellEdges: number[] = [];
  private readonly valueEdges: number[] = [];
  private readonly closing: number;
  /** Number of flow computations so far, for tests and benchmarks. */
  solves = 0;

  constructor(private readonly layout: Layout) {
    const { G, V } = layout;
    const groupNode = (g: number) => 2 + g;
    const valueNode = (v: number) => 3 + G + v;
    this.sink = 4 + G + V;
    this.net = new FlowNetwork(this.sink + 1);
    for (let g = 0; g < G; g++) this.groupEdges.push(this.net.addEdge(this.source, groupNode(g)));
    this.openEdge = this.net.addEdge(this.source, this.open);
    for (let g = 0; g <= G; g++) this.net.addEdge(this.open, groupNode(g));
    for (let g = 0; g <= G; g++) {
      for (let v = 0; v <= V; v++)
        this.cellEdges.push(this.net.addEdge(groupNode(g), valueNode(v)));
    }
    for (let v = 0; v <= V; v++) this.valueEdges.push(this.net.addEdge(valueNode(v), this.sink));
    this.closing = this.net.addEdge(this.sink, this.source);
  }

  /** Whether some completion meets every bound. */
  feasible(limits: Limits): boolean {
    if (!this.apply(limits)) return false;
    this.net.setBounds(this.closing, limits.totalLower, limits.totalUpper);
    this.solves++;
    return this.net.feasibleCirculation();
  }

  /** The most seats a completion can fill within the bounds (total bounds ignored); -1 if none. */
  maxTotal(limits: Limits): number {
    if (!this.apply(limits)) return -1;
    this.net.setBounds(this.closing, 0, 0);
    this.solves++;
    return this.net.maxFlow(this.source, this.sink) ?? -1;
  }

  private apply(limits: Limits): boolean {
    const { G, V, quota, seats, transfer, openSeats, cap } = this.layout;
    let targets = 0;
    for (let g = 0; g < G; g++) {
      const lower = limits.groupLower[g]!;
      targets += lower;
      this.net.setBounds(this.groupEdges[g]!, lower, transfer ? lower : quota[g]!);
    }
    if (transfer && targets > seats) return false;
    this.net.setBounds(this.openEdge, 0, transfer ? seats - targets : openSeats);
    for (let c = 0; c < this.cellEdges.length; c++) {
      this.net.setBounds(this.cellEdges[c]!, limits.cellLower[c]!, limits.cellUpper[c]!);
    }
    for (let v = 0; v < V; v++) {
      this.net.setBounds(this.valueEdges[v]!, limits.valueLower[v]!, cap[v]!);
    }
    this.net.setBounds(this.valueEdges[V]!, 0, UNBOUNDED);
    return true;
  }
}
