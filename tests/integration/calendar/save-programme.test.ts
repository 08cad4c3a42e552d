import { beforeEach, describe, expect, it, vi } from "vitest";
import { SaveProgrammeInputSchema } from "@/lib/schemas/calendar";
import { saveProgramme } from "@/lib/server/cycles/save-programme";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const THEME = "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả";
const BASES = "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị\n\n  Luật Thi đua, khen thưởng số 06/2022/QH15  \n";

async function raw(w: World, over: Record<string, string> = {}) {
  const cycle = await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } });
  return {
    cycleId: cycle.id,
    updatedAt: cycle.updatedAt.toISOString(),
    theme: THEME,
    movements: "Dân vận khéo\nThi đua thực hiện văn hóa công sở",
    legalBases: BASES,
    ...over,
  };
}
const form = async (w: World, over: Record<string, string> = {}) => SaveProgrammeInputSchema.parse(await raw(w, over));

describe("saveProgramme", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = await form(w);
    if (outcome === "ok") await saveProgramme(input);
    else await expectRefused(saveProgramme(input), outcome);
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).theme).toBe(outcome === "ok" ? THEME : "Đoàn kết, đổi mới");
  });

  it("stores one movement and one basis per non-blank line, trimmed, in order", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveProgramme(await form(w));
    expect(await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).toMatchObject({
      theme: THEME,
      movements: ["Dân vận khéo", "Thi đua thực hiện văn hóa công sở"],
      legalBases: ["Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị", "Luật Thi đua, khen thưởng số 06/2022/QH15"],
    });
  });

  it("audits who changed the programme, before and after", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await saveProgramme(await form(w));
    const [row] = await auditOf("Cycle", w.cycleA.id);
    expect(row).toMatchObject({ actorId: w.users.CHAIR, action: "cycle.programme.update", blocId: w.blocA.id });
    expect(row!.before).toEqual({ theme: "Đoàn kết, đổi mới", movements: [], legalBases: [] });
    expect(row!.after).toMatchObject({
      theme: THEME,
      legalBases: ["Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị", "Luật Thi đua, khen thưởng số 06/2022/QH15"],
    });
  });

  it("clears the theme when left blank", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveProgramme(await form(w, { theme: "  " }));
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).theme).toBeNull();
  });

  it("refuses a second save made from a stale page, keeping the first", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const first = await form(w, { theme: "Chủ đề của thư ký" });
    const second = await form(w, { theme: "Chủ đề của Trưởng khối" });
    await saveProgramme(first);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(saveProgramme(second), "CONFLICT");
    expect(e.message).toContain("đã được người khác cập nhật");
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).theme).toBe("Chủ đề của thư ký");
    expect(await auditOf("Cycle")).toHaveLength(1);
  });

  it.each([
    ["a repeated line", { movements: "Dân vận khéo\nDân vận khéo" }, "movements", "Dòng 2 trùng với dòng 1."],
    ["a line over 500 characters", { legalBases: `Căn cứ\n${"x".repeat(501)}` }, "legalBases", "Dòng 2: tối đa 500 ký tự."],
    [
      "more than 30 movements",
      { movements: Array.from({ length: 31 }, (_, i) => `Phong trào ${i + 1}`).join("\n") },
      "movements",
      "Tối đa 30 phong trào (đang có 31).",
    ],
    ["a theme over 500 characters", { theme: "x".repeat(501) }, "theme", "Tối đa 500 ký tự."],
  ])("the form refuses %s with a field error, and nothing is saved", async (_name, over, field, message) => {
    const w = await world();
    const parsed = SaveProgrammeInputSchema.safeParse(await raw(w, over));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([[field, message]]);
    expect(await auditOf("Cycle")).toEqual([]);
  });
});
