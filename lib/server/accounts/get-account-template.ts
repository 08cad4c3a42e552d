import "server-only";
import { canSomewhere } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { buildAccountTemplateXlsx } from "./account-workbook";
import { findAccountChoices } from "./find-account-choices";

/**
 * The .xlsx template for importing accounts, listing the codes of the
 * caller's scope. Anyone without "user:manage" anywhere gets NOT_FOUND (the
 * route answers 404, as for a page they cannot see).
 */
export async function getAccountTemplate(): Promise<{ buffer: Buffer; fileName: string }> {
  const user = await requireUser();
  if (!canSomewhere(user, "user:manage")) throw new AppError("NOT_FOUND");
  const choices = await findAccountChoices();
  const scopeLabel = choices.isAdmin
    ? "toàn hệ thống"
    : [...choices.provinces.map((p) => p.name), ...(choices.central ? ["Trung ương"] : [])].join(", ") || "—";
  const buffer = await buildAccountTemplateXlsx({ scopeLabel, roles: choices.roles, agencies: choices.agencies, blocs: choices.blocs });
  return { buffer, fileName: "mau-nhap-tai-khoan.xlsx" };
}
