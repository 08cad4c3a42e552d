import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, footprint, input, schedule, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Saving BTG's registration of bloc A: its own leader and officer may; the
// bloc's reviewers and council staff see it but may not edit it; everyone
// else (observer, another agency of the bloc, bloc B) is told it does not exist.
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "ok"],
  ["SECRETARY", "FORBIDDEN"],
  ["CHAIR", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "NOT_FOUND"],
  ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
  ["OTHER_AGENCY_OFFICER", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("saveRegistration", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") await saveRegistration(input(w));
    else await expectRefused(saveRegistration(input(w)), outcome);
    expect(await w.db.registration.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("refuses a signed-out caller", async () => {
    const w = await world();
    await expectRefused(saveRegistration(input(w)), "UNAUTHENTICATED");
  });

  it("is not found for an agency that is not a member of the bloc that year", async () => {
    const w = await world();
    await w.db.membership.deleteMany({ where: { agencyId: w.btg.id } });
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(saveRegistration(input(w)), "NOT_FOUND");
  });

  it("creates a draft with its titles and numbered targets (with their comparators), and audits who, before and after", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id, version } = await saveRegistration(input(w, { titleIds: [w.titles.ttldxs.id, w.titles.flag.id], note: "Theo Kế hoạch số 12-KH" }));
    expect(version).toBe(1);
    const saved = await w.db.registration.findUniqueOrThrow({ where: { id }, include: { titles: true, targets: { orderBy: { order: "asc" } } } });
    expect(saved).toMatchObject({ cycleId: w.cycleA.id, agencyId: w.btg.id, status: "DRAFT", version: 1, note: "Theo Kế hoạch số 12-KH", submittedAt: null });
    expect(saved.titles.map((t) => t.awardFormId).sort()).toEqual([w.titles.ttldxs.id, w.titles.flag.id].sort());
    expect(saved.targets.map((t) => [t.order, t.text, t.kind, t.value?.toNumber() ?? null, t.comparator])).toEqual([
      [1, "≥ 90% cán bộ đạt Lao động tiên tiến", "PERCENT", 90, "AT_LEAST"],
      [2, "Hoàn thành 100% nhiệm vụ trọng tâm năm", "TEXT", null, "EXACTLY"],
    ]);
    const [audit] = await auditOf(id);
    expect(audit).toMatchObject({ action: "registration.create", actorId: w.users.AGENCY_OFFICER, blocId: w.blocA.id, before: null });
    expect(audit!.after).toMatchObject({
      agencyId: w.btg.id,
      status: "DRAFT",
      version: 1,
      titles: [
        { code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh" },
        { code: "TTLDXS", name: "Tập thể lao động xuất sắc" },
      ],
      targets: [
        { order: 1, kind: "PERCENT", value: 90, comparator: "AT_LEAST" },
        { order: 2, kind: "TEXT", value: null, comparator: "EXACTLY" },
      ],
    });
  });

  it("saves a change of comparator alone, with the old one in the audit's before", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    const targets = [{ text: "Không quá 2 hồ sơ giải quyết trễ hạn", kind: "NUMBER", value: "2" }];
    await saveRegistration(input(w, { version: 1, targets: [{ ...targets[0], comparator: "AT_LEAST" }] }));
    await saveRegistration(input(w, { version: 2, targets: [{ ...targets[0], comparator: "AT_MOST" }] }));
    const stored = await w.db.registrationTarget.findMany({ where: { registrationId: id } });
    expect(stored.map((t) => [t.kind, t.value?.toNumber(), t.comparator])).toEqual([["NUMBER", 2, "AT_MOST"]]);
    const last = (await auditOf(id)).at(-1)!;
    expect([last.before, last.after]).toMatchObject([
      { targets: [{ kind: "NUMBER", value: 2, comparator: "AT_LEAST" }] },
      { targets: [{ kind: "NUMBER", value: 2, comparator: "AT_MOST" }] },
    ]);
  });

  it("replaces titles and targets whole on the next save, keeping the old ones in the audit's before", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    signInAs(w.users.AGENCY_LEADER);
    const second = await saveRegistration(
      input(w, { version: 1, titleIds: [w.titles.flag.id], targets: [{ text: "Không có cán bộ vi phạm kỷ luật", kind: "YES_NO", value: "1" }] }),
    );
    expect(second).toEqual({ id, version: 2 });
    expect(await w.db.registrationTitle.findMany({ where: { registrationId: id } })).toEqual([{ registrationId: id, awardFormId: w.titles.flag.id }]);
    const targets = await w.db.registrationTarget.findMany({ where: { registrationId: id } });
    expect(targets.map((t) => [t.order, t.text, t.kind, t.value?.toNumber()])).toEqual([[1, "Không có cán bộ vi phạm kỷ luật", "YES_NO", 1]]);
    const audits = await auditOf(id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["registration.create", w.users.AGENCY_OFFICER],
      ["registration.update", w.users.AGENCY_LEADER],
    ]);
    expect(audits[1]!.before).toMatchObject({ version: 1, titles: [{ code: "TTLDXS" }], targets: [{ order: 1 }, { order: 2 }] });
    expect(audits[1]!.after).toMatchObject({ version: 2, titles: [{ code: "CO_TINH" }], targets: [{ order: 1, kind: "YES_NO", value: 1 }] });
  });

  it("refuses outside the registration phase, with the reason, and writes nothing", async () => {
    const w = await world();
    await schedule(w.cycleA.id, "SIGNING_OPEN");
    signInAs(w.users.AGENCY_OFFICER);
    const before = await footprint();
    const e = await expectRefused(saveRegistration(input(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(/^Giai đoạn “Đăng ký thi đua” đã kết thúc ngày \d{2}\/\d{2}\/\d{4}\. Trưởng khối có thể mở lại giai đoạn/);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["an individual title", "individual"],
    ["another bloc's title", "otherCycle"],
  ] as const)("refuses %s on the titles field and leaves the saved registration untouched", async (_name, title) => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveRegistration(input(w));
    const before = await footprint();
    const e = await expectRefused(saveRegistration(input(w, { version: 1, titleIds: [w.titles.flag.id, w.titles[title].id], targets: [] })), "INVALID_INPUT");
    expect(e.fieldErrors?.titleIds?.[0]).toMatch(/danh hiệu tập thể trong danh mục khen thưởng năm 2026/);
    expect(await footprint()).toEqual(before);
  });

  it("refuses a second save made from the same version, naming who saved first, and keeps the first save", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    signInAs(w.users.AGENCY_LEADER);
    await saveRegistration(input(w, { version: 1, titleIds: [w.titles.flag.id] }));
    signInAs(w.users.AGENCY_OFFICER);
    const before = await footprint();
    const e = await expectRefused(saveRegistration(input(w, { version: 1, titleIds: [] })), "CONFLICT");
    expect(e.message).toMatch(
      /^Bản đăng ký đã được Đặng Thị Thanh Hà cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — dữ liệu hiện tại được hiển thị bên dưới\.$/,
    );
    expect(await footprint()).toEqual(before);
    expect(await w.db.registrationTitle.findMany({ where: { registrationId: id } })).toEqual([{ registrationId: id, awardFormId: w.titles.flag.id }]);
  });

  it("refuses a first save when someone created the registration meanwhile", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await saveRegistration(input(w));
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveRegistration(input(w, { version: 0 })), "CONFLICT");
    expect(e.message).toMatch(/Đặng Thị Thanh Hà/);
    expect(await w.db.registration.count()).toBe(1);
  });

  it("refuses editing a submitted registration", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const { id } = await saveRegistration(input(w));
    await w.db.registration.update({ where: { id }, data: { status: "SUBMITTED" } });
    const e = await expectRefused(saveRegistration(input(w, { version: 1 })), "CONFLICT");
    expect(e.message).toMatch(/đã gửi/);
  });

  it("keeps a returned registration RETURNED, with its reason, when it is edited", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    await w.db.registration.update({ where: { id }, data: { status: "RETURNED", returnReason: "Thiếu chỉ tiêu về công tác cán bộ." } });
    await saveRegistration(input(w, { version: 1, titleIds: [w.titles.flag.id] }));
    expect(await w.db.registration.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RETURNED",
      returnReason: "Thiếu chỉ tiêu về công tác cán bộ.",
      version: 2,
    });
  });
});
