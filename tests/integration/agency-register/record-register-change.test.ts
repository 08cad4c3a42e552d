import { beforeEach, describe, expect, it, vi } from "vitest";
import { AgencyChangeFieldsSchema } from "@/lib/schemas/agency-change";
import { recordRegisterChange } from "@/lib/server/agency-register/record-register-change";
import { signInAs } from "../setup/current-user-stub";
import { counts, expectRefused, KON_TUM_AGENCY, world, type World } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
// Ban Tuyên giáo and Ban Dân vận merged on 01/03/2025 (docs/decisions/0005), before Kon Tum joined Quảng Ngãi.
const merger = (w: World, over: Record<string, unknown> = {}) =>
  AgencyChangeFieldsSchema.parse({
    kind: "MERGER",
    effectiveOn: "2025-03-01",
    decisionRef: "QĐ 983-QĐ/TU ngày 12/02/2025",
    note: "",
    predecessorIds: [w.btg.id, w.bdv.id],
    successorId: "",
    newName: "Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum",
    newShortName: "Ban TG-DV",
    newType: "BAN_DANG",
    ...over,
  });
const membersOf = async (w: World, blocId: string) =>
  (await w.db.membership.findMany({ where: { blocId, year: 2025 }, include: { agency: true }, orderBy: { agency: { name: "asc" } } })).map((m) => [
    m.agency.name,
    iso(m.joinedOn),
    iso(m.leftOn),
  ]);

describe("recordRegisterChange", () => {
  beforeEach(() => signInAs(null));

  it.each(KON_TUM_AGENCY)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const before = await counts(w.db);
    if (outcome === "ok") await recordRegisterChange(merger(w));
    else {
      await expectRefused(recordRegisterChange(merger(w)), outcome);
      expect(await counts(w.db)).toEqual(before);
    }
    expect(await w.db.agencyLineage.count()).toBe(outcome === "ok" ? 2 : 0);
  });

  it("a merger changes the agencies once and carries the change into the blocs they belonged to, all audited", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    await recordRegisterChange(merger(w));

    const successor = await w.db.agency.findFirstOrThrow({ where: { name: "Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum" } });
    expect([successor.shortName, successor.type, successor.provinceId, iso(successor.establishedOn)]).toEqual(["Ban TG-DV", "BAN_DANG", w.kt.id, "2025-03-01"]);
    expect((await w.db.agency.findMany({ where: { id: { in: [w.btg.id, w.bdv.id] } } })).map((a) => iso(a.dissolvedOn))).toEqual(["2025-03-01", "2025-03-01"]);
    expect(await membersOf(w, w.blocA.id)).toEqual([
      ["Ban Dân vận Tỉnh ủy Kon Tum", null, "2025-02-28"],
      ["Ban Tuyên giáo Tỉnh ủy Kon Tum", null, "2025-02-28"],
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum", "2025-03-01", null],
      ["Ban Tổ chức Tỉnh ủy Kon Tum", null, null],
    ]);
    const audits = await w.db.auditLog.findMany();
    expect(audits.every((a) => a.actorId === w.users.COUNCIL)).toBe(true);
    const byBloc = (blocId: string | null) =>
      audits
        .filter((a) => a.blocId === blocId)
        .map((a) => a.action)
        .sort();
    expect(byBloc(null)).toEqual(["agency.create", "agency.dissolve", "agency.dissolve", "lineage.record", "lineage.record"]);
    expect(byBloc(w.blocA.id)).toEqual(["membership.add", "membership.update", "membership.update"]);
  });

  it("the head's agency merges mid-term: its term ends the day before, the deputy's agency acts as head, both audited in the bloc's log", async () => {
    const w = await world();
    const term = (agencyId: string, role: "HEAD" | "DEPUTY") =>
      w.db.officerTerm.create({
        data: {
          blocId: w.blocA.id,
          agencyId,
          role,
          startsOn: new Date("2025-01-01"),
          endsOn: new Date("2025-12-31"),
          method: "ELECTED",
          personName: `Đại diện ${role}`,
        },
      });
    const head = await term(w.btg.id, "HEAD");
    await term(w.btc.id, "DEPUTY");
    signInAs(w.users.COUNCIL);
    await recordRegisterChange(merger(w));

    const terms = await w.db.officerTerm.findMany({
      where: { blocId: w.blocA.id },
      include: { agency: true },
      orderBy: [{ role: "asc" }, { startsOn: "asc" }],
    });
    expect(terms.map((t) => [t.role, t.agency.name, iso(t.startsOn), iso(t.endsOn), t.method])).toEqual([
      ["HEAD", "Ban Tuyên giáo Tỉnh ủy Kon Tum", "2025-01-01", "2025-02-28", "ELECTED"],
      ["HEAD", "Ban Tổ chức Tỉnh ủy Kon Tum", "2025-03-01", "2025-12-31", "ACTING"],
      ["DEPUTY", "Ban Tổ chức Tỉnh ủy Kon Tum", "2025-01-01", "2025-12-31", "ELECTED"],
    ]);
    const audits = await w.db.auditLog.findMany({ where: { entity: "OfficerTerm" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.blocId, a.actorId])).toEqual([
      ["officer-term.end", w.blocA.id, w.users.COUNCIL],
      ["officer-term.acting-head", w.blocA.id, w.users.COUNCIL],
    ]);
    expect(audits[0]!.entityId).toBe(head.id);
    expect(audits[1]!.reason).toContain("Phó khối điều hành thay Trưởng khối (Ban Tuyên giáo Tỉnh ủy Kon Tum)");
  });

  it("a renamed head agency keeps its term under the new record; nobody acts", async () => {
    const w = await world();
    await w.db.officerTerm.create({
      data: { blocId: w.blocA.id, agencyId: w.btc.id, role: "HEAD", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31"), method: "ACCLAIMED" },
    });
    signInAs(w.users.ABSORBER);
    await recordRegisterChange(
      AgencyChangeFieldsSchema.parse({ kind: "RENAME", effectiveOn: "2025-08-01", predecessorId: w.btc.id, newName: "Ban Tổ chức Tỉnh ủy (mới)" }),
    );
    const terms = await w.db.officerTerm.findMany({ where: { blocId: w.blocA.id }, include: { agency: true }, orderBy: { startsOn: "asc" } });
    expect(terms.map((t) => [t.role, t.agency.name, iso(t.startsOn), iso(t.endsOn), t.method])).toEqual([
      ["HEAD", "Ban Tổ chức Tỉnh ủy Kon Tum", "2025-01-01", "2025-07-31", "ACCLAIMED"],
      ["HEAD", "Ban Tổ chức Tỉnh ủy (mới)", "2025-08-01", "2025-12-31", "ACCLAIMED"],
    ]);
  });

  it("after Kon Tum joined Quảng Ngãi, a new successor belongs to Quảng Ngãi", async () => {
    const w = await world();
    signInAs(w.users.ABSORBER);
    await recordRegisterChange(
      AgencyChangeFieldsSchema.parse({ kind: "RENAME", effectiveOn: "2025-08-01", predecessorId: w.btc.id, newName: "Ban Tổ chức Tỉnh ủy (mới)" }),
    );
    const renamed = await w.db.agency.findFirstOrThrow({ where: { name: "Ban Tổ chức Tỉnh ủy (mới)" } });
    expect([renamed.provinceId, renamed.type, renamed.code.startsWith("QNG-")]).toEqual([w.qng.id, "BAN_DANG", true]);
    expect(await membersOf(w, w.blocA.id)).toContainEqual(["Ban Tổ chức Tỉnh ủy Kon Tum", null, "2025-07-31"]);
  });

  it("a dissolution of a central agency ends its central bloc membership, with a lineage row without successor", async () => {
    const w = await world();
    signInAs(w.users.CENTRAL);
    await recordRegisterChange(
      AgencyChangeFieldsSchema.parse({ kind: "DISSOLUTION", effectiveOn: "2025-10-01", predecessorId: w.central.id, decisionRef: "QĐ giải thể" }),
    );
    expect(await membersOf(w, w.blocCentral.id)).toEqual([["Ban Tổ chức Trung ương", null, "2025-09-30"]]);
    expect(await w.db.agencyLineage.findFirstOrThrow()).toMatchObject({
      predecessorId: w.central.id,
      successorId: null,
      kind: "DISSOLUTION",
      decisionRef: "QĐ giải thể",
    });
  });

  it.each<[string, (w: World) => Promise<Record<string, unknown>>, Record<string, string[]>]>([
    ["a merger of one agency", async (w) => ({ predecessorIds: [w.btg.id] }), { predecessorIds: ["Hợp nhất cần chọn ít nhất hai cơ quan."] }],
    [
      "an agency already ended",
      async (w) => {
        await w.db.agency.update({ where: { id: w.bdv.id }, data: { dissolvedOn: new Date("2025-02-01T00:00:00Z") } });
        return {};
      },
      { predecessorIds: ["Ban Dân vận Tỉnh ủy Kon Tum đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/02/2025."] },
    ],
    [
      "a successor out of the caller's register",
      async (w) => ({ successorId: w.nbBtc.id, newName: "", newType: "" }),
      { successors: ["Không tìm thấy cơ quan kế thừa được chọn."] },
    ],
  ])("refuses %s with a field message, writing nothing", async (_label, arrange, fieldErrors) => {
    const w = await world();
    const over = await arrange(w);
    signInAs(w.users.COUNCIL);
    const before = await counts(w.db);
    const e = await expectRefused(recordRegisterChange(merger(w, over)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await counts(w.db)).toEqual(before);
  });

  it("refuses merging agencies of two unrelated provinces (system administrator)", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(recordRegisterChange(merger(w, { predecessorIds: [w.btc.id, w.nbBtc.id] })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ predecessorIds: ["Các cơ quan phải cùng thuộc một tỉnh, thành phố (hoặc cùng cấp Trung ương) vào ngày hiệu lực."] });
    expect(await w.db.agencyLineage.count()).toBe(0);
  });

  it("an agency out of scope among the predecessors is not found", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    await expectRefused(recordRegisterChange(merger(w, { predecessorIds: [w.btg.id, w.nbBtc.id] })), "NOT_FOUND");
  });
});
