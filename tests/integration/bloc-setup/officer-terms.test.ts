import { beforeEach, describe, expect, it, vi } from "vitest";
import { OfficerTermInputSchema } from "@/lib/schemas/setup";
import { deleteOfficerTerm } from "@/lib/server/setup/delete-officer-term";
import { saveOfficerTerm } from "@/lib/server/setup/save-officer-term";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
// The pure check can be switched off to reach the database trigger, as two saves at once would.
const skipPureCheck = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/domain/officer-terms", async (original) => {
  const real = await original<typeof import("@/lib/domain/officer-terms")>();
  return { ...real, checkOfficerTerm: (...args: Parameters<typeof real.checkOfficerTerm>) => (skipPureCheck.on ? null : real.checkOfficerTerm(...args)) };
});

const form = (w: World, over: Record<string, string> = {}) =>
  OfficerTermInputSchema.parse({
    id: "",
    blocId: w.blocA.id,
    year: "2025",
    role: "HEAD",
    agencyId: w.btc.id,
    personName: "Nguyễn Văn A",
    startsOn: "2025-01-01",
    endsOn: "2025-12-31",
    method: "ELECTED",
    decisionRef: "Biên bản hội nghị tổng kết 2024",
    handoverOn: "2025-01-10",
    ...over,
  });

describe("saveOfficerTerm / deleteOfficerTerm", () => {
  beforeEach(() => {
    signInAs(null);
    skipPureCheck.on = false;
  });

  it.each(MANAGE_OUTCOMES)("saving: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") await saveOfficerTerm(form(w));
    else await expectRefused(saveOfficerTerm(form(w)), outcome);
    expect(await w.db.officerTerm.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it.each(MANAGE_OUTCOMES)("deleting: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveOfficerTerm(form(w));
    const term = await w.db.officerTerm.findFirstOrThrow();
    signInAs(w.users[who]);
    if (outcome === "ok") await deleteOfficerTerm(term.id);
    else await expectRefused(deleteOfficerTerm(term.id), outcome);
    expect(await w.db.officerTerm.count()).toBe(outcome === "ok" ? 0 : 1);
  });

  it("records every field of a term and audits create, update and delete", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveOfficerTerm(form(w));
    const term = await w.db.officerTerm.findFirstOrThrow();
    expect(term).toMatchObject({
      blocId: w.blocA.id,
      agencyId: w.btc.id,
      role: "HEAD",
      method: "ELECTED",
      personName: "Nguyễn Văn A",
      decisionRef: "Biên bản hội nghị tổng kết 2024",
    });
    expect(term.handoverOn?.toISOString().slice(0, 10)).toBe("2025-01-10");
    signInAs(w.users.CHAIR);
    await saveOfficerTerm(form(w, { id: term.id, agencyId: w.bdv.id, method: "ROTATION" }));
    await deleteOfficerTerm(term.id);
    const audits = await auditOf("OfficerTerm", term.id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["officer-term.create", w.users.SECRETARY],
      ["officer-term.update", w.users.CHAIR],
      ["officer-term.delete", w.users.CHAIR],
    ]);
    expect([audits[1]!.before, audits[1]!.after]).toEqual([
      expect.objectContaining({ agencyId: w.btc.id }),
      expect.objectContaining({ agencyId: w.bdv.id, method: "ROTATION" }),
    ]);
    expect(audits[2]!.before).toMatchObject({ agencyId: w.bdv.id });
  });

  it("refuses an overlapping head term naming the clashing term, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveOfficerTerm(form(w));
    const e = await expectRefused(saveOfficerTerm(form(w, { agencyId: w.bdv.id, startsOn: "2025-12-31", endsOn: "2026-12-30" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ startsOn: ["Nhiệm kỳ Trưởng khối bị trùng với nhiệm kỳ của Ban Tổ chức Tỉnh ủy (01/01/2025 – 31/12/2025)."] });
    expect(await w.db.officerTerm.count()).toBe(1);
    expect(await auditOf("OfficerTerm")).toHaveLength(1);
  });

  it("a deputy may serve alongside the head", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveOfficerTerm(form(w));
    await saveOfficerTerm(form(w, { role: "DEPUTY", agencyId: w.bdv.id, method: "ACCLAIMED" }));
    expect(await w.db.officerTerm.count()).toBe(2);
  });

  it("the database trigger refuses an overlap the check missed (concurrent saves), as a Vietnamese message", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveOfficerTerm(form(w));
    skipPureCheck.on = true;
    const e = await expectRefused(saveOfficerTerm(form(w, { agencyId: w.bdv.id, startsOn: "2025-06-01" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ startsOn: ["Nhiệm kỳ bị trùng với một nhiệm kỳ cùng chức danh."] });
    expect(await w.db.officerTerm.count()).toBe(1);
  });

  it("refuses an agency that is not a member that year and an end before the start", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const notMember = await expectRefused(saveOfficerTerm(form(w, { agencyId: w.outsider.id })), "INVALID_INPUT");
    expect(notMember.fieldErrors).toEqual({ agencyId: ["Cơ quan được chọn không phải thành viên của khối năm 2025."] });
    const backwards = await expectRefused(saveOfficerTerm(form(w, { startsOn: "2025-06-01", endsOn: "2025-05-31" })), "INVALID_INPUT");
    expect(backwards.fieldErrors).toEqual({ endsOn: ["Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu."] });
    expect(await w.db.officerTerm.count()).toBe(0);
  });

  it("does not edit a term of another bloc through this bloc's form", async () => {
    const w = await world();
    const other = await w.db.officerTerm.create({
      data: { blocId: w.blocB.id, agencyId: w.outsider.id, role: "HEAD", method: "ELECTED", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31") },
    });
    signInAs(w.users.SECRETARY);
    await expectRefused(saveOfficerTerm(form(w, { id: other.id })), "NOT_FOUND");
    await expectRefused(deleteOfficerTerm(other.id), "NOT_FOUND");
    expect(await w.db.officerTerm.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ agencyId: w.outsider.id });
  });
});
