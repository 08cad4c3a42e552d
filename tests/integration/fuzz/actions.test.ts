import { describe, expect, it, vi } from "vitest";
import { loadAction } from "../authorization/inventory";
import { useWorld } from "../authorization/lifecycle";
import { ACTIONS, actionCases } from "../authorization/registry";
import { restoreSnapshot, writeMark, writtenSince } from "../authorization/snapshot";
import { userOf } from "../authorization/world";
import { actorFor, call, probesFor, stored } from "./harness";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
vi.mock("next/cache", async (orig) => ({ ...(await orig<typeof import("next/cache")>()), revalidatePath: () => undefined, revalidateTag: () => undefined }));

/**
 * The fuzz corpus (corpus.ts) through every server action of app/, the
 * uploads included: each field of the valid form the authorization matrix
 * posts (registry.ts), replaced in turn by each probe, sent by a persona the
 * action allows so the probe reaches past the authorization check. No call
 * may throw, a refused call writes nothing, and what no field may store
 * (NUL, control characters, 1 MB) is stored nowhere. The matrix's inventory
 * test keeps the action list complete.
 */
const world = useWorld();

/** What a refusal writes on purpose: a wrong current password is a counted attempt (docs/decisions/0013). */
const WRITES_WHEN_REFUSED: Record<string, readonly string[]> = {
  "app/(app)/tai-khoan/actions.ts#changePasswordAction": ["LoginThrottle"],
  "app/(auth)/doi-mat-khau/actions.ts#changeTemporaryPasswordAction": ["LoginThrottle"],
};

const targets = Object.keys(ACTIONS)
  .sort()
  .map((key) => [key, actionCases(ACTIONS[key]!)[0]!] as const);

describe("fuzz corpus × every server action and upload", () => {
  it.each(targets)("%s", async (key, kase) => {
    const action = await loadAction(key);
    const w = world();
    const who = actorFor(kase.allow);
    const base = kase.input(w, who);
    let mark = await writeMark();
    const problems: string[] = [];
    for (const field of Object.keys(base)) {
      for (const probe of probesFor(base[field]!)) {
        const r = await call(action, { ...base, [field]: probe.value }, userOf(w, who));
        const { tables: changed, mark: next } = await writtenSince(mark);
        mark = next;
        const at = `${field} = ${probe.label}`;
        if ("threw" in r) problems.push(`${at}: threw ${r.threw}`);
        else if (!r.ok) {
          const unexpected = changed.filter((t) => !(WRITES_WHEN_REFUSED[key] ?? []).includes(t));
          if (unexpected.length > 0) problems.push(`${at}: refused, but wrote to ${unexpected.join(", ")}`);
        }
        if (probe.marker && changed.length > 0) {
          const where = await stored(changed, probe.marker);
          if (where.length > 0) problems.push(`${at}: stored in ${where.join(", ")}`);
        }
        if (changed.length > 0) await restoreSnapshot();
      }
    }
    expect(problems).toEqual([]);
  });
});
