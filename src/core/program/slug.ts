/**
 * The rule for ids (of programs, modules, quotas and fields), written once:
 * lower-case letters, digits, "-" and "_", starting with a letter or digit.
 * Kept free of zod so the light programs-folder module can build on it.
 */
export const SLUG_PATTERN = "[a-z0-9][a-z0-9_-]*";

export const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

export const isSlug = (text: string): boolean => SLUG.test(text);
