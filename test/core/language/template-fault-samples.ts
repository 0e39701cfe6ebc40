/**
 * A sample of every template fault, with the params its words must show:
 * typed by code, so a new code is a compile error here until it has one.
 */
import type {
  TemplateFaultCode,
  TemplateFaultOf,
} from "../../../src/core/letters/template-faults.js";

export const TEMPLATE_FAULT_SAMPLES: {
  readonly [C in TemplateFaultCode]: readonly [TemplateFaultOf<C>, readonly string[]][];
} = {
  "no-subject": [[{ code: "no-subject" }, ["Subject:"]]],
  "subject-empty": [[{ code: "subject-empty" }, ["Subject"]]],
  "no-empty-line": [[{ code: "no-empty-line" }, ["Subject"]]],
  "no-body": [[{ code: "no-body" }, []]],
  partial: [[{ code: "partial" }, ["{{>"]]],
  "unknown-placeholder": [
    [{ code: "unknown-placeholder", name: "nmae" }, ["{{nmae}}", "docs/commands/letters.md"]],
  ],
  "unclosed-tag": [[{ code: "unclosed-tag" }, []]],
  "unclosed-section": [[{ code: "unclosed-section", name: "reasons" }, ["reasons"]]],
  "unopened-section": [[{ code: "unopened-section", name: "modules" }, ["modules"]]],
  "invalid-tags": [[{ code: "invalid-tags", tags: "<%" }, ["<%"]]],
  syntax: [[{ code: "syntax", detail: "Something else at 3" }, ["Something else at 3"]]],
};
