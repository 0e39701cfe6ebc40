import { describe, expect, it } from "vitest";
import { buildSchedule } from "../../../src/core/schedule/schedule.js";
import { formatHtml } from "../../../src/format/schedule/html.js";
import { module, program } from "../../core/schedule/program.js";

const hostile = program({
  name: "<script>alert(1)</script> & co",
  summary: `Quotes " and ' and <b>tags</b>`,
  illustrative: ["modules", "seats.spread"],
  application: { deadline: "2027-04-12" },
  modules: [module("one", "2027-09-07", 3, { title: "<img src=x onerror=alert(1)>" })],
  components: [{ id: "c", title: "Mentor <group>", kind: "mentor-group" }],
  seats: { total: 10, spread: [{ field: "region", max: 3 }] },
  requirements: [{ id: "r", text: "Attend & pass" }],
});

describe("formatHtml", () => {
  const html = formatHtml(buildSchedule([{ program: hostile }]), { color: false });

  it("escapes every text from the program file", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).toContain("Mentor &lt;group&gt;");
  });

  it("is self-contained: no scripts, links, images or external resources", () => {
    const plain = formatHtml(
      buildSchedule([{ program: program({ modules: [module("one", "2027-09-07", 3)] }) }]),
      { color: false },
    );
    expect(plain).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|@font-face/i);
    expect(plain).toContain("default-src 'none'");
    expect(plain).toContain('<meta name="viewport"');
    expect(plain).toContain("@media print");
  });

  it("notes illustrative values in the program's language", () => {
    expect(html).toContain("Noen verdier på denne siden er illustrative");
    expect(html).toContain('class="badge"');
  });

  it("draws one timeline bar per module", () => {
    expect(html.match(/class="tl-bar"/g)).toHaveLength(1);
  });
});
