import "server-only";
import type { Step } from "@/lib/forms/step";

/**
 * Thrown where a use case's checks end, in the check step: it has loaded and decided, written
 * nothing, and its transaction (with any row it locked) is rolled back. runAction answers `ready`.
 */
export class ChecksPassed extends Error {
  constructor() {
    super("Checks passed (check step): nothing written.");
    this.name = "ChecksPassed";
  }
}

/**
 * The line in a use case between its checks (authorization, phase, state machine, version, the
 * rule) and its first write: the check step stops here, the write step goes on. One function runs
 * both steps, so the check is the write's own preconditions (docs/decisions/0021-check-before-confirming.md).
 */
export function stopIfChecking(step: Step): void {
  if (step === "check") throw new ChecksPassed();
}
