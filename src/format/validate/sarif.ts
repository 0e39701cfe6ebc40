import type { LocatedFinding } from "../../core/findings.js";
import type { TextRenderer } from "../formatter.js";
import { FINDING_RULES } from "./finding-rules.js";
import { fingerprints } from "./fingerprint.js";
import type { ValidateReport } from "./report.js";

/**
 * A path as a URI reference: relative paths stay relative (to %SRCROOT%, the
 * folder cohort ran in, which GitHub code scanning takes as the repository),
 * absolute ones become file: URIs.
 */
const uriOf = (file: string): { uri: string; uriBaseId?: string } => {
  const drive = /^[A-Za-z]:[\\/]/.test(file) ? `${file.slice(0, 2)}/` : "";
  const path = (drive ? file.slice(3) : file).split(/[\\/]/).map(encodeURIComponent).join("/");
  if (drive) return { uri: `file:///${drive}${path}` };
  if (file.startsWith("/")) return { uri: `file://${path}` };
  return { uri: path, uriBaseId: "%SRCROOT%" };
};

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every code of
 * docs/findings.md as a rule with its help, a result per finding with its
 * region. No timestamps, so the same inputs give the same bytes.
 */
export const formatSarif: TextRenderer<ValidateReport> = (report) => {
  const known = new Set(FINDING_RULES.map((r) => r.id));
  const extra = [
    ...new Set([...report.findings, ...(report.suppressed ?? [])].map((f) => f.code)),
  ].filter((c) => !known.has(c));
  const rules = [
    ...FINDING_RULES,
    ...extra.sort().map((id) => ({ id, severity: "error" as const, description: id, help: "" })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(report.findings);
  const suppressed = report.suppressed ?? [];
  const suppressedPrints = fingerprints(suppressed);
  const result = (f: LocatedFinding, print: string) => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code),
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...uriOf(f.file), index: report.files.indexOf(f.file) },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { "cohortFinding/v1": print },
  });
  const sarif = {
    $schema:
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cohort",
            ...(report.toolVersion ? { semanticVersion: report.toolVersion } : {}),
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.help
                ? {
                    help: {
                      text: `${r.description}\n\nHow to fix: ${r.help}`,
                      markdown: `${r.description}\n\n**How to fix:** ${r.help}\n\nSee docs/findings.md in cohort's documentation.`,
                    },
                  }
                : {}),
              defaultConfiguration: { level: r.severity },
            })),
          },
        },
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The folder cohort validate ran in." } },
        },
        artifacts: report.files.map((file) => ({ location: uriOf(file) })),
        results: [
          ...report.findings.map((f, i) => result(f, prints[i]!)),
          // Suppressed in the source: code scanning shows them as dismissed.
          ...suppressed.map((f, i) => ({
            ...result(f, suppressedPrints[i]!),
            suppressions: [
              {
                kind: "inSource",
                ...(f.justification ? { justification: f.justification } : {}),
              },
            ],
          })),
        ],
        // Columns count UTF-16 code units, as the YAML parser does.
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
