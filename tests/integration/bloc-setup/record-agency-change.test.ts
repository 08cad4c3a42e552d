import { beforeEach, describe, expect, it, vi } from "vitest";
import { AgencyChangeInputSchema } from "@/lib/schemas/setup";
import { findAgencyLineage } from "@/lib/server/setup/find-agency-lineage";
import { recordAgencyChange } from "@/lib/server/setup/record-agency-change";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
// Ban Tuyên giáo and Ban Dân vận merged on 01/03/2025 (docs/domain/legal-basis.md#reorganisation-2025).
const merger = (w: World, over: Record<string, unknown> = {}) =>
  AgencyChangeInputSchema.parse({
    kind: "MERGER",
    blocId: w.blocA.id,
    year: "2025",
    effectiveOn: "2025-03-01",
    decisionRef: "QĐ 983-QĐ/TU ngày 12/02/2025",
    note: "",
    predecessorIds: [w.btg.id, w.bdv.id],
    successorId: "",
    newName: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    newShortName: "Ban TG-DV",
    newType: "BAN_DANG",
    ...over,
  });
const rowsOf = async (w: World) =>
  (await w.db.membership.findMany({ where: { blocId: w.blocA.id, year: 2025 }, include: { agency: true }, orderBy: { agency: { name: "asc" } } })).map((m) => [
    m.agency.name,
    iso(m.joinedOn),
    iso(m.leftOn),
    iso(m.agency.dissolvedOn),
  ]);

describe("recordAgencyChange", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") await recordAgencyChange(merger(w));
    else await expectRefused(recordAgencyChange(merger(w)), outcome);
    expect(await w.db.agencyLineage.count()).toBe(outcome === "ok" ? 2 : 0);
  });

  it("a merger ends the predecessors on 28/02, dissolves them on 01/03, adds the new agency and links both, all audited", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await recordAgencyChange(merger(w));

    expect(await rowsOf(w)).toEqual([
      ["Ban Dân vận Tỉnh ủy", null, "2025-02-28", "2025-03-01"],
      ["Ban Tuyên giáo Tỉnh ủy", null, "2025-02-28", "2025-03-01"],
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "2025-03-01", null, null],
      ["Ban Tổ chức Tỉnh ủy", null, null, null],
    ]);
    const successor = await w.db.agency.findFirstOrThrow({ where: { name: "Ban Tuyên giáo và Dân vận Tỉnh ủy" } });
    expect([successor.shortName, successor.type, successor.provinceId, iso(successor.establishedOn)]).toEqual([
      "Ban TG-DV",
      "BAN_DANG",
      w.province.id,
      "2025-03-01",
    ]);
    const lineage = await findAgencyLineage(w.blocA.id, 2025);
    expect(lineage.map((l) => [l.predecessorName, l.successorName, l.kind, l.effectiveOn, l.decisionRef])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "MERGER", "2025-03-01", "QĐ 983-QĐ/TU ngày 12/02/2025"],
      ["Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "MERGER", "2025-03-01", "QĐ 983-QĐ/TU ngày 12/02/2025"],
    ]);
    const audits = await w.db.auditLog.findMany({ orderBy: { at: "asc" } });
    expect(audits.every((a) => a.actorId === w.users.SECRETARY && a.blocId === w.blocA.id)).toBe(true);
    expect(audits.map((a) => a.action).sort()).toEqual(
      [
        "agency.create",
        "agency.dissolve",
        "agency.dissolve",
        "lineage.record",
        "lineage.record",
        "membership.add",
        "membership.update",
        "membership.update",
      ].sort(),
    );
    const ended = audits.find((a) => a.action === "membership.update");
    expect([(ended!.before as { leftOn: unknown }).leftOn, (ended!.after as { leftOn: unknown }).leftOn]).toEqual([null, "2025-02-28T00:00:00.000Z"]);
  });

  it("a split links the predecessor to each new agency", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await recordAgencyChange(
      AgencyChangeInputSchema.parse({
        kind: "SPLIT",
        blocId: w.blocA.id,
        year: "2025",
        effectiveOn: "2025-07-01",
        predecessorId: w.btc.id,
        successorIds: [w.outsider.id],
        newName0: "Ban Tổ chức (mới)",
        newShortName0: "",
        newType0: "BAN_DANG",
        newName1: "",
        newName2: "",
      }),
    );
    const links = await w.db.agencyLineage.findMany({ include: { successor: true } });
    expect(links.map((l) => [l.predecessorId, l.successor?.name, l.kind]).sort()).toEqual([
      [w.btc.id, "Ban Nội chính Tỉnh ủy khác", "SPLIT"],
      [w.btc.id, "Ban Tổ chức (mới)", "SPLIT"],
    ]);
    expect(await w.db.membership.count({ where: { blocId: w.blocA.id, year: 2025, joinedOn: new Date("2025-07-01T00:00:00Z") } })).toBe(2);
  });

  it("a rename creates the agency under its new name with the old type and keeps the old row", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await recordAgencyChange(
      AgencyChangeInputSchema.parse({
        kind: "RENAME",
        blocId: w.blocA.id,
        year: "2025",
        effectiveOn: "2025-10-01",
        predecessorId: w.btc.id,
        newName: "Ban Tổ chức và Nội vụ Tỉnh ủy",
      }),
    );
    const renamed = await w.db.agency.findFirstOrThrow({ where: { name: "Ban Tổ chức và Nội vụ Tỉnh ủy" } });
    expect([renamed.type, renamed.shortName]).toEqual(["BAN_DANG", "Ban Tổ chức và Nội vụ Tỉnh ủy"]);
    expect(await rowsOf(w)).toContainEqual(["Ban Tổ chức Tỉnh ủy", null, "2025-09-30", "2025-10-01"]);
  });

  it("refuses a bad change with field errors, writing nothing at all", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(recordAgencyChange(merger(w, { predecessorIds: [w.btg.id, w.outsider.id], effectiveOn: "2024-12-01" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({
      effectiveOn: ["Ngày hiệu lực phải trong năm 2025 (hoặc 01/01/2026 nếu thay đổi có hiệu lực từ đầu năm sau)."],
      predecessorIds: ["Cơ quan được chọn không thuộc danh sách thành viên năm 2025."],
    });
    expect([await w.db.agency.count(), await w.db.agencyLineage.count(), await w.db.auditLog.count()]).toEqual([4, 0, 0]);
    expect(await rowsOf(w)).toEqual([
      ["Ban Dân vận Tỉnh ủy", null, null, null],
      ["Ban Tuyên giáo Tỉnh ủy", null, null, null],
      ["Ban Tổ chức Tỉnh ủy", null, null, null],
    ]);
  });

  it("refuses recording the same merger twice (the predecessors are already dissolved)", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await recordAgencyChange(merger(w));
    const e = await expectRefused(recordAgencyChange(merger(w, { newName: "Ban Tuyên giáo và Dân vận (lần 2)" })), "INVALID_INPUT");
    expect(e.fieldErrors?.predecessorIds).toEqual([
      "Ban Tuyên giáo Tỉnh ủy đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
      "Ban Dân vận Tỉnh ủy đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
    ]);
    expect(await w.db.agencyLineage.count()).toBe(2);
  });

  it("asks for a successor in a merger (schema)", () => {
    const r = AgencyChangeInputSchema.safeParse({
      kind: "MERGER",
      blocId: "b",
      year: "2025",
      effectiveOn: "2025-03-01",
      predecessorIds: ["a", "b"],
      successorId: "",
      newName: "",
    });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["successorId", "Vui lòng chọn cơ quan kế thừa có sẵn hoặc nhập tên cơ quan mới."],
    ]);
  });
});
