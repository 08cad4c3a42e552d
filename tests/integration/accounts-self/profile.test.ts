import { beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateOwnProfileInputSchema } from "@/lib/schemas/account-self";
import { getOwnProfile } from "@/lib/server/accounts/get-own-profile";
import { updateOwnProfile } from "@/lib/server/accounts/update-own-profile";
import { makeAgency, makeBloc } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { makeAccount } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function world() {
  const db = testDb();
  const province = await db.province.create({ data: { code: "KT-P", name: "Kon Tum" } });
  const agency = await makeAgency(db, { name: "Ban Tổ chức Tỉnh ủy Kon Tum" });
  const bloc = await makeBloc(db, { name: "Khối các cơ quan Đảng tỉnh Kon Tum" });
  const account = await makeAccount(db, { agencyId: agency.id, title: "Chuyên viên", phone: "0912 345 678" });
  await db.roleAssignment.createMany({
    data: [
      { userId: account.id, role: "AGENCY_OFFICER", agencyId: agency.id },
      { userId: account.id, role: "SECRETARY", blocId: bloc.id, startsOn: day("2024-01-01"), endsOn: day("2024-12-31") },
      { userId: account.id, role: "COUNCIL_STAFF", provinceId: province.id, startsOn: day("2025-01-01") },
    ],
  });
  signInAs(account.id);
  return { db, account };
}

const form = (updatedAt: Date, over: Record<string, string> = {}) =>
  UpdateOwnProfileInputSchema.parse({ name: "Nguyễn Thị Hoa", title: "Chuyên viên", phone: "0912 345 678", updatedAt: updatedAt.toISOString(), ...over });

describe("own profile", () => {
  beforeEach(() => signInAs(null));

  it("reads the account with every role, its scope by name and its dates", async () => {
    const { account } = await world();
    const profile = await getOwnProfile();
    expect(profile).toMatchObject({
      name: "Nguyễn Thị Hoa",
      title: "Chuyên viên",
      phone: "0912 345 678",
      email: account.email,
      agencyName: "Ban Tổ chức Tỉnh ủy Kon Tum",
    });
    expect(profile.roles.map((r) => [r.role, r.scope, r.startsOn?.toISOString().slice(0, 10) ?? null, r.endsOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["COUNCIL_STAFF", "Kon Tum", "2025-01-01", null],
      ["SECRETARY", "Khối các cơ quan Đảng tỉnh Kon Tum", "2024-01-01", "2024-12-31"],
      ["AGENCY_OFFICER", "Ban Tổ chức Tỉnh ủy Kon Tum", null, null],
    ]);
    expect(JSON.stringify(profile)).not.toMatch(/passwordHash|argon2/);
  });

  it("edits the name, title and phone, audited with before and after", async () => {
    const { db, account } = await world();
    await expect(updateOwnProfile(form(account.updatedAt, { name: "Nguyễn Thị Hoa Mai", title: "", phone: "+84 912 345 679" }))).resolves.toEqual({
      changed: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      name: "Nguyễn Thị Hoa Mai",
      title: null,
      phone: "+84 912 345 679",
      email: account.email,
    });
    const rows = await auditRows(db, "User", account.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: account.id,
      action: "account.profile-update",
      before: { name: "Nguyễn Thị Hoa", title: "Chuyên viên", phone: "0912 345 678" },
      after: { name: "Nguyễn Thị Hoa Mai", title: null, phone: "+84 912 345 679" },
    });
  });

  it("writes nothing when nothing changed", async () => {
    const { db, account } = await world();
    await expect(updateOwnProfile(form(account.updatedAt))).resolves.toEqual({ changed: false });
    expect(await auditRows(db, "User", account.id)).toEqual([]);
  });

  it("refuses a save over a newer change (optimistic concurrency)", async () => {
    const { db, account } = await world();
    await updateOwnProfile(form(account.updatedAt, { title: "Phó Trưởng phòng" }));
    const e = await expectRefused(updateOwnProfile(form(account.updatedAt, { title: "Trưởng phòng" })), "CONFLICT");
    expect(e.message).toMatch(/cập nhật ở nơi khác/);
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).title).toBe("Phó Trưởng phòng");
  });

  it("refuses a signed-out visitor", async () => {
    await expectRefused(getOwnProfile(), "UNAUTHENTICATED");
    await expectRefused(updateOwnProfile(form(new Date())), "UNAUTHENTICATED");
  });
});
