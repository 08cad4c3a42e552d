// How a council starts from an empty database: `npm run admin:create -- <email> "<họ và tên>"`
// migrates nothing and seeds no demo data. It makes sure the 34 provinces exist (the default list,
// prisma/seed/provinces.ts) and creates the first system administrator with a temporary password,
// printed once; the first sign-in must replace it. Everything else — council staff, blocs, agencies,
// accounts — is then done in the app (README "Starting from an empty database").
import { z } from "zod";
import { hashPassword } from "../lib/auth/password";
import { generateTemporaryPassword } from "../lib/auth/temporary-password";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedProvinces } from "./seed/provinces";

const InputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Email không hợp lệ.")),
  name: z.string().trim().min(2, "Vui lòng nhập họ và tên (ít nhất 2 ký tự).").max(200),
});

export class BootstrapError extends Error {}

/** Creates the first system administrator; refuses an e-mail already used. Returns the temporary password. */
export async function bootstrapAdmin(db: PrismaClient, raw: { email?: string; name?: string }): Promise<{ userId: string; temporaryPassword: string }> {
  const parsed = InputSchema.safeParse(raw);
  if (!parsed.success) throw new BootstrapError(parsed.error.issues.map((i) => i.message).join(" "));
  const { email, name } = parsed.data;
  const temporaryPassword = generateTemporaryPassword({ email, name });
  const passwordHash = await hashPassword(temporaryPassword);
  const userId = await db.$transaction(
    async (tx) => {
      await seedProvinces(tx);
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new BootstrapError(`Email ${email} đã được dùng cho một tài khoản; dùng email khác, hoặc đặt lại mật khẩu trong trang Quản trị.`);
      }
      const user = await tx.user.create({ data: { email, name, provinceId: null, passwordHash, mustChangePassword: true } });
      const grant = await tx.roleAssignment.create({ data: { userId: user.id, role: "ADMIN" } });
      // No signed-in actor: the audit row says it came from the command line.
      await tx.auditLog.createMany({
        data: [
          { actorId: null, action: "account.create", entity: "User", entityId: user.id, after: { email, name, via: "npm run admin:create" } },
          { actorId: null, action: "role.assign", entity: "RoleAssignment", entityId: grant.id, after: { userId: user.id, email, role: "ADMIN" } },
        ],
      });
      return user.id;
    },
    { timeout: 60_000 },
  );
  return { userId, temporaryPassword };
}
