import { beforeEach, describe, expect, it, vi } from "vitest";
import { MergeProvincesInputSchema } from "@/lib/schemas/provinces";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { mergeProvinces } from "@/lib/server/provinces/merge-provinces";
import { makeBloc } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, unknown> = {}) =>
  MergeProvincesInputSchema.parse({ sourceIds: [w.nb.id], targetId: w.qng.id, mergedOn: "2026-07-01", mergerRef: "Nghị quyết thử nghiệm", ...over });
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("mergeProvinces", () => {
  beforeEach(() => signInAs(null));

  it("merges into an existing province: the row stays, points at it, audited; its council staff reach the absorbed province's blocs", async () => {
    const w = await world();
    const nbBloc = await makeBloc(w.db, { provinceId: w.nb.id });
    signInAs(w.users.ADMIN);
    expect(await mergeProvinces(form(w))).toBe(w.qng.id);
    const nb = await w.db.province.findUniqueOrThrow({ where: { id: w.nb.id } });
    expect([nb.name, nb.mergedIntoId, iso(nb.mergedOn), nb.mergerRef]).toEqual(["Ninh Bình", w.qng.id, "2026-07-01", "Nghị quyết thử nghiệm"]);
    const [row] = await auditOf("Province", w.nb.id);
    expect(row).toMatchObject({
      actorId: w.users.ADMIN,
      action: "province.merge",
      blocId: null,
      reason: "Nghị quyết thử nghiệm",
      before: { mergedIntoId: null },
    });
    expect(row!.after).toMatchObject({ mergedIntoId: w.qng.id, mergedOn: "2026-07-01T00:00:00.000Z" });
    const staff = await loadPrincipal(w.users.ABSORBER);
    expect(staff!.grants[0]!.scopeBlocIds).toContain(nbBloc.id);
    expect([...staff!.grants[0]!.council!.provinceIds].sort()).toEqual([w.kt.id, w.nb.id, w.qng.id].sort());
  });

  it("merges several provinces into a new one, audited as created", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const newId = await mergeProvinces(form(w, { sourceIds: [w.nb.id, w.qng.id], targetId: "", newCode: "mn", newName: "Tỉnh Mới" }));
    expect(await w.db.province.findUniqueOrThrow({ where: { id: newId } })).toMatchObject({ code: "MN", name: "Tỉnh Mới", mergedIntoId: null });
    expect((await w.db.province.findMany({ where: { mergedIntoId: newId } })).map((p) => p.code).sort()).toEqual(["NB", "QNG"]);
    expect((await auditOf("Province")).map((a) => a.action).sort()).toEqual(["province.create", "province.merge", "province.merge"]);
    // Kon Tum stays merged into Quảng Ngãi, which is now itself merged: Tỉnh Mới's staff would reach all three.
    expect(await w.db.province.findUniqueOrThrow({ where: { id: w.kt.id } })).toMatchObject({ mergedIntoId: w.qng.id });
  });

  it.each<[string, (w: World) => Record<string, unknown>, Record<string, string[]>]>([
    ["merging into itself", (w) => ({ sourceIds: [w.nb.id, w.qng.id], targetId: w.qng.id }), { targetId: ["Không thể hợp nhất Quảng Ngãi vào chính nó."] }],
    [
      "merging into a merged province",
      (w) => ({ targetId: w.kt.id }),
      { targetId: ["Kon Tum đã hợp nhất vào Quảng Ngãi: hãy chọn tỉnh, thành phố hiện hành."] },
    ],
    [
      "merging a province already merged",
      (w) => ({ sourceIds: [w.kt.id], targetId: w.nb.id }),
      { sourceIds: ["Kon Tum đã hợp nhất vào Quảng Ngãi từ ngày 01/07/2025."] },
    ],
    ["an unknown province", () => ({ sourceIds: ["khong-co"] }), { sourceIds: ["Không tìm thấy tỉnh, thành phố đã chọn."] }],
    ["an unknown target", () => ({ targetId: "khong-co" }), { targetId: ["Không tìm thấy tỉnh, thành phố tiếp nhận."] }],
    [
      "a new province with a code in use",
      (w) => ({ sourceIds: [w.nb.id, w.qng.id], targetId: "", newCode: "KT", newName: "Tỉnh Mới" }),
      { newCode: ["Mã KT đã được dùng cho Kon Tum."] },
    ],
  ])("refuses %s with a field message, writing nothing", async (_label, over, fieldErrors) => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const before = await counts(w.db);
    const e = await expectRefused(mergeProvinces(form(w, over(w))), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await counts(w.db)).toEqual(before);
    expect(await w.db.province.count({ where: { mergedIntoId: { not: null } } })).toBe(1);
  });

  it("asks for a target, and a code for a new one (schema)", () => {
    const none = MergeProvincesInputSchema.safeParse({ sourceIds: ["a"], targetId: "", newName: "", mergedOn: "", mergerRef: "" });
    expect(none.success ? [] : none.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["mergedOn", "Vui lòng chọn ngày hợp nhất."],
      ["mergerRef", "Vui lòng nhập văn bản quyết định hợp nhất."],
      ["targetId", "Vui lòng chọn tỉnh, thành phố tiếp nhận hoặc nhập tỉnh, thành phố mới."],
    ]);
    const noCode = MergeProvincesInputSchema.safeParse({ sourceIds: ["a", "b"], newName: "Tỉnh mới", mergedOn: "2025-07-01", mergerRef: "NQ" });
    expect(noCode.success ? [] : noCode.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newCode", "Vui lòng nhập mã tỉnh, thành phố mới."]]);
  });
});
