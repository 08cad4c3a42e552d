import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateAccountFormSchema } from "@/lib/schemas/accounts";
import { createAccount } from "@/lib/server/accounts/create-account";
import { findAccountChoices } from "@/lib/server/accounts/find-account-choices";
import { findAccounts } from "@/lib/server/accounts/find-accounts";
import { getAccount } from "@/lib/server/accounts/get-account";
import { getAccountTemplate } from "@/lib/server/accounts/get-account-template";
import { grantRole } from "@/lib/server/accounts/grant-role";
import { importAccounts } from "@/lib/server/accounts/import-accounts";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { updateAccount } from "@/lib/server/accounts/update-account";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import type { Outcome } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { counts, expectRefused, importFile, NO_COUNCIL, outcomesOnP, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * Every use case and reader of the accounts area, for every kind of user, on
 * an account (or bloc, agency) of province P — merged into Q. Allowed: the
 * system administrator and council staff of P and of Q. Refused, writing
 * nothing: council staff of another province and of the central level, and
 * every bloc or agency role.
 */
beforeEach(() => signInAs(null));

async function check(who: Who, outcome: Outcome, act: (w: World) => Promise<unknown>, verify?: (w: World) => Promise<void>) {
  const w = await world();
  signInAs(w.users[who]);
  const before = await counts();
  if (outcome === "ok") {
    await act(w);
    await verify?.(w);
  } else {
    await expectRefused(act(w), outcome);
    expect(await counts()).toEqual(before);
  }
}

describe("permission table: writes on an account of P", () => {
  it.each(outcomesOnP("FORBIDDEN"))("createAccount in P with a bloc role of P — %s: %s", (who, outcome) =>
    check(
      who,
      outcome,
      (w) =>
        createAccount(
          CreateAccountFormSchema.parse({
            name: "Lê Thị Mới",
            email: "moi@kontum.gov.vn",
            agencyId: w.agencyA.id,
            provinceId: w.p.id,
            role: "OBSERVER",
            roleBlocId: w.blocA.id,
          }),
        ),
      async (w) => {
        const u = await w.db.user.findUniqueOrThrow({ where: { email: "moi@kontum.gov.vn" }, include: { roles: true } });
        expect(u.roles.map((g) => [g.role, g.blocId])).toEqual([["OBSERVER", w.blocA.id]]);
      },
    ),
  );

  it.each(outcomesOnP("NOT_FOUND"))("updateAccount — %s: %s", (who, outcome) =>
    check(
      who,
      outcome,
      async (w) =>
        updateAccount({
          userId: w.target.id,
          updatedAt: w.target.updatedAt.toISOString(),
          name: "Nguyễn Văn Đích (sửa)",
          title: null,
          agencyId: w.agencyA.id,
          phone: null,
          provinceId: w.p.id,
        }),
      async (w) => expect((await w.db.user.findUniqueOrThrow({ where: { id: w.target.id } })).name).toBe("Nguyễn Văn Đích (sửa)"),
    ),
  );

  it.each(outcomesOnP("NOT_FOUND"))("grantRole (observer of bloc A) — %s: %s", (who, outcome) =>
    check(
      who,
      outcome,
      (w) => grantRole({ userId: w.target.id, role: "OBSERVER", blocId: w.blocA.id, agencyId: null, provinceId: null, startsOn: null, endsOn: null }),
      async (w) => expect(await w.db.roleAssignment.count({ where: { userId: w.target.id } })).toBe(1),
    ),
  );

  it.each(outcomesOnP("NOT_FOUND"))("withdrawRole (an agency role of agency A) — %s: %s", async (who, outcome) => {
    let grantId = "";
    await check(
      who,
      outcome,
      async (w) => {
        const g = await w.db.roleAssignment.findFirstOrThrow({ where: { userId: w.users.AGENCY_OFFICER } });
        grantId = g.id;
        return withdrawRole({ grantId });
      },
      async (w) => expect(await w.db.roleAssignment.findUnique({ where: { id: grantId } })).toBeNull(),
    );
  });

  it.each(outcomesOnP("NOT_FOUND"))("setAccountActive (deactivate) — %s: %s", (who, outcome) =>
    check(
      who,
      outcome,
      (w) => setAccountActive({ userId: w.target.id, active: false }),
      async (w) => expect((await w.db.user.findUniqueOrThrow({ where: { id: w.target.id } })).isActive).toBe(false),
    ),
  );

  it.each(outcomesOnP("FORBIDDEN"))("importAccounts into P — %s: %s", (who, outcome) =>
    check(
      who,
      outcome,
      async (w) =>
        importAccounts({
          provinceId: w.p.id,
          file: await importFile([{ "Họ và tên": "Phan Văn Nhập", Email: "nhap@kontum.gov.vn", "Mã cơ quan": w.agencyA.code }]),
        }),
      async (w) => expect(await w.db.user.count({ where: { email: "nhap@kontum.gov.vn", provinceId: w.p.id, mustChangePassword: true } })).toBe(1),
    ),
  );
});

describe("permission table: readers", () => {
  it.each(outcomesOnP("NOT_FOUND"))("getAccount of an account of P — %s: %s", (who, outcome) =>
    check(who, outcome, async (w) => expect((await getAccount(w.target.id)).email).toBe(w.target.email)),
  );

  it.each<[Who, Outcome, boolean]>([
    ["ADMIN", "ok", true],
    ["STAFF_P", "ok", true],
    ["STAFF_Q", "ok", true],
    ["STAFF_R", "ok", false],
    ["STAFF_CENTRAL", "ok", false],
    ...NO_COUNCIL.map((who): [Who, Outcome, boolean] => [who, "FORBIDDEN", false]),
  ])("findAccounts — %s: %s (P's account listed: %s)", (who, outcome, listsTarget) =>
    check(who, outcome, async (w) => {
      const { rows } = await findAccounts();
      expect(rows.some((r) => r.id === w.target.id)).toBe(listsTarget);
    }),
  );

  it.each<[Who, Outcome, string[]]>([
    ["ADMIN", "ok", ["A", "B", "C"]],
    ["STAFF_P", "ok", ["A"]],
    ["STAFF_Q", "ok", ["A"]],
    ["STAFF_R", "ok", ["B"]],
    ["STAFF_CENTRAL", "ok", ["C"]],
    ...NO_COUNCIL.map((who): [Who, Outcome, string[]] => [who, "FORBIDDEN", []]),
  ])("findAccountChoices — %s: %s (agencies and blocs %j)", (who, outcome, letters) =>
    check(who, outcome, async (w) => {
      const c = await findAccountChoices();
      const ids = { A: [w.agencyA.id, w.blocA.id], B: [w.agencyB.id, w.blocB.id], C: [w.agencyC.id, w.blocC.id] } as const;
      expect(c.agencies.map((a) => a.id).sort()).toEqual(letters.map((l) => ids[l as "A"][0]).sort());
      expect(c.blocs.map((b) => b.id).sort()).toEqual(letters.map((l) => ids[l as "A"][1]).sort());
      expect(c.roles.includes("ADMIN")).toBe(who === "ADMIN");
    }),
  );

  it.each<[Who, Outcome]>([
    ["ADMIN", "ok"],
    ["STAFF_P", "ok"],
    ["STAFF_Q", "ok"],
    ["STAFF_R", "ok"],
    ["STAFF_CENTRAL", "ok"],
    ...NO_COUNCIL.map((who): [Who, Outcome] => [who, "NOT_FOUND"]),
  ])("getAccountTemplate — %s: %s", (who, outcome) =>
    check(who, outcome, async () => {
      const t = await getAccountTemplate();
      expect(t.fileName).toBe("mau-nhap-tai-khoan.xlsx");
      expect(t.buffer.subarray(0, 2).toString()).toBe("PK");
    }),
  );

  it("a signed-out caller is refused by every reader", async () => {
    const w = await world();
    await expectRefused(findAccounts(), "UNAUTHENTICATED");
    await expectRefused(getAccount(w.target.id), "UNAUTHENTICATED");
    await expectRefused(findAccountChoices(), "UNAUTHENTICATED");
  });
});
