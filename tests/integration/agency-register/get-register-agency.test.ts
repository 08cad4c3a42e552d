import { beforeEach, describe, expect, it, vi } from "vitest";
import { getRegisterAgency } from "@/lib/server/agency-register/get-register-agency";
import { signInAs } from "../setup/current-user-stub";
import { day, expectRefused, KON_TUM_AGENCY, world } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getRegisterAgency", () => {
  beforeEach(() => signInAs(null));

  it.each(KON_TUM_AGENCY)("a Kon Tum agency: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await getRegisterAgency(w.btc.id)).agency.name).toBe("Ban Tổ chức Tỉnh ủy Kon Tum");
    else await expectRefused(getRegisterAgency(w.btc.id), outcome);
  });

  it.each([
    ["CENTRAL", "ok"],
    ["ADMIN", "ok"],
    ["COUNCIL", "NOT_FOUND"],
    ["ABSORBER", "NOT_FOUND"],
  ] as const)("a central agency: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await getRegisterAgency(w.central.id)).register).toEqual({ key: "trung-uong", label: "Cấp Trung ương", provinceId: null });
    else await expectRefused(getRegisterAgency(w.central.id), outcome);
  });

  it("gives the lineage both ways, the blocs by year, its register and the merger partners", async () => {
    const w = await world();
    await w.db.agency.update({ where: { id: w.btg.id }, data: { dissolvedOn: day("2025-03-01") } });
    await w.db.agencyLineage.create({
      data: { predecessorId: w.btg.id, successorId: w.bdv.id, kind: "MERGER", effectiveOn: day("2025-03-01"), decisionRef: "QĐ 983-QĐ/TU" },
    });
    await w.db.membership.create({ data: { blocId: w.blocA.id, agencyId: w.bdv.id, year: 2024 } });
    signInAs(w.users.ABSORBER);
    const d = await getRegisterAgency(w.bdv.id);
    expect(d.agency).toMatchObject({ name: "Ban Dân vận Tỉnh ủy Kon Tum", province: "Kon Tum", dissolvedOn: null });
    expect(d.register).toEqual({ key: "QNG", label: "Quảng Ngãi", provinceId: w.qng.id });
    expect(d.lineage).toEqual([
      {
        id: expect.any(String),
        direction: "from",
        kind: "MERGER",
        effectiveOn: "2025-03-01",
        agencyId: w.btg.id,
        agencyName: "Ban Tuyên giáo Tỉnh ủy Kon Tum",
        decisionRef: "QĐ 983-QĐ/TU",
        note: null,
      },
    ]);
    // Quảng Ngãi's staff reach the blocs of Kon Tum, which it absorbed: the bloc is linked.
    expect(d.memberships).toEqual([{ blocName: "Khối các cơ quan Đảng tỉnh Kon Tum", code: w.blocA.code, years: [2025, 2024] }]);
    expect(d.partners.map((p) => [p.name, p.province])).toEqual([
      ["Ban Tổ chức Tỉnh ủy Kon Tum", "Kon Tum"],
      ["Ban Tổ chức Tỉnh ủy Quảng Ngãi", null],
    ]);
    signInAs(w.users.COUNCIL);
    const own = await getRegisterAgency(w.bdv.id);
    expect([own.register.label, own.partners.map((p) => p.name)]).toEqual(["Kon Tum", ["Ban Tổ chức Tỉnh ủy Kon Tum"]]);
  });
});
