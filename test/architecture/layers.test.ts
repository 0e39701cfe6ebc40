/**
 * The layers of src/ and the arrows allowed between them (see docs/architecture.md):
 *
 *   cli     -> everything
 *   app     -> core, io, errors, app (use cases)
 *   format  -> core, format, rendering libraries; never io, app or cli
 *   io      -> core, io, errors, node:*, parsers
 *   core    -> core, zod; no process, clock, console or globals
 *   errors  -> nothing of ours
 *
 * plus: no import cycles, and no command module reaches another one.
 */

import ts from "typescript";
import { describe, expect, test } from "vitest";
import { type Import, importsOf, parse, sourceFiles } from "./imports.js";

type Layer = "core" | "format" | "io" | "app" | "cli" | "errors";

interface Allowed {
  ours: readonly Layer[];
  packages: readonly string[] | "any";
  /** Node's built-in modules: all of them, or only those named (pure computations such as hashing). */
  node: boolean | readonly string[];
}

const LAYERS: Record<Layer, Allowed> = {
  core: { ours: ["core"], packages: ["zod"], node: false },
  format: {
    ours: ["core", "format"],
    packages: ["chalk", "cli-table3", "date-fns", "@e965/xlsx", "mustache"],
    // Hashing only (GitLab fingerprints); no files, process or clock.
    node: ["node:crypto"],
  },
  io: { ours: ["core", "io", "errors"], packages: ["yaml", "@e965/xlsx", "highs"], node: true },
  app: { ours: ["core", "io", "errors", "app"], packages: [], node: true },
  cli: { ours: ["core", "format", "io", "app", "cli", "errors"], packages: "any", node: true },
  errors: { ours: ["core"], packages: [], node: false },
};

/**
 * Known violations, being removed on other branches; each entry must still
 * occur (the test says when one no longer does), and the list is emptied when
 * they are merged. Nothing new may be added here.
 */
const PENDING: readonly string[] = [];

/** Identifiers the core may not use: the process, the clock, the console, the global object. */
const IMPURE = new Set(["process", "Date", "globalThis", "console"]);

const FILES = sourceFiles("src");
const IMPORTS = new Map(FILES.map((f) => [f, importsOf(f)]));

const layerOf = (file: string): Layer | undefined => {
  if (file === "src/errors.ts") return "errors";
  const top = file.split("/")[1];
  return top && top in LAYERS && top !== "errors" ? (top as Layer) : undefined;
};

const describeImport = (i: Import): string =>
  `${i.from} -> ${i.target.kind === "ours" ? i.target.file : i.target.name}`;

const layerViolations = (): string[] => {
  const found: string[] = [];
  for (const [file, imports] of IMPORTS) {
    const layer = layerOf(file);
    if (!layer) {
      found.push(`${file} is in no layer`);
      continue;
    }
    const allowed = LAYERS[layer];
    for (const i of imports) {
      const { target } = i;
      const ok =
        target.kind === "ours"
          ? layerOf(target.file) !== undefined && allowed.ours.includes(layerOf(target.file)!)
          : target.kind === "node"
            ? allowed.node === true ||
              (Array.isArray(allowed.node) && allowed.node.includes(target.name))
            : allowed.packages === "any" || allowed.packages.includes(target.name);
      if (!ok) found.push(describeImport(i));
    }
  }
  return found;
};

/** Uses of IMPURE names in the core, other than as a property name (`x.Date`, `{ process: 1 }`). */
const impureUses = (): string[] => {
  const found: string[] = [];
  for (const file of FILES.filter((f) => layerOf(f) === "core")) {
    const source = parse(file);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && IMPURE.has(node.text)) {
        const parent = node.parent;
        const isPropertyName =
          (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          (ts.isQualifiedName(parent) && parent.right === node) ||
          ((ts.isPropertyAssignment(parent) ||
            ts.isPropertySignature(parent) ||
            ts.isPropertyDeclaration(parent) ||
            ts.isMethodDeclaration(parent) ||
            ts.isMethodSignature(parent)) &&
            parent.name === node);
        if (!isPropertyName) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push(`${file}:${line + 1}:${character + 1}: ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
};

/** Static imports between our files; `import("...")` is lazy and cannot form a load-time cycle. */
const staticGraph = (): Map<string, string[]> =>
  new Map(
    FILES.map((f) => [
      f,
      [
        ...new Set(
          IMPORTS.get(f)!.flatMap((i) =>
            i.target.kind === "ours" && !i.dynamic ? [i.target.file] : [],
          ),
        ),
      ],
    ]),
  );

/** Every cycle's path (one per strongly connected part), starting at its first file. */
const cycles = (graph: Map<string, string[]>): string[] => {
  // Tarjan's strongly connected components, then one cycle through each.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
  const connect = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || graph.get(v)?.includes(v)) parts.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return parts.map((part) => {
    const inPart = new Set(part);
    const start = part[0]!;
    // Breadth first from start back to start, inside the part: the shortest cycle through it.
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (!inPart.has(w) || previous.has(w)) continue;
        previous.set(w, v);
        if (w === start) queue.length = 0;
        else queue.push(w);
      }
    }
    const path = [start];
    for (let v = previous.get(start)!; v !== start; v = previous.get(v)!) path.unshift(v);
    return [start, ...path].join(" -> ");
  });
};

const COMMANDS_DIR = "src/cli/commands/";

/** A command module that loads another one, directly or through modules between them. */
const commandReach = (graph: Map<string, string[]>): string[] => {
  const found: string[] = [];
  for (const command of FILES.filter((f) => f.startsWith(COMMANDS_DIR))) {
    const seen = new Set<string>([command]);
    const queue = [command];
    while (queue.length > 0) {
      for (const w of graph.get(queue.shift()!) ?? []) {
        if (seen.has(w)) continue;
        seen.add(w);
        if (w.startsWith(COMMANDS_DIR)) found.push(`${command} reaches ${w}`);
        else queue.push(w);
      }
    }
  }
  return found.sort();
};

const ALL = (): string[] => {
  const graph = staticGraph();
  return [...layerViolations(), ...impureUses(), ...cycles(graph), ...commandReach(graph)];
};

describe("the walls between layers", () => {
  const all = ALL();

  test("src/ has files and they have imports (the reader works)", () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(IMPORTS.get("src/cli/main.ts")!.some((i) => i.specifier === "../errors.js")).toBe(true);
  });

  test("every import follows the layer table", () => {
    expect(layerViolations().filter((v) => !PENDING.includes(v))).toEqual([]);
  });

  test("the core uses no process, clock, console or global object", () => {
    expect(impureUses()).toEqual([]);
  });

  test("src/ has no import cycles", () => {
    expect(cycles(staticGraph()).filter((v) => !PENDING.includes(v))).toEqual([]);
  });

  test("no command module loads another one, directly or through others", () => {
    expect(commandReach(staticGraph()).filter((v) => !PENDING.includes(v))).toEqual([]);
  });

  test("every PENDING entry still occurs (remove the ones that were fixed)", () => {
    expect(PENDING.filter((p) => !all.includes(p))).toEqual([]);
  });
});

describe("the checks themselves", () => {
  test("a cycle is reported with its path", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ]);
    expect(cycles(graph)).toEqual(["a -> b -> c -> a"]);
    expect(cycles(new Map([["a", ["a"]]]))).toEqual(["a -> a"]);
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });
});
