import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateBlocInputSchema } from "@/lib/schemas/setup";
import { getBlocSettings } from "@/lib/server/setup/get-bloc-settings";
import { updateBloc } from "@/lib/server/setup/update-bloc";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function editForm(w: World, over: Record<string, string> = {}) {
  const bloc = await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } });
  return UpdateBlocInputSchema.parse({
    blocId: bloc.id,
    updatedAt: bloc.updatedAt.toISOString(),
    name: "Khối thi đua các cơ quan Đảng tỉnh",
    kind: "CUM",
    level: "PROVINCE",
    provinceId: w.province.id,
    organiser: "Sở Nội vụ",
    ...over,
  });
}

describe("updateBloc", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = await editForm(w);
    if (outcome === "ok") {
      await updateBloc(input);
      expect(await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } })).toMatchObject({
        name: "Khối thi đua các cơ quan Đảng tỉnh",
        kind: "CUM",
        organiser: "Sở Nội vụ",
      });
    } else {
      await expectRefused(updateBloc(input), outcome);
      expect((await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } })).name).toBe(w.blocA.name);
    }
  });

  it("audits who changed what, before and after", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await updateBloc(await editForm(w));
    const [row] = await auditOf("Bloc", w.blocA.id);
    expect(row).toMatchObject({ actorId: w.users.SECRETARY, action: "bloc.update", blocId: w.blocA.id });
    expect(row!.before).toMatchObject({ name: w.blocA.name, kind: "KHOI" });
    expect(row!.after).toMatchObject({ name: "Khối thi đua các cơ quan Đảng tỉnh", kind: "CUM" });
  });

  it("refuses a second save made from a stale page, keeping the first", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const first = await editForm(w, { name: "Tên do thư ký sửa" });
    const second = await editForm(w, { name: "Tên do Trưởng khối sửa" });
    await updateBloc(first);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(updateBloc(second), "CONFLICT");
    expect(e.message).toContain("đã được người khác cập nhật");
    expect((await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } })).name).toBe("Tên do thư ký sửa");
    expect(await auditOf("Bloc", w.blocA.id)).toHaveLength(1);
  });

  it("moves a bloc to another province only for someone covering both: not its secretary, not council staff of one side", async () => {
    const w = await world();
    const other = await w.db.province.create({ data: { code: `K${w.province.code}`, name: "Tỉnh khác nữa" } });
    for (const who of ["SECRETARY", "COUNCIL"] as const) {
      signInAs(w.users[who]);
      const e = await expectRefused(updateBloc(await editForm(w, { provinceId: other.id })), "INVALID_INPUT");
      expect(e.fieldErrors?.provinceId?.[0]).toContain("phụ trách cả hai nơi");
    }
    expect((await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } })).provinceId).toBe(w.province.id);
    signInAs(w.users.ADMIN);
    await updateBloc(await editForm(w, { provinceId: other.id }));
    expect((await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id } })).provinceId).toBe(other.id);
  });

  it("refuses a province that does not exist, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const e = await expectRefused(updateBloc(await editForm(w, { provinceId: "khong-co" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
    expect(await auditOf("Bloc")).toEqual([]);
  });

  it("the settings reader gives the version the form sends back, and hides other blocs", async () => {
    const w = await world();
    signInAs(w.users.OBSERVER);
    const settings = await getBlocSettings(w.blocA.id);
    expect(settings).toMatchObject({ code: w.blocA.code, provinceId: w.province.id, updatedAt: w.blocA.updatedAt.toISOString() });
    await expectRefused(getBlocSettings(w.blocB.id), "NOT_FOUND");
  });
});
