/**
 * A small max-flow (Dinic) with lower bounds on edges, for graphs of a few
 * dozen nodes. Lower bounds use the standard transformation: every edge
 * (u, v, [l, c]) becomes (u, v, c - l), v gets l units of excess and u owes
 * l; a super source feeds the excesses, a super sink drains the debts, and the
 * bounds can be met exactly when that super flow saturates.
 *
 * The allocation asks a few thousand questions of one fixed graph with
 * changing bounds, so the residual graph is rebuilt in place on every solve.
 */

/** Stands for an unbounded capacity; far above any seat or applicant count. */
export const UNBOUNDED = 2 ** 40;

export class FlowNetwork {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly flows: number[] = [];
  private residual: Residual | undefined;

  constructor(readonly nodeCount: number) {}

  /** Adds an edge that must carry between `lower` and `upper` units; returns its id. */
  addEdge(from: number, to: number, lower = 0, upper = UNBOUNDED): number {
    if (from < 0 || from >= this.nodeCount || to < 0 || to >= this.nodeCount) {
      throw new RangeError(`edge ${from} -> ${to} leaves the ${this.nodeCount} nodes`);
    }
    this.from.push(from);
    this.to.push(to);
    this.lower.push(0);
    this.upper.push(0);
    this.flows.push(0);
    this.residual = undefined;
    const id = this.from.length - 1;
    this.setBounds(id, lower, upper);
    return id;
  }

  setBounds(id: number, lower: number, upper: number): void {
    this.lower[id] = Math.min(lower, UNBOUNDED);
    this.upper[id] = Math.min(upper, UNBOUNDED);
  }

  /** The flow on an edge after the last solve that found the bounds feasible. */
  flowOn(id: number): number {
    return this.flows[id]!;
  }

  /** Whether some flow meets every bound with every node balanced (a circulation). */
  feasibleCirculation(): boolean {
    return this.solve(-1, -1) !== null;
  }

  /**
   * The largest flow from `s` to `t` that meets every bound, every other node
   * balanced; null when no flow of value 0 or more meets them all.
   */
  maxFlow(s: number, t: number): number | null {
    return this.solve(s, t);
  }

  private solve(s: number, t: number): number | null {
    const n = this.nodeCount;
    const m = this.from.length;
    this.residual ??= new Residual(n + 2, 2 * (m + 2 * n + 1));
    const r = this.residual;
    r.clear();
    const superSource = n;
    const superSink = n + 1;
    const excess = new Float64Array(n);
    const forward = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const lo = this.lower[e]!;
      const hi = this.upper[e]!;
      if (lo > hi) return null;
      forward[e] = r.add(this.from[e]!, this.to[e]!, hi - lo);
      excess[this.to[e]!]! += lo;
      excess[this.from[e]!]! -= lo;
    }
    const back = s >= 0 ? r.add(t, s, UNBOUNDED) : -1;
    let needed = 0;
    for (let v = 0; v < n; v++) {
      const x = excess[v]!;
      if (x > 0) {
        r.add(superSource, v, x);
        needed += x;
      } else if (x < 0) {
        r.add(v, superSink, -x);
      }
    }
    if (r.maxFlow(superSource, superSink) < needed) return null;
    let value = 0;
    if (s >= 0) {
      // The flow that came back along t -> s is what s already sends to t.
      value = r.cap[back ^ 1]!;
      r.cap[back] = 0;
      r.cap[back ^ 1] = 0;
      r.isolate(superSource);
      r.isolate(superSink);
      value += r.maxFlow(s, t);
    }
    for (let e = 0; e < m; e++) this.flows[e] = this.lower[e]! + r.cap[forward[e]! ^ 1]!;
    return value;
  }
}

/** Residual graph in flat arrays; edge e and its reverse are e and e ^ 1. */
class Residual {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly cap: Float64Array;
  private readonly level: Int32Array;
  private readonly iter: Int32Array;
  private readonly queue: Int32Array;
  private size = 0;

  constructor(
    readonly nodes: number,
    edges: number,
  ) {
    this.head = new Int32Array(nodes);
    this.next = new Int32Array(edges);
    this.to = new Int32Array(edges);
    this.cap = new Float64Array(edges);
    this.level = new Int32Array(nodes);
    this.iter = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  clear(): void {
    this.head.fill(-1);
    this.size = 0;
  }

  add(u: number, v: number, capacity: number): number {
    const e = this.size;
    this.link(e, u, v, capacity);
    this.link(e + 1, v, u, 0);
    this.size += 2;
    return e;
  }

  /** Closes every edge at a node, both ways. */
  isolate(v: number): void {
    for (let e = this.head[v]!; e !== -1; e = this.next[e]!) {
      this.cap[e] = 0;
      this.cap[e ^ 1] = 0;
    }
  }

  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.levels(s, t)) {
      this.iter.set(this.head);
      for (let f = this.push(s, t, UNBOUNDED); f > 0; f = this.push(s, t, UNBOUNDED)) total += f;
    }
    return total;
  }

  private link(e: number, u: number, v: number, capacity: number): void {
    this.to[e] = v;
    this.cap[e] = capacity;
    this.next[e] = this.head[u]!;
    this.head[u] = e;
  }

  private levels(s: number, t: number): boolean {
    this.level.fill(-1);
    this.level[s] = 0;
    let read = 0;
    let write = 0;
    this.queue[write++] = s;
    while (read < write) {
      const u = this.queue[read++]!;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.cap[e]! > 0 && this.level[v] === -1) {
          this.level[v] = this.level[u]! + 1;
          this.queue[write++] = v;
        }
      }
    }
    return this.level[t] !== -1;
  }

  private push(u: number, t: number, limit: number): number {
    if (u === t) return limit;
    for (let e = this.iter[u]!; e !== -1; e = this.next[e]!, this.iter[u] = e) {
      const v = this.to[e]!;
      if (this.cap[e]! > 0 && this.level[v] === this.level[u]! + 1) {
        const pushed = this.push(v, t, Math.min(limit, this.cap[e]!));
        if (pushed > 0) {
          this.cap[e]! -= pushed;
          this.cap[e ^ 1]! += pushed;
          return pushed;
        }
      }
    }
    return 0;
  }
}
