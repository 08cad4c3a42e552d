import "server-only";
import { CENTRAL_LABEL } from "./account-references";

/**
 * What the audit log keeps of an account: readable names next to the ids,
 * never a password or its hash (docs/ARCHITECTURE.md: every change audited).
 */
export interface AccountSnapshot {
  name: string;
  title: string | null;
  email: string;
  phone: string | null;
  agencyId: string | null;
  agency: string | null;
  provinceId: string | null;
  province: string;
  isActive: boolean;
  /** A temporary password not yet changed. */
  mustChangePassword: boolean;
}

export function accountSnapshot(
  user: {
    name: string;
    title: string | null;
    email: string;
    phone: string | null;
    agencyId: string | null;
    provinceId: string | null;
    isActive: boolean;
    mustChangePassword: boolean;
  },
  names: { agency: string | null; province: string },
): AccountSnapshot {
  return {
    name: user.name,
    title: user.title,
    email: user.email,
    phone: user.phone,
    agencyId: user.agencyId,
    agency: names.agency,
    provinceId: user.provinceId,
    province: names.province,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The account's row with the names its snapshot shows (the pages read it too, with more fields beside). */
export const ACCOUNT_SNAPSHOT_SELECT = {
  id: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  agencyId: true,
  provinceId: true,
  isActive: true,
  mustChangePassword: true,
  updatedAt: true,
  agency: { select: { name: true } },
  province: { select: { name: true } },
} as const;

export function snapshotOf(row: {
  name: string;
  title: string | null;
  email: string;
  phone: string | null;
  agencyId: string | null;
  provinceId: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  agency: { name: string } | null;
  province: { name: string } | null;
}): AccountSnapshot {
  return accountSnapshot(row, { agency: row.agency?.name ?? null, province: row.province?.name ?? CENTRAL_LABEL });
}
