// Replaced by the bundler with the version from package.json.
declare const __COHORT_VERSION__: string | undefined;

export const VERSION: string =
  typeof __COHORT_VERSION__ === "string" ? __COHORT_VERSION__ : "0.0.0-dev";
