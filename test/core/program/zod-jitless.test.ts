/**
 * zod builds and checks the program schema without compiling code at run
 * time (its fast path for objects, made with new Function()): on a run of a
 * few files that code costs more than it saves, and V8's code cache, which
 * holds the rest of validate's code, cannot hold it (docs/performance.md,
 * "Start-up"). zod reads the setting when it builds an object schema, so it
 * must be set before the first schema is built, whichever module builds it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

const compiled: string[] = [];
const original = globalThis.Function;

beforeAll(() => {
  // Every function made from source text, while the schema modules load and check.
  globalThis.Function = new Proxy(original, {
    apply(target, self, args) {
      compiled.push(String(args.at(-1)));
      return Reflect.apply(target, self, args);
    },
    construct(target, args, newTarget) {
      compiled.push(String(args.at(-1)));
      return Reflect.construct(target, args, newTarget);
    },
  });
});

afterAll(() => {
  globalThis.Function = original;
});

const yamlFiles = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));

it("no program or fixture makes zod compile code", async () => {
  // Imported only now, so that every schema is built under the watch above.
  const { validateProgram } = await import("../../../src/core/program/validate.js");
  const { parseYaml } = await import("../../../src/io/yaml.js");
  const files = [...yamlFiles("programs"), ...yamlFiles("fixtures/validate")];
  expect(files.length).toBeGreaterThan(20);
  let checked = 0;
  let failed = 0;
  for (const file of files) {
    const { value } = parseYaml(readFileSync(file, "utf8"));
    if (value === undefined) continue;
    const result = validateProgram(value);
    checked++;
    if (result.program === undefined) failed++;
  }
  // Both of zod's ways through an object were taken: documents it passes and documents it refuses.
  expect(checked - failed).toBeGreaterThan(5);
  expect(failed).toBeGreaterThan(5);
  expect(compiled).toEqual([]);
  // The modules are transformed when imported here, inside the test: slow on a busy machine.
}, 120_000);
