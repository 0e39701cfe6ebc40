/**
 * The status line while a list is read: nothing in the first second, at most
 * one update in 200 ms, the words of the run's language, erased at the end
 * and before stdout writes to the same terminal; nothing at all when stderr
 * is not a terminal or under --quiet.
 */
import { describe, expect, it } from "vitest";
import type { CommandContext, OutputStream } from "../../src/cli/context.js";
import { readMeter } from "../../src/cli/read-meter.js";

const stream = (tty: boolean, columns?: number) => {
  const chunks: string[] = [];
  const out: OutputStream & { chunks: string[] } = {
    chunks,
    isTTY: tty,
    ...(columns !== undefined ? { columns } : {}),
    write: (chunk: string) => chunks.push(chunk),
  };
  return out;
};

const contextWith = (options: { stderrTTY: boolean; stdoutTTY: boolean; quiet?: boolean }) => {
  const status = stream(options.stderrTTY, 60);
  const stdout = stream(options.stdoutTTY, 60);
  const context = {
    cwd: "/",
    env: {},
    stdin: process.stdin,
    stdout,
    stderr: stream(false),
    status,
    color: { stdout: false, stderr: false },
    quiet: options.quiet === true,
    today: "2027-01-15",
    onProgramWarnings: () => {},
    onNotice: () => {},
  } satisfies CommandContext;
  return { context, status, stdout };
};

const progress = (rows: number, bytes: number) => ({ rows, bytes, totalBytes: 1000 });

describe("the read meter", () => {
  it("waits a second, then updates at most five times a second, and erases its line", () => {
    let now = 0;
    const { context, status } = contextWith({ stderrTTY: true, stdoutTTY: false });
    const meter = readMeter(context, () => now);
    const tell = meter.context.onListProgress!;
    for (; now < 1000; now += 50) tell(progress(now, now), "nb");
    expect(status.chunks).toEqual([]);
    for (; now <= 2000; now += 50) tell(progress(now * 10, now / 2), "nb");
    // 1000, 1200, ..., 2000 ms.
    expect(status.chunks).toHaveLength(6);
    expect(status.chunks[0]).toBe("\rLeser søkerlisten: 10\u00a0000 rader (50 %)\u001b[K");
    meter.stop();
    expect(status.chunks.at(-1)).toBe("\r\u001b[K");
    tell(progress(1, 1), "nb");
    expect(status.chunks.at(-1)).toBe("\r\u001b[K");
  });

  it("speaks the run's language, and leaves out the percent when the size is unknown", () => {
    let now = 0;
    const { context, status } = contextWith({ stderrTTY: true, stdoutTTY: false });
    const meter = readMeter(context, () => now);
    now = 5000;
    meter.context.onListProgress!({ rows: 1234567, bytes: 0, totalBytes: undefined }, "sv");
    now += 500;
    meter.context.onListProgress!(progress(2000000, 500), "fi");
    expect(status.chunks).toEqual([
      "\rLäser ansökningslistan: 1\u00a0234\u00a0567 rader\u001b[K",
      "\rLuetaan hakijaluetteloa: 2\u00a0000\u00a0000 riviä (50 %)\u001b[K",
    ]);
  });

  it("erases its line before stdout writes to the same terminal, and stays away after", () => {
    let now = 0;
    const { context, status, stdout } = contextWith({ stderrTTY: true, stdoutTTY: true });
    const meter = readMeter(context, () => now);
    now = 2000;
    meter.context.onListProgress!(progress(10, 10), "en");
    meter.context.stdout.write("id,verdict\n");
    expect(status.chunks).toEqual([
      "\rReading the applicant list: 10 rows (1%)\u001b[K",
      "\r\u001b[K",
    ]);
    expect(stdout.chunks).toEqual(["id,verdict\n"]);
    now += 1000;
    meter.context.onListProgress!(progress(20, 20), "en");
    expect(status.chunks).toHaveLength(2);
  });

  it.each([
    ["stderr is not a terminal", { stderrTTY: false, stdoutTTY: true }],
    ["--quiet", { stderrTTY: true, stdoutTTY: true, quiet: true }],
  ])("is silent when %s", (_, options) => {
    const { context, status } = contextWith(options);
    const meter = readMeter(context, () => 10_000);
    expect(meter.context).toBe(context);
    meter.stop();
    expect(status.chunks).toEqual([]);
  });
});
