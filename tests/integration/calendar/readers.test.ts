import { beforeEach, describe, expect, it, vi } from "vitest";
import { keyTasksVersion } from "@/lib/server/cycles/key-tasks-version";
import { findCycleSettings } from "@/lib/server/cycles/find-cycle-settings";
import { findKeyTaskForms } from "@/lib/server/cycles/find-key-task-forms";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, fromToday, setPhase, world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("findCycleSettings", () => {
  beforeEach(() => signInAs(null));

  it("gives the phases in workflow order with the concurrency token", async () => {
    const w = await world();
    signInAs(w.users.OBSERVER);
    const s = await findCycleSettings(w.blocA.id, YEAR);
    expect(s!.phases.map((p) => p.key)).toEqual([
      "REGISTRATION",
      "PLEDGE_SIGNING",
      "EXECUTION",
      "MID_YEAR_REVIEW",
      "SELF_SCORING",
      "VERIFICATION",
      "OBJECTION",
      "CONFERENCE",
      "NOMINATION",
    ]);
    expect(s!.updatedAt).toBe(w.cycleA.updatedAt.toISOString());
  });

  it("shows a reopening with its reason", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", {
      opensOn: "2026-01-05",
      closesOn: "2026-03-25",
      reopenedUntil: "2026-04-10",
      reopenReason: "Gia hạn cho cơ quan mới",
    });
    signInAs(w.users.AGENCY_OFFICER);
    const s = await findCycleSettings(w.blocA.id, YEAR);
    expect(s!.phases[0]).toMatchObject({ reopenedUntil: "2026-04-10", reopenReason: "Gia hạn cho cơ quan mới" });
  });

  it("says why the scoring mode is locked once self-scoring opened, and null before", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(1), closesOn: fromToday(20) });
    expect((await findCycleSettings(w.blocA.id, YEAR))!.scoringModeLockedReason).toBeNull();
    await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(0), closesOn: fromToday(20) });
    expect((await findCycleSettings(w.blocA.id, YEAR))!.scoringModeLockedReason).toContain("Không thể đổi cách chấm điểm");
  });

  it("is null for a year without a cycle, and hides other blocs", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    expect(await findCycleSettings(w.blocA.id, YEAR + 5)).toBeNull();
    await expectRefused(findCycleSettings(w.blocB.id, YEAR), "NOT_FOUND");
  });
});

describe("findKeyTaskForms", () => {
  beforeEach(() => signInAs(null));

  async function withTasks() {
    const w = await world();
    await w.db.agencyKeyTask.createMany({
      data: ["Nhiệm vụ 1", "Nhiệm vụ 2"].map((text, i) => ({ cycleId: w.cycleA.id, agencyId: w.btg.id, order: i + 1, text })),
    });
    return w;
  }
  const editable = (forms: Awaited<ReturnType<typeof findKeyTaskForms>>) => forms.filter((f) => f.canEdit).map((f) => f.agencyName);

  it("gives every member with its tasks and the version a save must send", async () => {
    const w = await withTasks();
    signInAs(w.users.SECRETARY);
    const forms = await findKeyTaskForms(w.blocA.id, YEAR);
    expect(forms.map((f) => [f.agencyName, f.tasks])).toEqual([
      ["Ban Dân vận Tỉnh ủy", []],
      ["Ban Tuyên giáo Tỉnh ủy", ["Nhiệm vụ 1", "Nhiệm vụ 2"]],
    ]);
    expect(forms[1]!.version).toBe(keyTasksVersion(["Nhiệm vụ 1", "Nhiệm vụ 2"]));
    expect(editable(forms)).toEqual(["Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]);
  });

  it("lets an agency edit only its own list, and only while registration is open", async () => {
    const w = await withTasks();
    signInAs(w.users.AGENCY_OFFICER);
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-5), closesOn: fromToday(5) });
    expect(editable(await findKeyTaskForms(w.blocA.id, YEAR))).toEqual(["Ban Tuyên giáo Tỉnh ủy"]);
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(-1) });
    const closed = await findKeyTaskForms(w.blocA.id, YEAR);
    expect(editable(closed)).toEqual([]);
    expect(closed.find((f) => f.agencyId === w.btg.id)!.closedReason).toContain("đã kết thúc");
    expect(closed.find((f) => f.agencyId === w.bdv.id)!.closedReason).toBeNull();
  });

  it.each(["OBSERVER", "ADMIN"] as const)("gives %s nothing to edit", async (who) => {
    const w = await withTasks();
    signInAs(w.users[who]);
    expect(editable(await findKeyTaskForms(w.blocA.id, YEAR))).toEqual([]);
  });

  it("hides another bloc", async () => {
    const w = await withTasks();
    signInAs(w.users.OTHER_OFFICER);
    await expectRefused(findKeyTaskForms(w.blocA.id, YEAR), "NOT_FOUND");
  });
});
