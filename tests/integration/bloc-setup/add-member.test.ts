import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddMemberInputSchema } from "@/lib/schemas/setup";
import { addMember } from "@/lib/server/setup/add-member";
import { makeAgency } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, string> = {}) =>
  AddMemberInputSchema.parse({
    blocId: w.blocA.id,
    year: "2025",
    agencyId: "",
    newName: "",
    newShortName: "",
    newType: "",
    joinedOn: "",
    leftOn: "",
    note: "",
    ...over,
  });

describe("addMember", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = form(w, { agencyId: w.outsider.id });
    if (outcome === "ok") await addMember(input);
    else await expectRefused(addMember(input), outcome);
    expect(await w.db.membership.count({ where: { blocId: w.blocA.id, agencyId: w.outsider.id } })).toBe(outcome === "ok" ? 1 : 0);
  });

  it("adds an existing agency for part of the year, audited", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await addMember(form(w, { agencyId: w.outsider.id, joinedOn: "2025-03-01", leftOn: "2025-11-30", note: "Chuyển từ khối khác" }));
    const m = await w.db.membership.findFirstOrThrow({ where: { blocId: w.blocA.id, agencyId: w.outsider.id } });
    expect([m.year, m.joinedOn?.toISOString().slice(0, 10), m.leftOn?.toISOString().slice(0, 10), m.note]).toEqual([
      2025,
      "2025-03-01",
      "2025-11-30",
      "Chuyển từ khối khác",
    ]);
    const [row] = await auditOf("Membership", m.id);
    expect(row).toMatchObject({ actorId: w.users.SECRETARY, action: "membership.add", before: null });
    expect(row!.after).toMatchObject({ agencyId: w.outsider.id, year: 2025 });
  });

  it("creates a new agency in the bloc's province and adds it", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await addMember(form(w, { newName: "Báo Kon Tum", newShortName: "Báo Kon Tum", newType: "BAO" }));
    const agency = await w.db.agency.findFirstOrThrow({ where: { name: "Báo Kon Tum" }, include: { memberships: true } });
    expect(agency).toMatchObject({ type: "BAO", provinceId: w.province.id, shortName: "Báo Kon Tum" });
    expect(agency.code).toMatch(new RegExp(`^${w.province.code}-BKT-[0-9A-F]{6}$`));
    expect(agency.memberships.map((m) => [m.blocId, m.year])).toEqual([[w.blocA.id, 2025]]);
    expect(await auditOf("Agency", agency.id)).toHaveLength(1);
  });

  it("refuses an agency already a member that year, naming it, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(addMember(form(w, { agencyId: w.btg.id })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ agencyId: ["Ban Tuyên giáo Tỉnh ủy đã là thành viên của khối năm 2025."] });
    expect(await w.db.membership.count({ where: { blocId: w.blocA.id } })).toBe(3);
    expect(await auditOf("Membership")).toEqual([]);
  });

  it("refuses days outside the year and a dissolved agency, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const outside = await expectRefused(addMember(form(w, { agencyId: w.outsider.id, joinedOn: "2024-12-31", leftOn: "2025-01-31" })), "INVALID_INPUT");
    expect(outside.fieldErrors).toEqual({ joinedOn: ["Ngày tham gia phải trong năm 2025."] });
    const gone = await makeAgency(w.db, { name: "Ban đã giải thể", dissolvedOn: new Date("2025-03-01T00:00:00Z"), provinceId: w.province.id });
    const dissolved = await expectRefused(addMember(form(w, { agencyId: gone.id })), "INVALID_INPUT");
    expect(dissolved.fieldErrors).toEqual({ leftOn: ["Ban đã giải thể không còn tồn tại từ ngày 01/03/2025: ngày rời khối phải trước ngày đó."] });
    await addMember(form(w, { agencyId: gone.id, leftOn: "2025-02-28" }));
    expect(await w.db.membership.count({ where: { blocId: w.blocA.id } })).toBe(4);
  });

  it("asks for either an existing or a new agency (schema)", () => {
    const r = AddMemberInputSchema.safeParse({ blocId: "b", year: "2025", agencyId: "", newName: "Ban mới", newType: "" });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newType", "Vui lòng chọn loại cơ quan."]]);
    const none = AddMemberInputSchema.safeParse({ blocId: "b", year: "2025" });
    expect(none.success ? [] : none.error.issues.map((i) => i.message)).toEqual(["Vui lòng chọn cơ quan có sẵn hoặc nhập tên cơ quan mới."]);
  });
});
