// `npm run admin:create -- <email> "<họ và tên>"`: the first system administrator of an empty
// database (prisma/bootstrap-admin.ts). Prints the temporary password once.
import { createPrisma } from "../lib/db/client";
import { BootstrapError, bootstrapAdmin } from "../prisma/bootstrap-admin";

const [email, ...nameParts] = process.argv.slice(2);
const { db, close } = createPrisma();
try {
  const { temporaryPassword } = await bootstrapAdmin(db, { email, name: nameParts.join(" ") });
  console.log(`Đã tạo Quản trị hệ thống ${email}.`);
  console.log(`Mật khẩu tạm thời (chỉ hiện một lần, phải đổi ở lần đăng nhập đầu): ${temporaryPassword}`);
} catch (e) {
  if (!(e instanceof BootstrapError)) throw e;
  console.error(`✖ ${e.message}`);
  console.error('Cách dùng: npm run admin:create -- <email> "<họ và tên>"');
  process.exitCode = 2;
} finally {
  await close();
}
