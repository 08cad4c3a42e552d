import { beforeEach, describe, expect, it, vi } from "vitest";
import { findAgencyRegister } from "@/lib/server/agency-register/find-agency-register";
import { signInAs } from "../setup/current-user-stub";
import { day, expectRefused, world, type Who } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const KT = ["Ban Dân vận Tỉnh ủy Kon Tum", "Ban Tổ chức Tỉnh ủy Kon Tum", "Ban Tuyên giáo Tỉnh ủy Kon Tum"];

describe("findAgencyRegister", () => {
  beforeEach(() => signInAs(null));

  // Without a key: the caller's first register, and which registers they may pick.
  it.each<[Who, string | "FORBIDDEN", string[], string[]]>([
    ["ADMIN", "Ninh Bình", ["Ninh Bình", "Quảng Ngãi", "Cấp Trung ương"], ["Ban Tổ chức Tỉnh ủy Ninh Bình"]],
    ["COUNCIL", "Kon Tum", ["Kon Tum"], KT],
    ["ABSORBER", "Quảng Ngãi", ["Quảng Ngãi"], [...KT.slice(0, 2), "Ban Tổ chức Tỉnh ủy Quảng Ngãi", KT[2]!]],
    ["OTHER_COUNCIL", "Ninh Bình", ["Ninh Bình"], ["Ban Tổ chức Tỉnh ủy Ninh Bình"]],
    ["CENTRAL", "Cấp Trung ương", ["Cấp Trung ương"], ["Ban Tổ chức Trung ương"]],
    ["SECRETARY", "FORBIDDEN", [], []],
    ["CHAIR", "FORBIDDEN", [], []],
    ["AGENCY_LEADER", "FORBIDDEN", [], []],
    ["OBSERVER", "FORBIDDEN", [], []],
  ])("%s → %s", async (who, label, registers, names) => {
    const w = await world();
    signInAs(w.users[who]);
    if (label === "FORBIDDEN") {
      await expectRefused(findAgencyRegister(), "FORBIDDEN");
      return;
    }
    const view = await findAgencyRegister();
    expect([view.current.label, view.registers.map((r) => r.label), view.agencies.map((a) => a.name)]).toEqual([label, registers, names]);
  });

  it.each<[Who, string, "ok" | "NOT_FOUND"]>([
    ["ADMIN", "KT", "ok"],
    ["ABSORBER", "KT", "ok"],
    ["COUNCIL", "KT", "ok"],
    ["COUNCIL", "QNG", "NOT_FOUND"],
    ["OTHER_COUNCIL", "KT", "NOT_FOUND"],
    ["OTHER_COUNCIL", "trung-uong", "NOT_FOUND"],
    ["CENTRAL", "QNG", "NOT_FOUND"],
    ["ADMIN", "KHONG-CO", "NOT_FOUND"],
  ])("%s asking for register %s → %s", async (who, key, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") await expectRefused(findAgencyRegister(key), "NOT_FOUND");
    else expect((await findAgencyRegister(key)).agencies.map((a) => a.name)).toEqual(KT);
  });

  it("labels agencies of absorbed provinces, lists ended ones last and shows the lineage both ways", async () => {
    const w = await world();
    const merged = await w.db.agency.create({
      data: { code: "KT-BTGDV", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum", shortName: "BTGDV", type: "BAN_DANG", provinceId: w.kt.id },
    });
    await w.db.agency.updateMany({ where: { id: { in: [w.btg.id, w.bdv.id] } }, data: { dissolvedOn: day("2025-03-01") } });
    for (const p of [w.btg, w.bdv]) {
      await w.db.agencyLineage.create({ data: { predecessorId: p.id, successorId: merged.id, kind: "MERGER", effectiveOn: day("2025-03-01") } });
    }
    signInAs(w.users.ABSORBER);
    const view = await findAgencyRegister();
    expect(view.provinces.map((p) => p.name)).toEqual(["Quảng Ngãi", "Kon Tum"]);
    expect(view.agencies.map((a) => [a.name, a.province, a.dissolvedOn])).toEqual([
      ["Ban Tổ chức Tỉnh ủy Kon Tum", "Kon Tum", null],
      ["Ban Tổ chức Tỉnh ủy Quảng Ngãi", null, null],
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum", "Kon Tum", null],
      ["Ban Dân vận Tỉnh ủy Kon Tum", "Kon Tum", "2025-03-01"],
      ["Ban Tuyên giáo Tỉnh ủy Kon Tum", "Kon Tum", "2025-03-01"],
    ]);
    expect(view.agencies[2]!.predecessors.map((l) => l.agencyName).sort()).toEqual(["Ban Dân vận Tỉnh ủy Kon Tum", "Ban Tuyên giáo Tỉnh ủy Kon Tum"]);
    expect(view.agencies[4]!.successors).toEqual([
      { kind: "MERGER", effectiveOn: "2025-03-01", agencyId: merged.id, agencyName: "Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum" },
    ]);
  });

  it("refuses a signed-out caller", async () => {
    await world();
    await expectRefused(findAgencyRegister(), "UNAUTHENTICATED");
  });
});
