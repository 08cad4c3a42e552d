import { beforeEach, describe, expect, it, vi } from "vitest";
import { SaveKeyTasksInputSchema } from "@/lib/schemas/calendar";
import { keyTasksVersion } from "@/lib/server/cycles/key-tasks-version";
import { saveKeyTasks } from "@/lib/server/cycles/save-key-tasks";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, fromToday, setPhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const TASKS = "Tham mưu tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW\nTổ chức hội thi giảng viên lý luận chính trị giỏi\nSố hóa tài liệu lưu trữ";

async function form(w: World, over: Record<string, string> = {}, agencyId = w.btg.id) {
  const current = await w.db.agencyKeyTask.findMany({ where: { cycleId: w.cycleA.id, agencyId }, orderBy: { order: "asc" } });
  return SaveKeyTasksInputSchema.parse({ cycleId: w.cycleA.id, agencyId, version: keyTasksVersion(current.map((t) => t.text)), tasks: TASKS, ...over });
}
const texts = async (w: World, agencyId = w.btg.id) =>
  (await w.db.agencyKeyTask.findMany({ where: { cycleId: w.cycleA.id, agencyId }, orderBy: { order: "asc" } })).map((t) => [t.order, t.text]);
const openRegistration = (w: World) => setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-5), closesOn: fromToday(5) });
const closeRegistration = (w: World) => setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(-1) });

// Editing BTG's key tasks while registration is open.
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "ok"],
  ["BDV_OFFICER", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("saveKeyTasks", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    await openRegistration(w);
    signInAs(w.users[who]);
    const input = await form(w);
    if (outcome === "ok") await saveKeyTasks(input);
    else await expectRefused(saveKeyTasks(input), outcome);
    expect(await texts(w)).toHaveLength(outcome === "ok" ? 3 : 0);
  });

  it("numbers the tasks in the order written and replaces the earlier list", async () => {
    const w = await world();
    await openRegistration(w);
    signInAs(w.users.AGENCY_OFFICER);
    await saveKeyTasks(await form(w));
    await saveKeyTasks(await form(w, { tasks: "Số hóa tài liệu lưu trữ\nNhiệm vụ mới" }));
    expect(await texts(w)).toEqual([
      [1, "Số hóa tài liệu lưu trữ"],
      [2, "Nhiệm vụ mới"],
    ]);
  });

  it("audits who changed which agency's list, before and after", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveKeyTasks(await form(w, { tasks: "Nhiệm vụ A" }));
    await saveKeyTasks(await form(w, { tasks: "Nhiệm vụ A\nNhiệm vụ B" }));
    const rows = await auditOf("AgencyKeyTask", `${w.cycleA.id}/${w.btg.id}`);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actorId: w.users.SECRETARY, action: "key-tasks.update", blocId: w.blocA.id });
    expect(rows[1]!.before).toEqual({ agency: "Ban Tuyên giáo Tỉnh ủy", tasks: ["Nhiệm vụ A"] });
    expect(rows[1]!.after).toEqual({ agency: "Ban Tuyên giáo Tỉnh ủy", tasks: ["Nhiệm vụ A", "Nhiệm vụ B"] });
  });

  it("refuses the agency outside registration with the reason, writing nothing", async () => {
    const w = await world();
    await closeRegistration(w);
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveKeyTasks(await form(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(/^Giai đoạn “Đăng ký thi đua” đã kết thúc ngày \d{2}\/\d{2}\/\d{4}\. Trưởng khối có thể mở lại giai đoạn/);
    expect(await texts(w)).toEqual([]);
    expect(await auditOf("AgencyKeyTask")).toEqual([]);
  });

  it("lets the secretary correct an agency's list after registration closed", async () => {
    const w = await world();
    await closeRegistration(w);
    signInAs(w.users.SECRETARY);
    await saveKeyTasks(await form(w));
    expect(await texts(w)).toHaveLength(3);
  });

  it("refuses an agency that is not a member of the bloc that year", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(saveKeyTasks(await form(w, {}, w.stranger.id)), "NOT_FOUND");
    expect(e.message).toBe("Cơ quan này không là thành viên của khối trong năm 2026.");
  });

  it("refuses a second save made from a stale page, keeping the first", async () => {
    const w = await world();
    await openRegistration(w);
    signInAs(w.users.AGENCY_OFFICER);
    const first = await form(w, { tasks: "Bản của cán bộ thi đua" });
    const second = await form(w, { tasks: "Bản của thư ký khối" });
    await saveKeyTasks(first);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(saveKeyTasks(second), "CONFLICT");
    expect(e.message).toContain("đã được người khác cập nhật");
    expect(await texts(w)).toEqual([[1, "Bản của cán bộ thi đua"]]);
  });

  it("allows clearing the list", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveKeyTasks(await form(w));
    await saveKeyTasks(await form(w, { tasks: "\n  \n" }));
    expect(await texts(w)).toEqual([]);
  });

  it.each([
    ["more than 10 tasks", Array.from({ length: 11 }, (_, i) => `Nhiệm vụ ${i + 1}`).join("\n"), "Tối đa 10 nhiệm vụ trọng tâm (đang có 11)."],
    ["a task over 1000 characters", `Nhiệm vụ 1\n${"x".repeat(1001)}`, "Dòng 2: tối đa 1000 ký tự."],
    ["a repeated task", "Nhiệm vụ 1\nNhiệm vụ 2\nNhiệm vụ 1", "Dòng 3 trùng với dòng 1."],
  ])("the form refuses %s", async (_name, tasks, message) => {
    const parsed = SaveKeyTasksInputSchema.safeParse({ cycleId: "c", agencyId: "a", version: "v", tasks });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["tasks", message]]);
  });
});
