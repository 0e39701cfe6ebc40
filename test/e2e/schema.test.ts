import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "./run-cli.js";

const committed = readFileSync(join(ROOT, "schema/program.schema.json"), "utf8");

describe("cohort schema", () => {
  it("prints the committed JSON Schema (regenerate with: cohort schema -o schema/program.schema.json)", () => {
    const result = runCli(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(committed);
  });

  it("is draft-07, which yaml-language-server reads", () => {
    expect(JSON.parse(committed).$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("has a description on every key, at every level (editors show it on hover)", () => {
    const missing: string[] = [];
    let keys = 0;
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== "object") return;
      const schema = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        keys++;
        if (typeof value.description !== "string" || value.description.length < 8)
          missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      if (typeof schema.items === "object") walk(schema.items, `${path}[]`);
      if (typeof schema.additionalProperties === "object")
        walk(schema.additionalProperties, `${path}.*`);
      for (const list of ["anyOf", "oneOf", "allOf"])
        for (const branch of (schema[list] ?? []) as unknown[]) walk(branch, path);
      for (const [name, definition] of Object.entries(
        (schema.definitions ?? {}) as Record<string, unknown>,
      ))
        walk(definition, `#${name}`);
    };
    walk(JSON.parse(committed), "");
    expect(keys).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it("compiles under ajv's strict mode (formats from ajv-formats)", () => {
    const ajv = new Ajv({ strict: true, allErrors: true, logger: false });
    ajvFormats.default(ajv);
    expect(() => ajv.compile(JSON.parse(committed))).not.toThrow();
  });

  it("accepts every shipped program (checked by ajv, independently of zod)", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    const validate = ajv.compile(JSON.parse(committed));
    const files = readdirSync(join(ROOT, "programs")).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const data = parse(readFileSync(join(ROOT, "programs", file), "utf8"));
      const ok = validate(data);
      expect({ file, errors: ok ? null : validate.errors }).toEqual({ file, errors: null });
    }
  });

  it("rejects what zod rejects: an unknown key and an impossible date", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    const validate = ajv.compile(JSON.parse(committed));
    const base = parse(readFileSync(join(ROOT, "programs/topplederprogrammet.yaml"), "utf8"));
    expect(validate({ ...base, colour: "red" })).toBe(false);
    expect(validate({ ...base, application: { deadline: "2027-02-30" } })).toBe(false);
  });

  it("every shipped program starts with the yaml-language-server modeline", () => {
    for (const file of readdirSync(join(ROOT, "programs")).filter((f) => f.endsWith(".yaml"))) {
      const first = readFileSync(join(ROOT, "programs", file), "utf8").split("\n")[0];
      expect(first, file).toBe("# yaml-language-server: $schema=../schema/program.schema.json");
    }
  });
});
