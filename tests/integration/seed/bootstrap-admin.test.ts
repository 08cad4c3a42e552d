import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { BootstrapError, bootstrapAdmin } from "../../../prisma/bootstrap-admin";
import { testDb } from "../setup/db";

describe("bootstrapAdmin: a council starts from an empty database", () => {
  it("creates the 34 provinces and a system administrator on a temporary password", async () => {
    const db = testDb();
    const { userId, temporaryPassword } = await bootstrapAdmin(db, { email: " Quantri@HoiDong.vn ", name: "Nguyễn Văn Quản" });
    expect(await db.province.count({ where: { mergedIntoId: null } })).toBe(34);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email: "quantri@hoidong.vn", mustChangePassword: true, isActive: true, provinceId: null });
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    expect((await loadPrincipal(userId))?.grants.map((g) => g.role)).toEqual(["ADMIN"]);
    expect((await db.auditLog.findMany({ where: { actorId: null, action: { in: ["account.create", "role.assign"] } } })).length).toBe(2);
  });

  it("refuses a used e-mail and bad input, writing no account", async () => {
    const db = testDb();
    await bootstrapAdmin(db, { email: "quantri@hoidong.vn", name: "Người thứ nhất" });
    await expect(bootstrapAdmin(db, { email: "quantri@hoidong.vn", name: "Người thứ hai" })).rejects.toThrow(BootstrapError);
    await expect(bootstrapAdmin(db, { email: "khong-phai-email", name: "Ai đó" })).rejects.toThrow("Email không hợp lệ.");
    await expect(bootstrapAdmin(db, { email: "a@b.vn", name: "" })).rejects.toThrow("Vui lòng nhập họ và tên");
    expect(await db.user.count()).toBe(1);
  });
});
