import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveProgressAction } from "@/app/(app)/khoi/[bloc]/[year]/dang-ky/so-ket/actions";
import { signInAs } from "../setup/current-user-stub";
import { world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

function formData(w: World, over: Record<string, string> = {}) {
  const fd = new FormData();
  const fields = { commitmentId: w.pledge.commitments[0]!.id, agencyId: w.btg.id, version: "0", status: "ON_TRACK", value: "80", note: "", ...over };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  fd.append("files", new File([], "")); // an untouched file input
  return fd;
}

describe("saveProgressAction", () => {
  beforeEach(() => {
    signInAs(null);
    revalidatePath.mockClear();
  });

  it("saves and refreshes the page", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await expect(saveProgressAction(null, formData(w))).resolves.toEqual({ ok: true, message: "Đã lưu tiến độ." });
    expect(revalidatePath).toHaveBeenCalledWith("/(app)/khoi/[bloc]/[year]/dang-ky/so-ket", "page");
    expect(await w.db.commitmentProgress.count()).toBe(1);
  });

  it("returns field errors for malformed input without calling the use case", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const state = await saveProgressAction(null, formData(w, { status: "", value: "abc" }));
    expect(state).toEqual({
      ok: false,
      message: "Vui lòng kiểm tra lại các trường được đánh dấu.",
      fieldErrors: { status: ["Vui lòng chọn trạng thái."], value: ["Giá trị đạt được phải là một số (tối đa 2 chữ số thập phân)."] },
    });
    expect(await w.db.commitmentProgress.count()).toBe(0);
  });

  it("turns a refusal into a message and still refreshes the page, so a stale form shows the current data", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveProgressAction(null, formData(w));
    revalidatePath.mockClear();
    const state = await saveProgressAction(null, formData(w, { status: "AT_RISK" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("đã được người khác cập nhật") });
    expect(revalidatePath).toHaveBeenCalledTimes(1);
  });
});
