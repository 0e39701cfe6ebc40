/**
 * A letter template file of a program: a first line `Subject: …`, an empty
 * line, then the body. Both are Mustache text.
 */
import type { LetterTemplate } from "../language/letter-words.js";

export type ParsedTemplateFile =
  | { ok: true; template: LetterTemplate; subjectLine: number; bodyLine: number }
  | { ok: false; line: number; message: string };

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
      message:
        'a letter template starts with a line "Subject: …", then an empty line, then the body',
    };
  const subject = line.replace(SUBJECT, "").trim();
  if (subject === "") return { ok: false, line: first + 1, message: "the Subject line is empty" };
  let start = first + 1;
  if (start < lines.length && lines[start]!.trim() !== "")
    return {
      ok: false,
      line: start + 1,
      message: "an empty line must follow the Subject line (the subject is one line)",
    };
  while (start < lines.length && lines[start]!.trim() === "") start++;
  const body = lines.slice(start).join("\n").replace(/\s+$/, "");
  if (body === "")
    return {
      ok: false,
      line: Math.min(start + 1, lines.length),
      message: "the letter has no body",
    };
  return {
    ok: true,
    template: { subject, body: `${body}\n` },
    subjectLine: first + 1,
    bodyLine: start + 1,
  };
};
