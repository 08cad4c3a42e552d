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

  it("findAgencyChoices offers living agencies, the bloc's province first, to managers only", async () => {
    const w = await world();
    await makeAgency(w.db, { name: "Ban đã giải thể", dissolvedOn: new Date("2024-06-01T00:00:00Z") });
    await makeAgency(w.db, { name: "Ban giải thể giữa năm", dissolvedOn: new Date("2025-06-01T00:00:00Z"), provinceId: w.province.id });
    signInAs(w.users.SECRETARY);
    const names = (await findAgencyChoices(w.blocA.id, 2025)).map((c) => c.name);
    expect(names).toEqual(["Ban Dân vận Tỉnh ủy", "Ban giải thể giữa năm", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Nội chính Tỉnh ủy khác"]);
    signInAs(w.users.OBSERVER);
    await expectRefused(findAgencyChoices(w.blocA.id, 2025), "NOT_FOUND");
  });

  it("findOfficerHistory gives each term's agency id for the edit form", async () => {
    const w = await world();
    await w.db.officerTerm.create({ data: { blocId: w.blocA.id, agencyId: w.btc.id, role: "HEAD", method: "ROTATION", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31") } });
    signInAs(w.users.AGENCY_OFFICER);
    expect(await findOfficerHistory(w.blocA.id)).toMatchObject([{ agencyId: w.btc.id, agencyName: "Ban Tổ chức Tỉnh ủy", method: "ROTATION" }]);
  });

  it("findProvinces needs a signed-in user", async () => {
    const w = await world();
    await expectRefused(findProvinces(), "UNAUTHENTICATED");
    signInAs(w.users.ADMIN);
    expect((await findProvinces()).map((p) => p.name)).toEqual(["Kon Tum"]);
  });
});
