/**
 * The import graph of src/, read with the TypeScript compiler's parser (not
 * regular expressions): every static import and export-from, type-only ones
 * included, and every `import("...")` with a literal specifier.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export const ROOT = resolve(import.meta.dirname, "../..");

export type Target =
  /** A file of src/, as a path from the repository root with forward slashes. */
  | { kind: "ours"; file: string }
  | { kind: "node"; name: string }
  /** A package, by its name (`@scope/name` or `name`). */
  | { kind: "package"; name: string };

export interface Import {
  from: string;
  specifier: string;
  target: Target;
  line: number;
  /** `import("...")`: loaded when called, not when the importer loads. */
  dynamic: boolean;
}

const slash = (path: string): string => path.split(sep).join("/");

export const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => slash(relative(ROOT, join(e.parentPath, e.name))))
    .sort();

const BUILTINS = new Set(builtinModules);

const resolveSpecifier = (from: string, specifier: string): Target => {
  if (specifier.startsWith("node:")) return { kind: "node", name: specifier };
  if (specifier.startsWith(".")) {
    const path = slash(relative(ROOT, resolve(ROOT, dirname(from), specifier)));
    return { kind: "ours", file: path.replace(/\.js$/, ".ts") };
  }
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  if (BUILTINS.has(name)) return { kind: "node", name: `node:${name}` };
  return { kind: "package", name };
};

export const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);

export const importsOf = (file: string, source = parse(file)): Import[] => {
  const found: Import[] = [];
  const add = (literal: ts.Node, dynamic = false) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const { line } = source.getLineAndCharacterOfPosition(literal.getStart(source));
    found.push({
      from: file,
      specifier: literal.text,
      target: resolveSpecifier(file, literal.text),
      line: line + 1,
      dynamic,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) add(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    ) {
      add(node.arguments[0], true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};
