import { beforeEach, describe, expect, it, vi } from "vitest";
import { editPerson } from "@/lib/server/people/edit-person";
import { findAgencyPeople } from "@/lib/server/people/find-agency-people";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const d = (s: string) => new Date(`${s}T00:00:00Z`);
type Input = Parameters<typeof editPerson>[0];
type Row = Input["period"][number];
const row = (r: Partial<Row> & { row: number }): Row => ({ id: null, agencyId: null, position: null, fromOn: null, toOn: null, remove: false, ...r });

/** Hồng's one period (BTG, undated) and what the form sends for it. */
async function hongPeriod(w: World) {
  return w.db.personAgency.findFirstOrThrow({ where: { personId: w.hong.id, agencyId: w.btg.id } });
}
const edit = (w: World, over: Partial<Input> = {}, personId = w.hong.id) =>
  editPerson({ blocId: w.blocA.id, year: YEAR, personId, version: 1, name: "Phạm Thị Hồng Nhung", birthYear: 1981, period: [], ...over });
const state = async (w: World, personId = w.hong.id) =>
  w.db.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      name: true,
      birthYear: true,
      version: true,
      agencies: { select: { agencyId: true, position: true, fromOn: true, toOn: true }, orderBy: { fromOn: "asc" } },
    },
  });

// The bloc's secretary and chair for any member's people, BTG's leader and officer for BTG's.
const EDITORS: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["COUNCIL", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("editPerson", () => {
  beforeEach(() => signInAs(null));

  it.each(EDITORS)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await edit(w)).toEqual({ version: 2 });
      expect(await state(w)).toMatchObject({ name: "Phạm Thị Hồng Nhung", birthYear: 1981, version: 2 });
    } else {
      await expectRefused(edit(w), outcome);
      expect(await state(w)).toMatchObject({ name: "Phạm Thị Hồng", birthYear: 1980, version: 1 });
    }
  });

  it("dates a period and adds one at another member, audited with before and after", async () => {
    const w = await world();
    const p = await hongPeriod(w);
    signInAs(w.users.SECRETARY);
    await edit(w, {
      period: [
        row({ row: 0, id: p.id, agencyId: w.btg.id, position: "Chuyên viên", fromOn: d("2015-01-01"), toOn: d("2020-12-31") }),
        row({ row: 1, agencyId: w.bdv.id, position: "Phó Trưởng phòng", fromOn: d("2021-01-01") }),
      ],
    });
    expect((await state(w)).agencies).toEqual([
      { agencyId: w.btg.id, position: "Chuyên viên", fromOn: d("2015-01-01"), toOn: d("2020-12-31") },
      { agencyId: w.bdv.id, position: "Phó Trưởng phòng", fromOn: d("2021-01-01"), toOn: null },
    ]);
    const [audit] = await auditRows(w.db, "Person", w.hong.id);
    expect(audit).toMatchObject({ action: "person.edit", actorId: w.users.SECRETARY, blocId: w.blocA.id });
    expect(audit!.before).toMatchObject({ name: "Phạm Thị Hồng", birthYear: 1980, periods: [{ agencyId: w.btg.id, fromOn: null, toOn: null }] });
    expect(audit!.after).toMatchObject({
      name: "Phạm Thị Hồng Nhung",
      version: 2,
      periods: [{ fromOn: "2015-01-01" }, { fromOn: "2021-01-01", agencyName: w.bdv.name }],
    });
    // The agency's page shows the new periods.
    const { people } = await findAgencyPeople(w.blocA.id, YEAR, w.bdv.code);
    expect(people.find((x) => x.id === w.hong.id)?.periods.map((x) => x.toOn)).toEqual(["2020-12-31", null]);
  });

  it("an agency edits only the periods at its own agency; the others are kept", async () => {
    const w = await world();
    const p = await hongPeriod(w);
    const elsewhere = await w.db.personAgency.create({ data: { personId: w.hong.id, agencyId: w.bdv.id, fromOn: d("2010-01-01"), toOn: d("2014-12-31") } });
    signInAs(w.users.AGENCY_OFFICER);
    const bdvRow = row({ row: 1, id: elsewhere.id, agencyId: w.bdv.id, fromOn: d("2010-01-01") });
    let e = await expectRefused(edit(w, { period: [bdvRow] }), "INVALID_INPUT");
    expect(e.fieldErrors?.["period.1.agencyId"]?.[0]).toContain(`không được sửa thời gian công tác tại ${w.bdv.name}`);
    e = await expectRefused(edit(w, { period: [row({ row: 0, agencyId: w.bdv.id, fromOn: d("2024-01-01") })] }), "INVALID_INPUT");
    expect(e.fieldErrors?.["period.0.agencyId"]).toEqual(["Bạn không được ghi nơi công tác tại cơ quan này."]);
    expect(await state(w)).toMatchObject({ version: 1 });
    await edit(w, { period: [row({ row: 0, id: p.id, agencyId: w.btg.id, fromOn: d("2015-01-01") })] });
    expect((await state(w)).agencies).toEqual([
      { agencyId: w.bdv.id, position: null, fromOn: d("2010-01-01"), toOn: d("2014-12-31") },
      { agencyId: w.btg.id, position: null, fromOn: d("2015-01-01"), toOn: null },
    ]);
  });

  it.each<[string, (w: World, periodId: string) => Partial<Input>, string, string]>([
    [
      "overlapping periods",
      (w, id) => ({
        period: [row({ row: 0, id, agencyId: w.btg.id, fromOn: d("2015-01-01") }), row({ row: 1, agencyId: w.bdv.id, fromOn: d("2020-01-01") })],
      }),
      "period.0.fromOn",
      "trùng với thời gian tại",
    ],
    [
      "an end before the start",
      (w, id) => ({ period: [row({ row: 0, id, agencyId: w.btg.id, fromOn: d("2020-01-01"), toOn: d("2019-01-01") })] }),
      "period.0.toOn",
      "không được trước",
    ],
    ["a new period without its agency", () => ({ period: [row({ row: 1, fromOn: d("2021-01-01") })] }), "period.1.agencyId", "Vui lòng chọn cơ quan."],
    ["removing the last period in the bloc", (w, id) => ({ period: [row({ row: 0, id, agencyId: w.btg.id, remove: true })] }), "_", "ít nhất một nơi công tác"],
  ])("refuses %s and writes nothing", async (_name, over, field, words) => {
    const w = await world();
    const p = await hongPeriod(w);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(edit(w, over(w, p.id)), "INVALID_INPUT");
    expect(e.fieldErrors?.[field]?.[0]).toContain(words);
    expect(await state(w)).toMatchObject({ name: "Phạm Thị Hồng", version: 1, agencies: [{ agencyId: w.btg.id, fromOn: null, toOn: null }] });
    expect(await auditRows(w.db, "Person", w.hong.id)).toHaveLength(0);
  });

  it("refuses a stale version, and a person of no member agency", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(edit(w, { version: 3 }), "CONFLICT");
    expect(await state(w)).toMatchObject({ name: "Phạm Thị Hồng", version: 1 });
    const stranger = await w.db.person.create({ data: { name: "Người ngoài", agencies: { create: { agencyId: w.outsider.id } } } });
    await expectRefused(edit(w, {}, stranger.id), "NOT_FOUND");
    expect(await auditRows(w.db, "Person", w.hong.id)).toHaveLength(0);
  });
});
