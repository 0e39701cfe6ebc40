/**
 * A letter template file of a program: a first line `Subject: …`, an empty
 * line, then the body. Both are Mustache text.
 */
import type { LetterTemplate } from "../language/letter-words.js";
import type { TemplateFault } from "./template-faults.js";

export type ParsedTemplateFile =
  | { ok: true; template: LetterTemplate; subjectLine: number; bodyLine: number }
  | { ok: false; line: number; fault: TemplateFault };

const SUBJECT = /^subject:[ \t]*/i;

export const parseTemplateFile = (text: string): ParsedTemplateFile => {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === "") first++;
  const line = lines[first];
  if (line === undefined || !SUBJECT.test(line))
    return {
      ok: false,
      line: first + 1,
      fault: { code: "no-subject" },
    };
  const subject = line.replace(SUBJECT, "").trim();
  if (subject === "") return { ok: false, line: first + 1, fault: { code: "subject-empty" } };
  let start = first + 1;
  if (start < lines.length && lines[start]!.trim() !== "")
    return {
      ok: false,
      line: start + 1,
      fault: { code: "no-empty-line" },
    };
  while (start < lines.length && lines[start]!.trim() === "") start++;
  const body = lines.slice(start).join("\n").replace(/\s+$/, "");
  if (body === "")
    return {
      ok: false,
      line: Math.min(start + 1, lines.length),
      fault: { code: "no-body" },
    };
  return {
    ok: true,
    template: { subject, body: `${body}\n` },
    subjectLine: first + 1,
    bodyLine: start + 1,
  };
};
