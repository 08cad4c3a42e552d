import { beforeEach, describe, expect, it, vi } from "vitest";
import { CopyMembersInputSchema } from "@/lib/schemas/setup";
import { copyMembers } from "@/lib/server/setup/copy-members";
import { makeAgency, makeCycle, makeMembership } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("copyMembers into 2026", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = CopyMembersInputSchema.parse({ blocId: w.blocA.id, year: "2026" });
    if (outcome === "ok") expect((await copyMembers(input)).copied).toBe(3);
    else await expectRefused(copyMembers(input), outcome);
    expect(await w.db.membership.count({ where: { blocId: w.blocA.id, year: 2026 } })).toBe(outcome === "ok" ? 3 : 0);
  });

  it("copies the members at the end of 2025, skipping those who left, were dissolved or are already listed", async () => {
    const w = await world();
    const left = await makeAgency(w.db, { name: "Rời khối giữa năm" });
    const merged = await makeAgency(w.db, { name: "Sáp nhập từ 01/01/2026", dissolvedOn: day("2026-01-01") });
    const later = await makeAgency(w.db, { name: "Giải thể giữa năm 2026", dissolvedOn: day("2026-07-01") });
    await makeMembership(w.db, { blocId: w.blocA.id, agencyId: left.id, year: 2025, leftOn: day("2025-06-30") });
    await makeMembership(w.db, { blocId: w.blocA.id, agencyId: merged.id, year: 2025 });
    await makeMembership(w.db, { blocId: w.blocA.id, agencyId: later.id, year: 2025 });
    await makeMembership(w.db, { blocId: w.blocA.id, agencyId: w.btg.id, year: 2026, note: "đã có" });
    signInAs(w.users.SECRETARY);

    const result = await copyMembers({ blocId: w.blocA.id, year: 2026 });

    expect(result).toEqual({ copied: 3, alreadyPresent: 1, leftBeforeEnd: 1, dissolved: 1 });
    const rows = await w.db.membership.findMany({ where: { blocId: w.blocA.id, year: 2026 }, include: { agency: true }, orderBy: { agency: { name: "asc" } } });
    expect(rows.map((r) => [r.agency.name, r.leftOn?.toISOString().slice(0, 10) ?? null, r.note])).toEqual([
      ["Ban Dân vận Tỉnh ủy", null, null],
      ["Ban Tuyên giáo Tỉnh ủy", null, "đã có"],
      ["Ban Tổ chức Tỉnh ủy", null, null],
      ["Giải thể giữa năm 2026", "2026-06-30", null],
    ]);
    const audits = await auditOf("Membership");
    expect(audits.map((a) => [a.action, a.actorId, a.reason])).toEqual(Array(3).fill(["membership.copy", w.users.SECRETARY, "Sao chép từ năm 2025"]));
  });

  it("creates the year's cycle if missing, and keeps an existing one", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await copyMembers({ blocId: w.blocA.id, year: 2026 });
    expect(await w.db.cycle.findMany({ where: { blocId: w.blocA.id }, select: { year: true } })).toEqual([{ year: 2026 }]);
    expect(await auditOf("Cycle")).toHaveLength(1);
    await makeCycle(w.db, { blocId: w.blocA.id, year: 2027, theme: "Giữ nguyên" });
    await w.db.membership.create({ data: { blocId: w.blocA.id, agencyId: w.btg.id, year: 2027 } });
    const again = await copyMembers({ blocId: w.blocA.id, year: 2027 });
    expect(again).toEqual({ copied: 2, alreadyPresent: 1, leftBeforeEnd: 0, dissolved: 0 });
    expect((await w.db.cycle.findFirstOrThrow({ where: { blocId: w.blocA.id, year: 2027 } })).theme).toBe("Giữ nguyên");
  });

  it("copying twice copies nothing the second time", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await copyMembers({ blocId: w.blocA.id, year: 2026 });
    expect(await copyMembers({ blocId: w.blocA.id, year: 2026 })).toEqual({ copied: 0, alreadyPresent: 3, leftBeforeEnd: 0, dissolved: 0 });
  });

  it("refuses a year whose previous year has no members, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(copyMembers({ blocId: w.blocA.id, year: 2025 }), "INVALID_INPUT");
    expect(e.message).toBe("Năm 2024 chưa có cơ quan thành viên nào để sao chép.");
    expect(await w.db.cycle.count()).toBe(0);
  });
});
