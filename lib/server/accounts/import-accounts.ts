import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { checkAccountXlsxUpload, normCode, readAccountRows, resolveAccountRows, sortImportErrors, type ImportedAccount } from "@/lib/domain/account-import";
import { canInProvince } from "@/lib/domain/permissions";
import { councilScopeOf } from "@/lib/domain/roles";
import type { ImportAccountsInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import type { IssuedPassword } from "./issued-password";
import { checkManagingProvince } from "./account-references";
import { ACCOUNTS_IN_SCOPE_ONLY } from "./account-scope";
import { accountSnapshot } from "./account-snapshot";
import { readAccountsXlsx } from "./account-workbook";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { grantSnapshot } from "./grant-scope";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/** A refusal listing every problem; the page shows fieldErrors.file as a list. Nothing was written. */
function refuse(errors: readonly string[]): never {
  throw new AppError("INVALID_INPUT", `Tệp chưa hợp lệ (${errors.length} lỗi), chưa tạo tài khoản nào.`, { file: [...errors] });
}

// argon2 takes ~19 MB per hash: a few at a time, not the whole file at once.
const HASH_BATCH = 4;

/**
 * "Nhập từ tệp .xlsx": accounts for the managing province chosen in the form
 * (null = the central level), each with at most one role. The file is checked
 * by its content and size, every row is checked (lib/domain/account-import.ts)
 * against the database and the caller's scope, and any problem refuses the
 * whole file, naming row and column. Otherwise all accounts, their roles and
 * their audit rows are written in one transaction, each with a temporary
 * password (only its hash stored) returned once, in file order.
 */
export async function importAccounts(input: ImportAccountsInput, step: Step = "write"): Promise<{ accounts: IssuedPassword[] }> {
  const user = await requireUser();
  authorize(user, "user:manage", { provinceId: input.provinceId }, { forbidden: ACCOUNTS_IN_SCOPE_ONLY });
  const client = db();
  const province = await checkManagingProvince(client, user, input.provinceId);
  const file = input.file;
  if (!file) refuse(["Vui lòng chọn tệp danh sách tài khoản (.xlsx)."]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkAccountXlsxUpload(bytes.byteLength, bytes.subarray(0, 8));
  if (!check.ok) refuse([check.message]);
  const book = await readAccountsXlsx(bytes);
  if (!book.ok) refuse([book.message]);
  const read = readAccountRows(book.rows);
  if (!read.letters || read.drafts.length === 0) refuse(read.errors);

  const agencyCodes = [...new Set(read.drafts.flatMap((d) => (d.agencyCode ? [d.agencyCode] : [])))];
  const blocCodes = [...new Set(read.drafts.flatMap((d) => (d.blocCode ? [d.blocCode] : [])))];
  const emails = [...new Set(read.drafts.map((d) => d.email).filter(Boolean))];
  const today = todayInVietnam();
  const [agencies, blocs, taken] = await Promise.all([
    agencyCodes.length === 0
      ? []
      : client.agency.findMany({
          where: { code: { in: agencyCodes, mode: "insensitive" } },
          select: { id: true, code: true, name: true, provinceId: true, dissolvedOn: true },
        }),
    blocCodes.length === 0
      ? []
      : client.bloc.findMany({ where: { code: { in: blocCodes, mode: "insensitive" } }, select: { id: true, code: true, name: true, provinceId: true } }),
    client.user.findMany({ where: { email: { in: emails } }, select: { email: true } }),
  ]);
  const isAdmin = councilScopeOf(user) === "all";
  const resolved = resolveAccountRows(read.drafts, read.letters, {
    agencies: new Map(
      agencies.map((a) => [
        normCode(a.code),
        {
          id: a.id,
          code: a.code,
          name: a.name,
          inScope: canInProvince(user, "user:manage", a.provinceId),
          dissolved: !!a.dissolvedOn && a.dissolvedOn.toISOString().slice(0, 10) <= today,
        },
      ]),
    ),
    blocs: new Map(blocs.map((b) => [normCode(b.code), { id: b.id, code: b.code, name: b.name, inScope: canInProvince(user, "user:manage", b.provinceId) }])),
    takenEmails: new Set(taken.map((u) => u.email)),
    // COUNCIL_STAFF goes to the province chosen for the file, which the authorization above checked.
    mayGrant: (role) => role !== "ADMIN" || isAdmin,
  });
  const errors = sortImportErrors([...read.errors, ...(resolved.ok ? [] : resolved.errors)]);
  if (errors.length > 0 || !resolved.ok) refuse(errors);

  const names = {
    agency: new Map(agencies.map((a) => [a.id, a.name])),
    bloc: new Map(blocs.map((b) => [b.id, b.name])),
  };
  stopIfChecking(step);
  const prepared: (ImportedAccount & { temporaryPassword: string; passwordHash: string })[] = [];
  for (let i = 0; i < resolved.accounts.length; i += HASH_BATCH) {
    const batch = resolved.accounts.slice(i, i + HASH_BATCH);
    prepared.push(
      ...(await Promise.all(
        batch.map(async (a) => {
          const temporaryPassword = generateTemporaryPassword({ email: a.email, name: a.name });
          return { ...a, temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
        }),
      )),
    );
  }

  try {
    const ids = await client.$transaction(
      async (tx) => {
        const created = await tx.user.createManyAndReturn({
          data: prepared.map((a) => ({
            email: a.email,
            name: a.name,
            title: a.title,
            phone: a.phone,
            agencyId: a.agencyId,
            provinceId: input.provinceId,
            passwordHash: a.passwordHash,
            mustChangePassword: true,
          })),
          select: { id: true, email: true, name: true, title: true, phone: true, agencyId: true, provinceId: true, isActive: true, mustChangePassword: true },
        });
        const byEmail = new Map(created.map((u) => [u.email, u]));
        for (const a of prepared) {
          const u = byEmail.get(a.email)!;
          await writeAudit(tx, {
            actorId: user.userId,
            action: "account.import",
            entity: "User",
            entityId: u.id,
            after: { ...accountSnapshot(u, { agency: a.agencyId ? (names.agency.get(a.agencyId) ?? null) : null, province }), row: a.row },
          });
          if (!a.role) continue;
          const scope = {
            blocId: a.blocId,
            agencyId: a.role === "AGENCY_LEADER" || a.role === "AGENCY_OFFICER" ? a.agencyId : null,
            provinceId: a.role === "COUNCIL_STAFF" ? input.provinceId : null,
          };
          const startsOn = a.startsOn ? new Date(`${a.startsOn}T00:00:00Z`) : null;
          const endsOn = a.endsOn ? new Date(`${a.endsOn}T00:00:00Z`) : null;
          const grant = await tx.roleAssignment.create({ data: { userId: u.id, role: a.role, ...scope, startsOn, endsOn }, select: { id: true } });
          const scopeLabel = scope.blocId
            ? (names.bloc.get(scope.blocId) ?? "")
            : scope.agencyId
              ? (names.agency.get(scope.agencyId) ?? "")
              : a.role === "COUNCIL_STAFF"
                ? province
                : "Toàn hệ thống";
          await writeAudit(tx, {
            actorId: user.userId,
            action: "role.assign",
            entity: "RoleAssignment",
            entityId: grant.id,
            blocId: scope.blocId,
            after: grantSnapshot({ userId: u.id, email: u.email, role: a.role, scope, scopeLabel, startsOn, endsOn }),
          });
        }
        return prepared.map((a) => byEmail.get(a.email)!.id);
      },
      // A file of hundreds of accounts writes a few rows each: more than the default 5 s.
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { accounts: prepared.map((a, i) => ({ userId: ids[i]!, name: a.name, email: a.email, temporaryPassword: a.temporaryPassword })) };
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "Một email trong tệp vừa được dùng cho tài khoản khác trong lúc nhập; chưa tạo tài khoản nào, vui lòng nhập lại tệp.");
    throw e;
  }
}
