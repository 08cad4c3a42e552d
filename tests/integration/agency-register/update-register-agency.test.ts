import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateAgencyInputSchema } from "@/lib/schemas/agency-register";
import { updateRegisterAgency } from "@/lib/server/agency-register/update-register-agency";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, day, expectRefused, KON_TUM_AGENCY, world, type World } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, string> = {}) =>
  UpdateAgencyInputSchema.parse({
    agencyId: w.btc.id,
    code: "kt-btc-1",
    name: "Ban Tổ chức Tỉnh ủy Kon Tum (sửa)",
    shortName: "BTC",
    type: "BAN_DANG",
    establishedOn: "1991-08-12",
    ...over,
  });

describe("updateRegisterAgency", () => {
  beforeEach(() => signInAs(null));

  it.each(KON_TUM_AGENCY)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const before = await counts(w.db);
    if (outcome === "ok") await updateRegisterAgency(form(w));
    else {
      await expectRefused(updateRegisterAgency(form(w)), outcome);
      expect(await counts(w.db)).toEqual(before);
    }
    expect((await w.db.agency.findUniqueOrThrow({ where: { id: w.btc.id } })).name).toBe(
      outcome === "ok" ? "Ban Tổ chức Tỉnh ủy Kon Tum (sửa)" : "Ban Tổ chức Tỉnh ủy Kon Tum",
    );
  });

  it("corrects the agency, audited with before and after", async () => {
    const w = await world();
    signInAs(w.users.ABSORBER);
    await updateRegisterAgency(form(w));
    expect(await w.db.agency.findUniqueOrThrow({ where: { id: w.btc.id } })).toMatchObject({
      code: "KT-BTC-1",
      shortName: "BTC",
      establishedOn: day("1991-08-12"),
    });
    const [row] = await auditOf("Agency", w.btc.id);
    expect(row).toMatchObject({
      actorId: w.users.ABSORBER,
      action: "agency.update",
      blocId: null,
      before: { name: "Ban Tổ chức Tỉnh ủy Kon Tum" },
      after: { code: "KT-BTC-1" },
    });
  });

  it.each<[string, (w: World) => Promise<Record<string, string>>, Record<string, string[]>]>([
    ["a code of another agency", async () => ({ code: "nb-btc" }), { code: ["Mã NB-BTC đã được dùng cho một cơ quan khác."] }],
    [
      "a founding day on or after its end",
      async (w) => {
        await w.db.agency.update({ where: { id: w.btc.id }, data: { dissolvedOn: day("2025-03-01") } });
        return { establishedOn: "2025-03-01" };
      },
      { establishedOn: ["Ngày thành lập phải trước ngày cơ quan giải thể, sáp nhập hoặc đổi tên."] },
    ],
  ])("refuses %s with a field message, writing nothing", async (_label, arrange, fieldErrors) => {
    const w = await world();
    const over = await arrange(w);
    signInAs(w.users.COUNCIL);
    const before = await counts(w.db);
    const e = await expectRefused(updateRegisterAgency(form(w, over)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await counts(w.db)).toEqual(before);
  });
});
