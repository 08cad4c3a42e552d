import { noteAppError } from "./recorder";

type ErrorsModule = typeof import("@/lib/server/errors");

/**
 * lib/server/errors as it is, with each exported helper (isAppError, expectedFailure, …) also
 * reporting the AppErrors it is handed or hands back (recorder.ts): that is how the app tells
 * an expected refusal from a bug, so it sees every refusal an action or page turns into a message.
 * Each test file mocks the module with it:
 *   vi.mock("@/lib/server/errors", async (orig) => (await import("./errors-spy")).spied(await orig()));
 */
export function spied(real: ErrorsModule): ErrorsModule {
  const note = (v: unknown) => {
    if (v instanceof real.AppError) noteAppError(v.code);
  };
  const out: Record<string, unknown> = { ...real };
  for (const [name, value] of Object.entries(real)) {
    if (typeof value !== "function" || value === real.AppError || value.prototype instanceof Error) continue;
    out[name] = (...args: unknown[]) => {
      args.forEach(note);
      const result = (value as (...a: unknown[]) => unknown)(...args);
      note(result);
      return result;
    };
  }
  return out as ErrorsModule;
}
