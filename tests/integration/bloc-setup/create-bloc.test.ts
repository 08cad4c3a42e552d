import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateBlocInputSchema } from "@/lib/schemas/setup";
import { todayInVietnam } from "@/lib/server/clock";
import { createBloc } from "@/lib/server/setup/create-bloc";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (over: Record<string, string> = {}) =>
  CreateBlocInputSchema.parse({
    code: "kt-moi",
    name: "Khối thi đua mới",
    kind: "KHOI",
    level: "PROVINCE",
    provinceId: "",
    organiser: "Hội đồng TĐKT tỉnh",
    ...over,
  });

describe("createBloc", () => {
  beforeEach(() => signInAs(null));

  it("lets council staff create a bloc with its province and an empty cycle for this year, audited", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const result = await createBloc(form({ provinceId: w.province.id }));
    const year = Number(todayInVietnam().slice(0, 4));
    expect(result).toEqual({ code: "KT-MOI", year });
    const bloc = await w.db.bloc.findUniqueOrThrow({ where: { code: "KT-MOI" }, include: { cycles: true } });
    expect(bloc).toMatchObject({ name: "Khối thi đua mới", kind: "KHOI", level: "PROVINCE", provinceId: w.province.id, organiser: "Hội đồng TĐKT tỉnh" });
    expect(bloc.cycles.map((c) => [c.year, c.theme])).toEqual([[year, null]]);
    const [audit] = await auditOf("Bloc", bloc.id);
    expect(audit).toMatchObject({ actorId: w.users.ADMIN, action: "bloc.create", blocId: bloc.id, before: null });
    expect(audit!.after).toMatchObject({ code: "KT-MOI", name: "Khối thi đua mới" });
    expect(await auditOf("Cycle")).toHaveLength(1);
  });

  it("hands the new bloc to its secretary and chair by e-mail, audited", async () => {
    const w = await world();
    const [sec, chair] = await Promise.all([
      w.db.user.findUniqueOrThrow({ where: { id: w.users.AGENCY_OFFICER } }),
      w.db.user.findUniqueOrThrow({ where: { id: w.users.AGENCY_LEADER } }),
    ]);
    signInAs(w.users.ADMIN);
    await createBloc(form({ secretaryEmail: ` ${sec.email.toUpperCase()} `, chairEmail: chair.email }));
    const bloc = await w.db.bloc.findUniqueOrThrow({ where: { code: "KT-MOI" } });
    const grants = await w.db.roleAssignment.findMany({ where: { blocId: bloc.id }, orderBy: { role: "asc" } });
    expect(grants.map((g) => [g.role, g.userId])).toEqual([
      ["SECRETARY", sec.id],
      ["CHAIR", chair.id],
    ]);
    expect((await auditOf("RoleAssignment")).map((a) => a.action)).toEqual(["role.assign", "role.assign"]);
  });

  it("refuses an unknown e-mail for the secretary as a field error, creating no bloc", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(createBloc(form({ secretaryEmail: "khong-co@thiduakhoi.vn" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ secretaryEmail: ["Không có tài khoản đang hoạt động với email khong-co@thiduakhoi.vn."] });
    expect(await w.db.bloc.findUnique({ where: { code: "KT-MOI" } })).toBeNull();
  });

  it("refuses a code already used, as a field error, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await createBloc(form({ code: "KT-MOI" }));
    const e = await expectRefused(createBloc(form({ code: "kt-moi", name: "Khối khác" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ code: ["Mã khối KT-MOI đã được dùng cho một khối khác."] });
    expect(await w.db.bloc.count()).toBe(3);
    expect(await w.db.cycle.count()).toBe(1);
    expect(await auditOf("Bloc")).toHaveLength(1);
  });

  it("refuses a province that does not exist", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(createBloc(form({ provinceId: "khong-co" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
    expect(await w.db.bloc.count()).toBe(2);
  });

  it("council staff create blocs in their own province (and one it absorbed), not in another or at the central level", async () => {
    const w = await world();
    const absorbed = await w.db.province.create({
      data: { code: `CU${w.province.code}`, name: "Tỉnh cũ", mergedIntoId: w.province.id, mergedOn: new Date("2025-07-01") },
    });
    signInAs(w.users.COUNCIL);
    await createBloc(form({ provinceId: w.province.id }));
    await createBloc(form({ code: "CU-CQD", provinceId: absorbed.id }));
    signInAs(w.users.OTHER_COUNCIL);
    const other = await expectRefused(createBloc(form({ code: "KHAC-CQD", provinceId: w.province.id })), "INVALID_INPUT");
    expect(other.fieldErrors).toEqual({ provinceId: ["Bạn chỉ lập được khối thuộc tỉnh, thành phố mình phụ trách."] });
    const central = await expectRefused(createBloc(form({ code: "TW-MOI", level: "CENTRAL", provinceId: "" })), "INVALID_INPUT");
    expect(central.fieldErrors?.level?.[0]).toContain("tỉnh, thành phố mình phụ trách");
    expect((await w.db.bloc.findMany({ where: { code: { in: ["KT-MOI", "CU-CQD", "KHAC-CQD", "TW-MOI"] } } })).map((b) => b.code).sort()).toEqual([
      "CU-CQD",
      "KT-MOI",
    ]);
  });

  it.each<Who>(["SECRETARY", "CHAIR", "OBSERVER", "AGENCY_LEADER", "AGENCY_OFFICER", "OTHER_SECRETARY", "OTHER_OFFICER"])(
    "refuses %s (council staff only)",
    async (who) => {
      const w = await world();
      signInAs(w.users[who]);
      await expectRefused(createBloc(form()), "FORBIDDEN");
      expect(await w.db.bloc.count()).toBe(2);
    },
  );

  it("refuses a signed-out caller", async () => {
    await world();
    await expectRefused(createBloc(form()), "UNAUTHENTICATED");
  });
});

describe("CreateBlocInputSchema", () => {
  const errors = (over: Record<string, string>) => {
    const r = CreateBlocInputSchema.safeParse({ code: "KT-MOI", name: "Khối", kind: "KHOI", level: "PROVINCE", organiser: "HĐ", ...over });
    return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it.each<[string, Record<string, string>, Record<string, string> | null]>([
    ["a lower-case code is upper-cased", { code: " kt-cqd " }, null],
    ["a code with spaces or accents is refused", { code: "KHỐI 1" }, { code: "Mã khối chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang (ví dụ KT-CQD)." }],
    ["a one-letter code is refused", { code: "K" }, { code: "Mã khối cần từ 2 đến 32 ký tự." }],
    ["an empty name is refused", { name: " " }, { name: "Vui lòng nhập tên khối." }],
    ["an unknown kind is refused", { kind: "NHOM" }, { kind: "Vui lòng chọn khối hay cụm thi đua." }],
    ["a central bloc cannot have a province", { level: "CENTRAL", provinceId: "p1" }, { provinceId: "Khối cấp Trung ương không thuộc tỉnh, thành phố nào." }],
  ])("%s", (_name, over, expected) => {
    expect(errors(over)).toEqual(expected);
  });
});
