/**
 * What a use case needs from the outside world: the working folder and stdin.
 * A command's context has both; tests pass their own.
 */
export interface AppContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}
