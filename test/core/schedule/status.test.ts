import { describe, expect, it } from "vitest";
import { listEntry, programStatus } from "../../../src/core/schedule/status.js";
import { module, program } from "./program.js";

const dated = program({
  application: { opens: "2027-01-11", deadline: "2027-04-12" },
  modules: [module("a", "2027-09-07", 3), module("b", "2028-06-06", 3)],
});

describe("programStatus", () => {
  it.each([
    ["2027-01-10", "upcoming"],
    ["2027-01-11", "open for applications"],
    ["2027-04-12", "open for applications"],
    ["2027-04-13", "closed"],
    ["2027-09-06", "closed"],
    ["2027-09-07", "running"],
    ["2028-06-08", "running"],
    ["2028-06-09", "completed"],
  ])("on %s is %s", (today, status) => {
    expect(programStatus(dated, today)).toBe(status);
  });

  it("reports a framework as such", () => {
    expect(programStatus(program({ kind: "framework" }), "2027-01-01")).toBe("framework");
  });

  it("lets the owner's status win over the dates", () => {
    const paused = program({ ...dated, status: "paused" });
    expect(programStatus(paused, "2027-02-01")).toBe("paused");
    expect(programStatus(program({ status: "under-revision" }), "2027-02-01")).toBe(
      "under-revision",
    );
  });

  it("is open up to the deadline when no opening date is given", () => {
    const p = program({ application: { deadline: "2027-03-15" } });
    expect(programStatus(p, "2026-01-01")).toBe("open for applications");
    expect(programStatus(p, "2027-03-16")).toBe("closed");
  });

  it("is upcoming before the first module when there is no application period", () => {
    const p = program({ modules: [module("a", "2027-09-07", 1)] });
    expect(programStatus(p, "2027-09-06")).toBe("upcoming");
    expect(programStatus(p, "2027-09-07")).toBe("running");
    expect(programStatus(p, "2027-09-08")).toBe("completed");
  });

  it("tells continuous intake from a program without any dates", () => {
    expect(programStatus(program({ intake: "continuous" }), "2027-01-01")).toBe("continuous");
    expect(programStatus(program(), "2027-01-01")).toBe("undated");
  });
});

describe("listEntry", () => {
  it("gives the dates, seats and status of a program", () => {
    const p = program({ ...dated, seats: { total: 40 } });
    expect(listEntry(p, "2027-02-01")).toEqual({
      id: "demo",
      name: "Demo",
      kind: "program",
      locale: "nb",
      seats: 40,
      opens: "2027-01-11",
      deadline: "2027-04-12",
      first: "2027-09-07",
      last: "2028-06-08",
      status: "open for applications",
    });
  });
});
