import { beforeEach, describe, expect, it, vi } from "vitest";
import { findAgencyChoices } from "@/lib/server/setup/find-agency-choices";
import { findMemberships } from "@/lib/server/setup/find-memberships";
import { findOfficerHistory } from "@/lib/server/setup/find-officer-history";
import { findProvinces } from "@/lib/server/setup/find-provinces";
import { makeAgency, makeMembership } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("set-up readers", () => {
  beforeEach(() => signInAs(null));

  it("findMemberships lists the year's rows in Vietnamese order with the neighbouring years' counts", async () => {
    const w = await world();
    await makeMembership(w.db, { blocId: w.blocA.id, agencyId: w.btg.id, year: 2024 });
    signInAs(w.users.OBSERVER);
    const result = await findMemberships(w.blocA.id, 2025);
    expect(result.rows.map((r) => r.name)).toEqual(["Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]);
    expect([result.previousYearCount, result.nextYearCount]).toEqual([1, 0]);
  });

  it.each(["OTHER_SECRETARY", "OTHER_OFFICER"] as const)("findMemberships hides bloc A from %s", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    await expectRefused(findMemberships(w.blocA.id, 2025), "NOT_FOUND");
  });

  it("findAgencyChoices offers the living agencies of the bloc's province register, to managers only", async () => {
    const w = await world();
    await makeAgency(w.db, { name: "Ban đã giải thể", dissolvedOn: new Date("2024-06-01T00:00:00Z"), provinceId: w.province.id });
    await makeAgency(w.db, { name: "Ban giải thể giữa năm", dissolvedOn: new Date("2025-06-01T00:00:00Z"), provinceId: w.province.id });
    await makeAgency(w.db, { name: "Ban của cấp Trung ương" });
    signInAs(w.users.SECRETARY);
    const names = (await findAgencyChoices(w.blocA.id, 2025)).map((c) => c.name);
    expect(names).toEqual(["Ban Dân vận Tỉnh ủy", "Ban giải thể giữa năm", "Ban Nội chính Tỉnh ủy khác", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]);
    signInAs(w.users.OBSERVER);
    await expectRefused(findAgencyChoices(w.blocA.id, 2025), "NOT_FOUND");
  });

  it("findOfficerHistory gives each term's agency id for the edit form", async () => {
    const w = await world();
    await w.db.officerTerm.create({
      data: { blocId: w.blocA.id, agencyId: w.btc.id, role: "HEAD", method: "ROTATION", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31") },
    });
    signInAs(w.users.AGENCY_OFFICER);
    expect(await findOfficerHistory(w.blocA.id)).toMatchObject([{ agencyId: w.btc.id, agencyName: "Ban Tổ chức Tỉnh ủy", method: "ROTATION" }]);
  });

  it("findProvinces offers the provinces a bloc may be placed in: all for a system administrator, one's own for council staff", async () => {
    const w = await world();
    await expectRefused(findProvinces(), "UNAUTHENTICATED");
    const absorbed = await w.db.province.create({
      data: { code: `HN${w.province.code}`, name: "Hà Nam", mergedIntoId: w.province.id, mergedOn: new Date("2025-07-01") },
    });
    signInAs(w.users.ADMIN);
    expect((await findProvinces()).map((p) => p.name)).toEqual(["Kon Tum", "Tỉnh khác", "Hà Nam (đã hợp nhất vào Kon Tum)"]);
    signInAs(w.users.COUNCIL);
    expect((await findProvinces()).map((p) => p.id)).toEqual([w.province.id, absorbed.id]);
    signInAs(w.users.OTHER_COUNCIL);
    expect((await findProvinces()).map((p) => p.name)).toEqual(["Tỉnh khác"]);
    signInAs(w.users.SECRETARY);
    expect(await findProvinces()).toEqual([]);
  });
});
