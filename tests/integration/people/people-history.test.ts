import { beforeEach, describe, expect, it, vi } from "vitest";
import { NominationInputSchema, ProposeNominationInputSchema, ReviewNominationInputSchema } from "@/lib/schemas/awards";
import { findNominationBoard } from "@/lib/server/awards/find-nomination-board";
import { proposeNomination } from "@/lib/server/awards/propose-nomination";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { saveNomination } from "@/lib/server/awards/save-nomination";
import { findAgencyPeople } from "@/lib/server/people/find-agency-people";
import { findNomineeChoices } from "@/lib/server/people/find-nominee-choices";
import { findPeopleAgencies } from "@/lib/server/people/find-people-agencies";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const nomination = (w: World, over: Record<string, unknown> = {}) =>
  NominationInputSchema.parse({
    cycleId: w.cycleA.id,
    agencyId: w.btg.id,
    version: "0",
    awardFormId: w.forms.bk.id,
    achievements: "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận cấp tỉnh.",
    ...over,
  });
const propose = (nominationId: string, version = 1) => proposeNomination(ProposeNominationInputSchema.parse({ nominationId, version: String(version) }));
const cstdcs = (w: World, personId: string, years: number[]) =>
  w.db.personRecord.createMany({ data: years.map((year) => ({ personId, year, code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở", agencyId: w.btg.id })) });

describe("findAgencyPeople and findPeopleAgencies: who reads whose people", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["COUNCIL", "ok"],
    ["ADMIN", "ok"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("BTG's people: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const read = findAgencyPeople(w.blocA.id, YEAR, w.btg.code);
    if (outcome === "ok") expect((await read).people.map((p) => p.name)).toEqual(["Phạm Thị Hồng"]);
    else await expectRefused(read, outcome);
  });

  it("the index lists every member for the readers of all, the own agency for an agency's users, none for an observer", async () => {
    const w = await world();
    const names = async (who: Who) => {
      signInAs(w.users[who]);
      const r = await findPeopleAgencies(w.blocA.id, YEAR);
      return [r.agencies.map((a) => [a.name, a.people]), r.importable.map((a) => a.name)];
    };
    expect(await names("SECRETARY")).toEqual([
      [
        ["Ban Dân vận Tỉnh ủy", 1],
        ["Ban Tuyên giáo Tỉnh ủy", 1],
      ],
      ["Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"],
    ]);
    expect(await names("COUNCIL")).toEqual([
      [
        ["Ban Dân vận Tỉnh ủy", 1],
        ["Ban Tuyên giáo Tỉnh ủy", 1],
      ],
      [],
    ]);
    expect(await names("AGENCY_OFFICER")).toEqual([[["Ban Tuyên giáo Tỉnh ủy", 1]], ["Ban Tuyên giáo Tỉnh ủy"]]);
    expect(await names("OBSERVER")).toEqual([[], []]);
    signInAs(w.users.OTHER_SECRETARY);
    await expectRefused(findPeopleAgencies(w.blocA.id, YEAR), "NOT_FOUND");
  });

  it("an agency that is not a member this year is not found", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(findAgencyPeople(w.blocA.id, YEAR, w.outsider.code), "NOT_FOUND");
    await expectRefused(findAgencyPeople(w.blocA.id, YEAR - 1, w.btg.code), "NOT_FOUND");
  });
});

describe("a person's history: imported years, decisions and nominations", () => {
  beforeEach(() => signInAs(null));

  it("derives the years from every source; cancelled decisions and drafts give nothing", async () => {
    const w = await world();
    await w.db.personRecord.create({ data: { personId: w.hong.id, year: 2023, code: "LDTT", name: "Lao động tiên tiến", decisionRef: "5/QĐ-BTG" } });
    const sent = await w.db.nomination.create({
      data: {
        cycleId: w.cycleA.id,
        awardFormId: w.forms.bk.id,
        target: "INDIVIDUAL",
        agencyId: w.btg.id,
        personId: w.hong.id,
        personName: "Phạm Thị Hồng",
        status: "SENT",
      },
    });
    const decision = (number: string, cancelledAt: Date | null) =>
      w.db.decision.create({
        data: {
          cycleId: w.cycleA.id,
          number,
          issuedOn: new Date("2026-12-20T00:00:00Z"),
          signer: "Chủ tịch UBND tỉnh",
          authorityKind: "PROVINCE_CHAIR",
          authorityName: "UBND tỉnh",
          cancelledAt,
          items: {
            create: {
              nominationId: sent.id,
              agencyId: w.btg.id,
              personName: "Phạm Thị Hồng",
              personId: w.hong.id,
              awardFormId: w.forms.bk.id,
              outcome: "APPROVED",
            },
          },
        },
      });
    await decision("45/QĐ-UBND", null);
    await decision("40/QĐ-UBND", new Date());
    await w.db.nomination.create({
      data: {
        cycleId: w.cycleA.id,
        awardFormId: w.forms.bk.id,
        target: "INDIVIDUAL",
        agencyId: w.btg.id,
        personId: w.hong.id,
        personName: "Phạm Thị Hồng",
        status: "DRAFT",
      },
    });
    signInAs(w.users.AGENCY_LEADER);
    const { people } = await findAgencyPeople(w.blocA.id, YEAR, w.btg.code);
    expect(people[0]).toMatchObject({
      name: "Phạm Thị Hồng",
      birthYear: 1980,
      periods: [{ agencyName: "Ban Tuyên giáo Tỉnh ủy", position: "Chuyên viên", fromOn: null, toOn: null }],
      years: [
        {
          year: 2026,
          entries: [
            { code: "BK_CN", source: "DECISION", reference: "45/QĐ-UBND" },
            { code: "BK_CN", source: "NOMINATION", reference: null },
          ],
        },
        { year: 2023, entries: [{ code: "LDTT", name: "Lao động tiên tiến", source: "IMPORT", reference: "5/QĐ-BTG" }] },
      ],
    });
  });
});

describe("individual nominations name a person, and the consecutive-years rule reads their history", () => {
  beforeEach(() => signInAs(null));

  it("refuses a proposal without the consecutive CSTĐCS years, listing the years found and missing; accepts it once the year is there", async () => {
    const w = await world();
    await cstdcs(w, w.hong.id, [2024, 2026]);
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nomination(w, { personId: w.hong.id }));
    const e = await expectRefused(propose(id), "INVALID_INPUT");
    expect(e.message).toContain("Phạm Thị Hồng: cần 3 năm liên tục (2024–2026) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2024, 2026, còn thiếu năm 2025.");
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    await cstdcs(w, w.hong.id, [2025]);
    await propose(id);
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
  });

  it("a person at the agency for under six months of the year is flagged on the nominations board, not refused", async () => {
    const w = await world();
    await w.db.personAgency.updateMany({ where: { personId: w.hong.id, agencyId: w.btg.id }, data: { fromOn: new Date(`${YEAR}-09-01T00:00:00Z`) } });
    await cstdcs(w, w.hong.id, [YEAR - 2, YEAR - 1, YEAR]);
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nomination(w, { personId: w.hong.id }));
    const board = (await findNominationBoard(w.blocA.id, YEAR))!;
    const row = board.forms.flatMap((f) => f.nominations).find((n) => n.id === id)!;
    expect(row.eligibility).toMatchObject({ eligible: true });
    expect(row.eligibility!.notes).toContain(
      `Phạm Thị Hồng công tác tại cơ quan từ ngày 01/09/${YEAR}: chưa đủ 6 tháng trong năm ${YEAR}, không được xét danh hiệu “Lao động tiên tiến” năm ${YEAR} (Thông tư 01/2024/TT-BNV).`,
    );
  });

  it("the chair's send checks it again: a year withdrawn in between stops the send", async () => {
    const w = await world();
    await cstdcs(w, w.hong.id, [2024, 2025, 2026]);
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nomination(w, { personId: w.hong.id }));
    await propose(id);
    await w.db.personRecord.deleteMany({ where: { personId: w.hong.id, year: 2024 } });
    signInAs(w.users.CHAIR);
    const send = ReviewNominationInputSchema.parse({ nominationId: id, version: "2", decision: "send" });
    expect((await expectRefused(reviewNomination(send), "INVALID_INPUT")).message).toContain("còn thiếu năm 2024");
  });

  it("a decided CSTĐCS counts like an imported one; a cancelled decision does not", async () => {
    const w = await world();
    await cstdcs(w, w.hong.id, [2024, 2025]);
    const cstdForm = await w.db.awardForm.create({
      data: {
        cycleId: w.cycleA.id,
        code: "CSTDCS",
        name: "Chiến sĩ thi đua cơ sở",
        target: "INDIVIDUAL",
        authorityKind: "AGENCY_HEAD",
        authorityName: "Thủ trưởng cơ quan",
      },
    });
    const decided = await w.db.decision.create({
      data: {
        cycleId: w.cycleA.id,
        number: "7/QĐ-BTG",
        issuedOn: new Date("2026-12-01T00:00:00Z"),
        signer: "Trưởng ban",
        authorityKind: "AGENCY_HEAD",
        authorityName: "Ban Tuyên giáo",
        items: { create: { agencyId: w.btg.id, personName: "Phạm Thị Hồng", personId: w.hong.id, awardFormId: cstdForm.id, outcome: "APPROVED" } },
      },
    });
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nomination(w, { personId: w.hong.id }));
    await w.db.decision.update({ where: { id: decided.id }, data: { cancelledAt: new Date(), cancelReason: "Ban hành nhầm đối tượng." } });
    expect((await expectRefused(propose(id), "INVALID_INPUT")).message).toContain("còn thiếu năm 2026");
    await w.db.decision.update({ where: { id: decided.id }, data: { cancelledAt: null, cancelReason: null } });
    await propose(id);
  });

  it("a typed name finds the agency's person, or adds one (audited); another agency's person cannot be chosen", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const typed = await saveNomination(nomination(w, { personName: "phạm thị hồng" }));
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id: typed.id } })).toMatchObject({ personId: w.hong.id, personName: "Phạm Thị Hồng" });

    const added = await saveNomination(nomination(w, { personName: "Đỗ Minh Khoa", personPosition: "Phó Trưởng ban" }));
    const khoa = await w.db.nomination.findUniqueOrThrow({ where: { id: added.id }, select: { person: { include: { agencies: true } } } });
    expect(khoa.person).toMatchObject({ name: "Đỗ Minh Khoa", agencies: [{ agencyId: w.btg.id, position: "Phó Trưởng ban" }] });
    expect((await auditRows(w.db, "Person", khoa.person!.id)).map((a) => a.action)).toEqual(["person.create"]);

    const e = await expectRefused(saveNomination(nomination(w, { personId: w.nam.id })), "INVALID_INPUT");
    expect(e.fieldErrors?.personId).toBeDefined();
    expect(await w.db.nomination.count({ where: { personId: w.nam.id } })).toBe(0);
  });

  it("a collective nomination names nobody; a refused save adds nobody", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nomination(w, { awardFormId: w.forms.ttldxs.id, personName: "Ai đó" }));
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ personId: null, personName: null });
    signInAs(w.users.CHAIR);
    await expectRefused(saveNomination(nomination(w, { personName: "Người Mới" })), "FORBIDDEN");
    expect(await w.db.person.count({ where: { name: "Người Mới" } })).toBe(0);
  });

  it("the nominee choices are the people of the agencies one drafts for", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    expect(await findNomineeChoices(w.blocA.id, YEAR)).toEqual([{ id: w.hong.id, label: "Phạm Thị Hồng (1980)", agencyId: w.btg.id }]);
    signInAs(w.users.SECRETARY);
    expect(await findNomineeChoices(w.blocA.id, YEAR)).toEqual([]);
  });
});
