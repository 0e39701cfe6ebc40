import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowNetwork } from "../../../src/core/allocation/flow.js";

interface Edge {
  from: number;
  to: number;
  lower: number;
  upper: number;
}

function build(nodes: number, edges: Edge[]): FlowNetwork {
  const net = new FlowNetwork(nodes);
  for (const e of edges) net.addEdge(e.from, e.to, e.lower, e.upper);
  return net;
}

/** Every integer flow within the bounds, by enumeration: the best s -> t value (at least 0), or null. */
function bruteMaxFlow(nodes: number, edges: Edge[], s: number, t: number): number | null {
  let best: number | null = null;
  const flow = edges.map((e) => e.lower);
  const visit = (k: number) => {
    if (k === edges.length) {
      const balance = new Array(nodes).fill(0);
      edges.forEach((e, i) => {
        balance[e.from] -= flow[i]!;
        balance[e.to] += flow[i]!;
      });
      if (balance.every((b, v) => v === s || v === t || b === 0)) {
        const value = 0 - balance[s];
        if (balance[t] === value && value >= 0 && (best === null || value > best)) best = value;
      }
      return;
    }
    for (let f = edges[k]!.lower; f <= edges[k]!.upper; f++) {
      flow[k] = f;
      visit(k + 1);
    }
  };
  visit(0);
  return best;
}

describe("FlowNetwork", () => {
  it("finds the max flow of a textbook graph", () => {
    const net = build(4, [
      { from: 0, to: 1, lower: 0, upper: 3 },
      { from: 0, to: 2, lower: 0, upper: 2 },
      { from: 1, to: 2, lower: 0, upper: 1 },
      { from: 1, to: 3, lower: 0, upper: 2 },
      { from: 2, to: 3, lower: 0, upper: 3 },
    ]);
    expect(net.maxFlow(0, 3)).toBe(5);
  });

  it("honours a lower bound that forces flow through an edge", () => {
    // s -> a -> t and s -> b -> t; a -> t must carry at least 2, b -> t at most 1.
    const net = new FlowNetwork(4);
    net.addEdge(0, 1, 0, 5);
    net.addEdge(0, 2, 0, 5);
    const forced = net.addEdge(1, 3, 2, 2);
    net.addEdge(2, 3, 0, 1);
    expect(net.maxFlow(0, 3)).toBe(3);
    expect(net.flowOn(forced)).toBe(2);
  });

  it("reports bounds that cannot be met", () => {
    const net = new FlowNetwork(3);
    net.addEdge(0, 1, 0, 1);
    net.addEdge(1, 2, 2, 4);
    expect(net.maxFlow(0, 2)).toBeNull();
    expect(net.feasibleCirculation()).toBe(false);
  });

  it("decides circulations with lower bounds", () => {
    const net = new FlowNetwork(3);
    const a = net.addEdge(0, 1, 1, 3);
    net.addEdge(1, 2, 0, 2);
    const back = net.addEdge(2, 0, 2, 5);
    expect(net.feasibleCirculation()).toBe(true);
    expect(net.flowOn(a)).toBeGreaterThanOrEqual(2);
    net.setBounds(back, 3, 5);
    expect(net.feasibleCirculation()).toBe(false);
  });

  it("agrees with enumeration on random small graphs with lower bounds", () => {
    const edge = (nodes: number) =>
      fc
        .record({
          from: fc.nat(nodes - 1),
          to: fc.nat(nodes - 1),
          lower: fc.nat(2),
          span: fc.nat(2),
        })
        .filter((e) => e.from !== e.to)
        .map((e) => ({
          from: e.from,
          to: e.to,
          lower: e.lower === 2 ? 1 : 0,
          upper: (e.lower === 2 ? 1 : 0) + e.span,
        }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 5 })
          .chain((nodes) =>
            fc.tuple(fc.constant(nodes), fc.array(edge(nodes), { minLength: 1, maxLength: 6 })),
          ),
        ([nodes, edges]) => {
          const net = build(nodes, edges);
          const got = net.maxFlow(0, nodes - 1);
          expect(got).toBe(bruteMaxFlow(nodes, edges, 0, nodes - 1));
          if (got !== null) {
            const balance = new Array(nodes).fill(0);
            edges.forEach((e, i) => {
              const f = net.flowOn(i);
              expect(f).toBeGreaterThanOrEqual(e.lower);
              expect(f).toBeLessThanOrEqual(e.upper);
              balance[e.from] -= f;
              balance[e.to] += f;
            });
            expect(balance.slice(1, -1).every((b) => b === 0)).toBe(true);
            expect(balance[nodes - 1]).toBe(got);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
