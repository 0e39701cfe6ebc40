/**
 * Whether to colour a stream. chalk's own detection honours FORCE_COLOR but
 * not NO_COLOR (https://no-color.org), so cohort decides here, once:
 * --no-color > NO_COLOR > FORCE_COLOR > is the stream a terminal.
 */
export const useColor = (
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  flag: boolean | undefined,
): boolean => {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
};
