import { beforeEach, describe, expect, it, vi } from "vitest";
import { ChangePasswordInputSchema } from "@/lib/schemas/account-self";
import { changePassword } from "@/lib/server/accounts/change-password";
import { getOwnProfile } from "@/lib/server/accounts/get-own-profile";
import { updateOwnProfile } from "@/lib/server/accounts/update-own-profile";
import { getCurrentUser, requireUser } from "@/lib/server/auth/current-user";
import { MUST_CHANGE_PASSWORD } from "@/lib/server/auth/temporary-password";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { makeAccount, NEW_PASSWORD, OLD_PASSWORD, openSessionRow } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("a temporary password", () => {
  beforeEach(() => signInAs(null));

  it("lets the account do nothing but change it; the change clears it", async () => {
    const db = testDb();
    const account = await makeAccount(db, { mustChangePassword: true });
    const session = await openSessionRow(db, account.id);
    signInAs(account.id, session.id);

    expect(await getCurrentUser()).toMatchObject({ userId: account.id, mustChangePassword: true, sessionId: session.id });
    const refused = await expectRefused(requireUser(), "FORBIDDEN");
    expect(refused.message).toBe(MUST_CHANGE_PASSWORD);
    await expectRefused(getOwnProfile(), "FORBIDDEN");
    await expectRefused(updateOwnProfile({ name: "Tên mới", title: null, phone: null, updatedAt: account.updatedAt.toISOString() }), "FORBIDDEN");

    await changePassword(ChangePasswordInputSchema.parse({ currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(await requireUser()).toMatchObject({ userId: account.id, mustChangePassword: false });
    expect(await getOwnProfile()).toMatchObject({ email: account.email });
  });
});
