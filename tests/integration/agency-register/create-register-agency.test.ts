import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateAgencyInputSchema } from "@/lib/schemas/agency-register";
import { createRegisterAgency } from "@/lib/server/agency-register/create-register-agency";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world, type Outcome, type Who, type World } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, string> = {}) =>
  CreateAgencyInputSchema.parse({ provinceId: w.kt.id, code: "", name: "Báo Kon Tum", shortName: "", type: "BAO", establishedOn: "", ...over });

// Adding to Kon Tum's register is for its council staff, those of Quảng Ngãi (which absorbed it) and the system administrator.
const IN_KON_TUM: [Who, Outcome][] = [
  ["ADMIN", "ok"],
  ["COUNCIL", "ok"],
  ["ABSORBER", "ok"],
  ["OTHER_COUNCIL", "FORBIDDEN"],
  ["CENTRAL", "FORBIDDEN"],
  ["SECRETARY", "FORBIDDEN"],
  ["CHAIR", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
];

describe("createRegisterAgency", () => {
  beforeEach(() => signInAs(null));

  it.each(IN_KON_TUM)("in Kon Tum: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const before = await counts(w.db);
    if (outcome === "ok") await createRegisterAgency(form(w));
    else {
      const e = await expectRefused(createRegisterAgency(form(w)), outcome);
      expect(e.message).toBe("Bạn chỉ quản lý được cơ quan, đơn vị thuộc phạm vi tỉnh, thành phố của mình.");
    }
    expect(await w.db.agency.count()).toBe(before.agencies + (outcome === "ok" ? 1 : 0));
  });

  it.each([
    ["CENTRAL", "ok"],
    ["ADMIN", "ok"],
    ["COUNCIL", "FORBIDDEN"],
    ["ABSORBER", "FORBIDDEN"],
  ] as const)("at the central level: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = form(w, { provinceId: "", name: "Ban Nội chính Trung ương", type: "BAN_DANG" });
    if (outcome === "ok") expect(await w.db.agency.findUniqueOrThrow({ where: { id: await createRegisterAgency(input) } })).toMatchObject({ provinceId: null });
    else await expectRefused(createRegisterAgency(input), outcome);
  });

  it("makes a code from the province and the short name when none is typed, audited without a bloc", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const id = await createRegisterAgency(form(w, { establishedOn: "2025-07-01" }));
    const a = await w.db.agency.findUniqueOrThrow({ where: { id } });
    expect([a.name, a.shortName, a.type, a.provinceId, a.establishedOn?.toISOString().slice(0, 10)]).toEqual([
      "Báo Kon Tum",
      "Báo Kon Tum",
      "BAO",
      w.kt.id,
      "2025-07-01",
    ]);
    expect(a.code).toMatch(/^KT-BKT-[0-9A-F]{6}$/);
    const [row] = await auditOf("Agency", id);
    expect(row).toMatchObject({ actorId: w.users.COUNCIL, action: "agency.create", blocId: null });
  });

  it("refuses a code already used with a field message, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const before = await counts(w.db);
    const e = await expectRefused(createRegisterAgency(form(w, { code: "kt-btc" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ code: ["Mã KT-BTC đã được dùng cho một cơ quan khác."] });
    expect(await counts(w.db)).toEqual(before);
  });

  it("refuses an unknown province (system administrator) with a field message", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(createRegisterAgency(form(w, { provinceId: "khong-co" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
  });

  it("asks for a name and a type (schema)", () => {
    const r = CreateAgencyInputSchema.safeParse({ provinceId: "", code: "bad code!", name: "", type: "" });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["code", "Mã cơ quan chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ KT-BTC."],
      ["name", "Vui lòng nhập tên cơ quan."],
      ["type", "Vui lòng chọn loại cơ quan."],
    ]);
  });
});
