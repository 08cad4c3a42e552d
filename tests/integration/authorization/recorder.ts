/**
 * The codes of the AppErrors the app inspected (through isAppError) during one call. An action
 * turns a refusal into `{ ok: false, message }` and a page into a notice; the code it caught is
 * how the matrix tells an authorization refusal from a validation or state one. The test files
 * mock lib/server/errors so that isAppError reports here:
 *   vi.mock("@/lib/server/errors", () => import("./errors-spy"));
 */
const seen: string[] = [];

export function noteAppError(code: string): void {
  seen.push(code);
}

export function clearSeen(): void {
  seen.length = 0;
}

export function seenCodes(): readonly string[] {
  return seen;
}
