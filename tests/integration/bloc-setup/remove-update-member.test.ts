import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateMemberInputSchema } from "@/lib/schemas/setup";
import { removeMember } from "@/lib/server/setup/remove-member";
import { updateMember } from "@/lib/server/setup/update-member";
import { makeCycle } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const membershipOf = (w: World, agencyId: string) => w.db.membership.findFirstOrThrow({ where: { blocId: w.blocA.id, agencyId, year: 2025 } });

describe("removeMember", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users[who]);
    if (outcome === "ok") await removeMember(m.id);
    else await expectRefused(removeMember(m.id), outcome);
    expect(await w.db.membership.count({ where: { id: m.id } })).toBe(outcome === "ok" ? 0 : 1);
  });

  it("audits the removed row (before) with the agency's name", async () => {
    const w = await world();
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users.SECRETARY);
    await removeMember(m.id);
    const [row] = await auditOf("Membership", m.id);
    expect(row).toMatchObject({ actorId: w.users.SECRETARY, action: "membership.remove", after: null });
    expect(row!.before).toMatchObject({ agencyId: w.btc.id, year: 2025, agencyName: "Ban Tổ chức Tỉnh ủy" });
  });

  it("keeps a member that already has a registration that year, explaining why", async () => {
    const w = await world();
    const cycle = await makeCycle(w.db, { blocId: w.blocA.id, year: 2025 });
    await w.db.registration.create({ data: { cycleId: cycle.id, agencyId: w.btc.id } });
    await w.db.officerTerm.create({
      data: { blocId: w.blocA.id, agencyId: w.btc.id, role: "HEAD", method: "ELECTED", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31") },
    });
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(removeMember(m.id), "INVALID_INPUT");
    expect(e.message).toBe(
      "Không thể bỏ Ban Tổ chức Tỉnh ủy khỏi danh sách năm 2025 vì cơ quan đã có bản đăng ký thi đua, nhiệm kỳ Trưởng/Phó khối trong năm này. Hãy ghi ngày rời khối để giữ lịch sử.",
    );
    expect(await w.db.membership.count({ where: { id: m.id } })).toBe(1);
    expect(await auditOf("Membership")).toEqual([]);
  });

  it("is not found for an unknown id", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(removeMember("khong-co"), "NOT_FOUND");
  });
});

describe("updateMember", () => {
  beforeEach(() => signInAs(null));
  const form = (membershipId: string, over: Record<string, string> = {}) =>
    UpdateMemberInputSchema.parse({ membershipId, joinedOn: "", leftOn: "2025-09-30", note: "Chuyển sang khối khác", ...over });

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users[who]);
    if (outcome === "ok") await updateMember(form(m.id));
    else await expectRefused(updateMember(form(m.id)), outcome);
    const after = await w.db.membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.leftOn?.toISOString().slice(0, 10) ?? null).toBe(outcome === "ok" ? "2025-09-30" : null);
  });

  it("records the leaving day with an audit row (before, after)", async () => {
    const w = await world();
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users.SECRETARY);
    await updateMember(form(m.id));
    const [row] = await auditOf("Membership", m.id);
    expect(row).toMatchObject({
      action: "membership.update",
      before: expect.objectContaining({ leftOn: null }),
      after: expect.objectContaining({ leftOn: "2025-09-30T00:00:00.000Z" }),
    });
  });

  it("refuses leaving before joining, writing nothing", async () => {
    const w = await world();
    const m = await membershipOf(w, w.btc.id);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(updateMember(form(m.id, { joinedOn: "2025-10-01" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ leftOn: ["Ngày rời khối không được trước ngày tham gia."] });
    expect((await w.db.membership.findUniqueOrThrow({ where: { id: m.id } })).leftOn).toBeNull();
    expect(await auditOf("Membership")).toEqual([]);
  });
});
