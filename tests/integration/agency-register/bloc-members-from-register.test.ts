import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddMemberInputSchema, AgencyChangeInputSchema } from "@/lib/schemas/setup";
import { addMember } from "@/lib/server/setup/add-member";
import { findAgencyChoices } from "@/lib/server/setup/find-agency-choices";
import { recordAgencyChange } from "@/lib/server/setup/record-agency-change";
import { makeBloc, makeMembership } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { counts, expectRefused, world, type World } from "../provinces/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const add = (blocId: string, agencyId: string) =>
  AddMemberInputSchema.parse({ blocId, year: "2025", agencyId, newName: "", newShortName: "", newType: "", joinedOn: "", leftOn: "", note: "" });

/** A bloc of Quảng Ngãi (which absorbed Kon Tum) with its own agency as a member, and its secretary. */
async function quangNgaiBloc(w: World) {
  const bloc = await makeBloc(w.db, { name: "Khối các cơ quan Đảng tỉnh Quảng Ngãi", provinceId: w.qng.id });
  await makeMembership(w.db, { blocId: bloc.id, agencyId: w.qngBtc.id, year: 2025 });
  const secretary = await w.db.user.create({
    data: { email: "thuky.qng@test.local", name: "Thư ký", passwordHash: "x", roles: { create: { role: "SECRETARY", blocId: bloc.id } } },
  });
  return { bloc, secretary: secretary.id };
}

describe("bloc members come from the register of the bloc's province", () => {
  beforeEach(() => signInAs(null));

  it("the choices are the province's register with its absorbed provinces, labelled; a central bloc gets the central agencies", async () => {
    const w = await world();
    const q = await quangNgaiBloc(w);
    signInAs(q.secretary);
    expect((await findAgencyChoices(q.bloc.id, 2025)).map((c) => [c.name, c.province])).toEqual([
      ["Ban Tổ chức Tỉnh ủy Quảng Ngãi", null],
      ["Ban Dân vận Tỉnh ủy Kon Tum", "Kon Tum"],
      ["Ban Tổ chức Tỉnh ủy Kon Tum", "Kon Tum"],
      ["Ban Tuyên giáo Tỉnh ủy Kon Tum", "Kon Tum"],
    ]);
    signInAs(w.users.SECRETARY);
    expect((await findAgencyChoices(w.blocA.id, 2025)).map((c) => c.name)).toEqual([
      "Ban Dân vận Tỉnh ủy Kon Tum",
      "Ban Tổ chức Tỉnh ủy Kon Tum",
      "Ban Tuyên giáo Tỉnh ủy Kon Tum",
    ]);
    signInAs(w.users.ADMIN);
    expect((await findAgencyChoices(w.blocCentral.id, 2025)).map((c) => c.name)).toEqual(["Ban Tổ chức Trung ương"]);
  });

  it("a bloc may add an agency of a province its province absorbed", async () => {
    const w = await world();
    const q = await quangNgaiBloc(w);
    signInAs(q.secretary);
    await addMember(add(q.bloc.id, w.btc.id));
    expect(await w.db.membership.count({ where: { blocId: q.bloc.id } })).toBe(2);
  });

  it.each<[string, (w: World) => { blocId: string; agencyId: string; who: keyof World["users"] }, string]>([
    ["another province's agency to a province bloc", (w) => ({ blocId: w.blocA.id, agencyId: w.nbBtc.id, who: "SECRETARY" }), "Kon Tum"],
    ["the absorbing province's agency to the absorbed province's bloc", (w) => ({ blocId: w.blocA.id, agencyId: w.qngBtc.id, who: "SECRETARY" }), "Kon Tum"],
    ["a central agency to a province bloc", (w) => ({ blocId: w.blocA.id, agencyId: w.central.id, who: "ADMIN" }), "Kon Tum"],
    ["a province's agency to a central bloc", (w) => ({ blocId: w.blocCentral.id, agencyId: w.btc.id, who: "ADMIN" }), "cấp Trung ương"],
  ])("refuses adding %s on the server, writing nothing", async (_label, pick, registerLabel) => {
    const w = await world();
    const { blocId, agencyId, who } = pick(w);
    signInAs(w.users[who]);
    const before = await counts(w.db);
    const e = await expectRefused(addMember(add(blocId, agencyId)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ agencyId: [`Cơ quan đã chọn không có trong danh sách cơ quan, đơn vị của ${registerLabel}.`] });
    expect(await counts(w.db)).toEqual(before);
  });

  it("refuses a successor from outside the register in a bloc's merger, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const before = await counts(w.db);
    const input = AgencyChangeInputSchema.parse({
      kind: "MERGER",
      blocId: w.blocA.id,
      year: "2025",
      effectiveOn: "2025-03-01",
      predecessorIds: [w.btg.id, w.bdv.id],
      successorId: w.nbBtc.id,
    });
    const e = await expectRefused(recordAgencyChange(input), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ successors: ["Không tìm thấy cơ quan kế thừa được chọn."] });
    expect(await counts(w.db)).toEqual(before);
  });

  it("a change already recorded in the register cannot be recorded again from the bloc", async () => {
    const w = await world();
    await w.db.agency.updateMany({ where: { id: { in: [w.btg.id, w.bdv.id] } }, data: { dissolvedOn: new Date("2025-03-01T00:00:00Z") } });
    signInAs(w.users.SECRETARY);
    const input = AgencyChangeInputSchema.parse({
      kind: "MERGER",
      blocId: w.blocA.id,
      year: "2025",
      effectiveOn: "2025-03-01",
      predecessorIds: [w.btg.id, w.bdv.id],
      successorId: w.btc.id,
    });
    const e = await expectRefused(recordAgencyChange(input), "INVALID_INPUT");
    expect(e.fieldErrors?.predecessorIds).toHaveLength(2);
  });
});
