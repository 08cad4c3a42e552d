import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { CreateAccountInputSchema, type CreateAccountInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { checkAccountAgency, checkManagingProvince, CHECK_FIELDS } from "./account-references";
import { ACCOUNTS_IN_SCOPE_ONLY } from "./account-scope";
import { accountSnapshot } from "./account-snapshot";
import { parseInput } from "./parse-input";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { grantSnapshot, insertGrant, resolveGrant, type ResolvedGrant } from "./grant-scope";

export const emailTaken = (email: string) => `Email ${email} đã được dùng cho tài khoản khác.`;

/**
 * Creates an account in the caller's scope (council staff of its managing
 * province, central staff for the central level, a system administrator
 * anywhere), with a temporary password the server draws: only its argon2
 * hash is stored, the account must change it at first sign-in, and the clear
 * text is returned once for the staff member to hand over. Roles given in the
 * same request are checked like grantRole's and written in the same
 * transaction; any refusal writes nothing. Reused by the bloc set-up to name
 * a new secretary or chair.
 */
export async function createAccount(raw: CreateAccountInput): Promise<{ userId: string; temporaryPassword: string }> {
  const input = parseInput(CreateAccountInputSchema, raw);
  const user = await requireUser();
  authorize(user, "user:manage", { provinceId: input.provinceId }, { forbidden: ACCOUNTS_IN_SCOPE_ONLY });
  const client = db();
  const [province, agency] = await Promise.all([checkManagingProvince(client, user, input.provinceId), checkAccountAgency(client, user, input.agencyId)]);
  const grants: ResolvedGrant[] = [];
  for (const spec of input.roles) {
    const g = await resolveGrant(client, user, spec, { blocId: "roleBlocId", endsOn: "roleEndsOn" });
    if (grants.some((x) => x.role === g.role && JSON.stringify(x.scope) === JSON.stringify(g.scope))) continue;
    grants.push(g);
  }
  if (await client.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, { email: [emailTaken(input.email)] });
  }
  const temporaryPassword = generateTemporaryPassword({ email: input.email, name: input.name });
  const passwordHash = await hashPassword(temporaryPassword);

  try {
    const userId = await client.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          title: input.title,
          phone: input.phone,
          agencyId: input.agencyId,
          provinceId: input.provinceId,
          passwordHash,
          mustChangePassword: true,
        },
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "account.create",
        entity: "User",
        entityId: created.id,
        after: accountSnapshot(created, { agency, province }),
      });
      for (const g of grants) {
        const grantId = await insertGrant(tx, created.id, g);
        await writeAudit(tx, {
          actorId: user.userId,
          action: "role.assign",
          entity: "RoleAssignment",
          entityId: grantId,
          blocId: g.auditBlocId,
          after: grantSnapshot({ ...g, userId: created.id, email: created.email }),
        });
      }
      return created.id;
    });
    return { userId, temporaryPassword };
  } catch (e) {
    // Two staff creating the same e-mail at once: the unique key decides.
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { email: [emailTaken(input.email)] });
    throw e;
  }
}
