import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateAccountInputSchema } from "@/lib/schemas/accounts";
import { updateAccount } from "@/lib/server/accounts/update-account";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const edit = (w: World, over: Record<string, string> = {}) =>
  UpdateAccountInputSchema.parse({
    userId: w.target.id,
    updatedAt: w.target.updatedAt.toISOString(),
    name: "Nguyễn Văn Đích",
    title: "Phó Chánh Văn phòng",
    agencyId: w.agencyA.id,
    phone: "+84 260 3862 123",
    provinceId: w.q.id,
    ...over,
  });

describe("updateAccount", () => {
  beforeEach(() => signInAs(null));

  it("saves name, title, agency, phone and managing province, audited before → after", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    await updateAccount(edit(w));
    expect(await w.db.user.findUniqueOrThrow({ where: { id: w.target.id } })).toMatchObject({
      title: "Phó Chánh Văn phòng",
      phone: "02603862123",
      provinceId: w.q.id,
      email: w.target.email,
    });
    const [audit] = await auditOf("User", w.target.id);
    expect(audit).toMatchObject({
      action: "account.update",
      before: { title: "Chuyên viên", province: "Kon Tum", phone: null },
      after: { title: "Phó Chánh Văn phòng", province: "Quảng Ngãi", phone: "02603862123" },
    });
  });

  it("refuses a stale version (someone saved meanwhile), writing nothing", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    await updateAccount(edit(w, { provinceId: w.p.id }));
    const before = await counts();
    const e = await expectRefused(updateAccount(edit(w, { provinceId: w.p.id, name: "Tên khác" })), "CONFLICT");
    expect(e.message).toBe("Tài khoản vừa được người khác cập nhật; trang đã hiện thông tin mới nhất, vui lòng sửa lại.");
    expect(await counts()).toEqual(before);
  });

  it("refuses moving the account, or its agency, outside the caller's scope", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    expect((await expectRefused(updateAccount(edit(w, { provinceId: w.r.id })), "INVALID_INPUT")).fieldErrors).toEqual({
      provinceId: ["Hà Nội không thuộc phạm vi bạn quản lý."],
    });
    expect((await expectRefused(updateAccount(edit(w, { provinceId: "CENTRAL" })), "INVALID_INPUT")).fieldErrors).toEqual({
      provinceId: ["Bạn không quản lý tài khoản cấp Trung ương."],
    });
    expect((await expectRefused(updateAccount(edit(w, { provinceId: w.p.id, agencyId: w.agencyB.id })), "INVALID_INPUT")).fieldErrors).toEqual({
      agencyId: ["Cơ quan đã chọn không thuộc phạm vi bạn quản lý."],
    });
  });
});
