/**
 * The feasibility flow. One unit of flow is one seat:
 *
 *   source -> seats            [0, N]                        every seat
 *   seats  -> quotas           [quota fill, sum of quotas]   seats reserved for a quota ...
 *   quotas -> group g          [quota target, quota seats]   ... and for which one
 *   seats  -> open             [0, open seats]               seats anyone may take
 *   open   -> group g, none    [0, unbounded]
 *   group  -> value (a cell)   [admitted, admitted + still to consider]
 *   value  -> minimums         [minimum target, minimum]     seats counting towards the minimum ...
 *   value  -> sink             [0, cap - minimum]            ... and the rest up to the cap
 *   minimums -> sink           [minimum fill, unbounded]
 *   sink   -> source           [total lower, total upper]    closes the circulation
 *
 * A circulation exists exactly when some completion of the admitted set, drawn
 * from the applicants not yet considered, meets every cap and target. Under
 * `transfer` the open seats are unbounded (any seat a quota does not take is
 * open, N bounds them all); under `keep-empty` they are N minus the quota
 * seats, so a quota's seats serve only its group. "Quota fill" is the sum over
 * quotas of min(admitted in the group, quota seats), "minimum fill" the sum
 * over values of min(admitted with the value, minimum): a flow can always send
 * a group's first seats through its quota edge and a value's first seats
 * through its minimum edge, so the two aggregate lower bounds say exactly
 * "the quotas together fill at least this many of their seats" and "the
 * minimums together get at least this many of their seats".
 *
 * The graph has (G + 1) + (V + 1) + 6 nodes whatever the number of applicants:
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
  /** Seats the minimums must get together (minimum fill), 0 for none. */
  minFill: number;
  /** Quota seats that must be filled together (quota fill), 0 for none. */
  quotaFill: number;
  totalLower: number;
  totalUpper: number;
}

/**
 * The questions the targets, the selection and the reasons ask. "Cells" are
 * whatever the implementation counts applicants in: group x value here,
 * group x value x class set for the integer program of class-network.ts.
 */
export interface Feasibility {
  /** Whether some completion meets every bound. */
  feasible(limits: Limits): boolean;
  /** The most seats a completion can fill within the bounds (total bounds ignored); -1 if none. */
  maxTotal(limits: Limits): number;
  /** Number of questions answered so far, for tests and benchmarks. */
  solves: number;
}

export class SeatNetwork implements Feasibility {
  private readonly net: FlowNetwork;
  private readonly source = 0;
  private readonly seatsNode = 1;
  private readonly quotasNode = 2;
  private readonly open = 3;
  private readonly minimums = 4;
  private readonly sink: number;
  private readonly seatsEdge: number;
  private readonly quotasEdge: number;
  private readonly groupEdges: number[] = [];
  private readonly openEdge: number;
  private readonly cellEdges: number[] = [];
  private readonly minEdges: number[] = [];
  private readonly valueEdges: number[] = [];
  private readonly minimumsEdge: number;
  private readonly closing: number;
  /** Number of flow computations so far, for tests and benchmarks. */
  solves = 0;

  constructor(private readonly layout: Layout) {
    const { G, V } = layout;
    const groupNode = (g: number) => 5 + g;
    const valueNode = (v: number) => 6 + G + v;
    this.sink = 7 + G + V;
    this.net = new FlowNetwork(this.sink + 1);
    this.seatsEdge = this.net.addEdge(this.source, this.seatsNode);
    this.quotasEdge = this.net.addEdge(this.seatsNode, this.quotasNode);
    for (let g = 0; g < G; g++)
      this.groupEdges.push(this.net.addEdge(this.quotasNode, groupNode(g)));
    this.openEdge = this.net.addEdge(this.seatsNode, this.open);
    for (let g = 0; g <= G; g++) this.net.addEdge(this.open, groupNode(g));
    for (let g = 0; g <= G; g++) {
      for (let v = 0; v <= V; v++)
        this.cellEdges.push(this.net.addEdge(groupNode(g), valueNode(v)));
    }
    for (let v = 0; v < V; v++) this.minEdges.push(this.net.addEdge(valueNode(v), this.minimums));
    for (let v = 0; v <= V; v++) this.valueEdges.push(this.net.addEdge(valueNode(v), this.sink));
    this.minimumsEdge = this.net.addEdge(this.minimums, this.sink);
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
    const { G, V, quota, seats, transfer, openSeats, cap, minWanted } = this.layout;
    let reserved = 0;
    for (let g = 0; g < G; g++) {
      reserved += quota[g]!;
      this.net.setBounds(this.groupEdges[g]!, limits.groupLower[g]!, quota[g]!);
    }
    this.net.setBounds(this.seatsEdge, 0, seats);
    this.net.setBounds(this.quotasEdge, limits.quotaFill, reserved);
    this.net.setBounds(this.openEdge, 0, transfer ? UNBOUNDED : openSeats);
    for (let c = 0; c < this.cellEdges.length; c++) {
      this.net.setBounds(this.cellEdges[c]!, limits.cellLower[c]!, limits.cellUpper[c]!);
    }
    for (let v = 0; v < V; v++) {
      this.net.setBounds(this.minEdges[v]!, limits.valueLower[v]!, minWanted[v]!);
      this.net.setBounds(this.valueEdges[v]!, 0, cap[v]! - minWanted[v]!);
    }
    this.net.setBounds(this.valueEdges[V]!, 0, UNBOUNDED);
    this.net.setBounds(this.minimumsEdge, limits.minFill, UNBOUNDED);
    return true;
  }
}
