/**
 * `cohort roster`: the admitted participants of an audit record, per class,
 * as a roster to fill in. The program is the one given (its requirements may
 * have been written after the allocation); the record must be of that program
 * and intact, and the applicant list it names must be the very list it was
 * made from (by SHA-256), for the carried columns (name, e-mail) are read
 * from it.
 */
import { createHash } from "node:crypto";
import { dirname, resolve } from "node:path";
import { languageOf } from "../core/language/index.js";
import { carriedColumns } from "../core/letters/letter.js";
import { intakeById } from "../core/program/intakes.js";
import type { Program } from "../core/program/schema.js";
import { suggest } from "../core/program/suggest.js";
import { moduleColumns } from "../core/progress/columns.js";
import { type Group, groupsOf } from "../core/progress/groups.js";
import { groupEntries, type RosterDocument, type RosterEntry } from "../core/progress/roster.js";
import { inputError, usageError } from "../errors.js";
import { openApplicantList } from "../io/applicants/open.js";
import type { CsvEncoding } from "../io/applicants/types.js";
import { loadProgram } from "../io/load-program.js";
import { type Admitted, readAdmitted } from "./admitted.js";
import type { AppContext } from "./context.js";
import { within } from "./verify.js";

export interface RosterOptions {
  program: string;
  audit: string;
  intake?: string | undefined;
  class?: string | undefined;
  /** The applicant list, when it is not in the record's folder. */
  applicants?: string | undefined;
}

export interface RosterRun {
  programFile: string;
  /** Absolute paths of the inputs: never to be written over. */
  inputs: string[];
  roster: RosterDocument;
}

const key = (text: string) => text.normalize("NFC").trim().toLowerCase();

export const prepareRoster = async (
  context: AppContext,
  options: RosterOptions,
): Promise<RosterRun> => {
  const loaded = await loadProgram(context, options.program);
  const program = loaded.program;
  const {
    file: auditFile,
    audit,
    admitted,
  } = await readAdmitted(context, options.audit, program, loaded.file);

  let view: Program = program;
  let intakeClasses: NonNullable<Program["intakes"]>[number]["classes"];
  if (program.intakes) {
    if (audit.intake === undefined)
      throw inputError({ code: "roster-no-intake", file: options.audit, program: loaded.file });
    if (options.intake !== undefined && options.intake !== audit.intake)
      throw usageError(
        `${options.audit} is the allocation of intake ${audit.intake}, not ${options.intake}; leave out --intake or give the record of that intake`,
      );
    const chosen = intakeById(program, audit.intake);
    if (!chosen)
      throw inputError({
        code: "roster-unknown-intake",
        file: options.audit,
        program: loaded.file,
        intake: audit.intake,
      });
    view = chosen.view;
    intakeClasses = chosen.intake.classes;
  } else if (options.intake !== undefined) {
    throw usageError(
      `${loaded.file} has no intakes, so --intake ${options.intake} does not apply to it`,
    );
  }

  const placed = admitted.some((a) => a.class !== undefined);
  const groups: Group[] = placed ? groupsOf(view, intakeClasses) : groupsOf(view, undefined);
  const ids = groups.map((g) => g.id ?? "");
  if (options.class !== undefined) {
    if (!placed)
      throw usageError(
        intakeClasses
          ? `${options.audit} does not place the participants in classes, so --class does not apply; leave it out for one roster of the whole intake`
          : `${loaded.file} has no classes; leave out --class`,
      );
    if (!ids.includes(options.class))
      throw usageError(
        `intake ${audit.intake} has no class "${options.class}" (it has ${ids.map((i) => `"${i}"`).join(", ")})${suggest(options.class, ids)}`,
      );
  }
  const groupOf = (a: Admitted): number => {
    if (!placed) return 0;
    const at = a.class === undefined ? -1 : ids.indexOf(a.class);
    if (at < 0)
      throw inputError(
        a.class === undefined
          ? { code: "roster-unplaced", file: options.audit, id: a.id }
          : {
              code: "roster-unknown-class",
              file: options.audit,
              id: a.id,
              class: a.class,
              intake: String(audit.intake),
              program: loaded.file,
            },
      );
    return at;
  };

  // The carried columns come from the list the record was made from.
  const recorded = audit.inputs.applicants;
  const base = dirname(auditFile);
  const listFile = options.applicants
    ? resolve(context.cwd, options.applicants)
    : resolve(base, recorded.path);
  const listShown = options.applicants ?? recorded.path;
  if (!options.applicants && !(await within(base, listFile)))
    throw inputError({ code: "roster-list-outside", file: options.audit, recorded: recorded.path });
  const hash = createHash("sha256");
  const list = await openApplicantList({
    path: listFile,
    display: listShown,
    cwd: context.cwd,
    stdin: context.stdin,
    ...(recorded.encoding ? { encoding: recorded.encoding as CsvEncoding } : {}),
    ...(recorded.sheet ? { sheet: recorded.sheet } : {}),
    tap: (bytes) => hash.update(bytes),
  });
  const spec = program.applicants;
  const idColumn = spec?.id ?? "id";
  const idIndex = list.header.findIndex((h) => key(h) === key(idColumn));
  if (idIndex < 0)
    throw inputError({
      code: "roster-no-id-column",
      list: listShown,
      column: idColumn,
      program: loaded.file,
    });
  const carry = spec ? carriedColumns(spec, list.header).carry : [];
  const wanted = new Set(admitted.map((a) => a.id));
  const cells = new Map<string, string[]>();
  for await (const { records } of list.batches) {
    for (const record of records) {
      const id = (record[idIndex] ?? "").normalize("NFC").trim();
      if (!wanted.has(id) || cells.has(id)) continue;
      cells.set(
        id,
        carry.map((c) => (c.index < 0 ? "" : (record[c.index] ?? "").trim())),
      );
    }
  }
  if (hash.digest("hex") !== recorded.sha256)
    throw inputError({ code: "roster-other-list", list: listShown, file: options.audit });

  const entries: RosterEntry[] = [];
  for (const a of admitted) {
    const group = groupOf(a);
    if (options.class !== undefined && ids[group] !== options.class) continue;
    const carried = cells.get(a.id);
    if (!carried)
      throw inputError({
        code: "roster-participant-missing",
        file: options.audit,
        id: a.id,
        list: listShown,
      });
    entries.push({ id: a.id, carried, group });
  }
  const words = languageOf(program.locale).progress;
  const shownGroups =
    options.class !== undefined ? groups.filter((g) => g.id === options.class) : groups;
  const regrouped = entries.map((e) => ({
    ...e,
    group: shownGroups.indexOf(groups[e.group]!),
  }));
  return {
    programFile: loaded.file,
    inputs: [auditFile, resolve(context.cwd, loaded.file), listFile],
    roster: {
      program: view,
      idColumn,
      carried: carry.map((c) => c.column),
      classes: placed,
      groups: shownGroups,
      modules: moduleColumns(shownGroups, words),
      fields: Object.entries(program.records?.fields ?? {}).map(([field, f]) => ({
        field,
        column: f.column ?? field,
      })),
      entries: groupEntries(regrouped),
    },
  };
};
