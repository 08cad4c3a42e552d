import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditDiff, readerIgnores } from "@/lib/domain/audit-diff";
import { PledgeDraftInputSchema } from "@/lib/schemas/pledge";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, draftInput, expectRefused, makeDraft, makeSigning, MANAGE_OUTCOMES, setPhase, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const commitmentsOf = (db: Awaited<ReturnType<typeof world>>["db"], pledgeId: string) =>
  db.pledgeCommitment.findMany({ where: { pledgeId }, orderBy: { number: "asc" }, include: { criteria: true } });

describe("savePledgeDraft", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("creating the year's draft: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") await savePledgeDraft(draftInput(w));
    else await expectRefused(savePledgeDraft(draftInput(w)), outcome);
    expect(await w.db.pledge.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it.each(MANAGE_OUTCOMES)("editing the draft: %s → %s", async (who, outcome) => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w);
    signInAs(w.users[who]);
    const edit = savePledgeDraft(draftInput(w, { pledgeId, rowVersion: String(rowVersion), title: "Giao ước đã sửa" }));
    if (outcome === "ok") await edit;
    else await expectRefused(edit, outcome);
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).title).toBe(
      outcome === "ok" ? "Giao ước đã sửa" : `Giao ước thi đua năm ${w.year}`,
    );
  });

  it("creates version 1 as a draft with bases by line, numbered commitments, targets with their comparator and criteria links, audited", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w);
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect(pledge).toMatchObject({
      cycleId: w.cycleA.id,
      version: 1,
      status: "DRAFT",
      rowVersion: 1,
      bases: ["Luật Thi đua, khen thưởng 2022", "Chỉ thị 41-CT/TW"],
    });
    expect(rowVersion).toBe(1);
    const cs = await commitmentsOf(w.db, pledgeId);
    expect(cs.map((c) => [c.number, c.text, c.targetKind, c.targetValue?.toNumber() ?? null, c.targetComparator, c.targetUnit])).toEqual([
      [1, "Tuyên truyền, quán triệt nghị quyết", "TEXT", null, "EXACTLY", null],
      [2, "Cán bộ đạt Lao động tiên tiến", "PERCENT", 90, "AT_LEAST", "cán bộ"],
    ]);
    expect(cs[0]!.criteria.map((l) => l.criterionId)).toEqual([w.criteria[0].id]);
    const [audit] = await auditOf("Pledge", pledgeId);
    expect(audit).toMatchObject({ action: "pledge.create", actorId: w.users.SECRETARY, blocId: w.blocA.id, before: null });
    expect(audit!.after).toMatchObject({
      title: `Giao ước thi đua năm ${w.year}`,
      commitments: [
        expect.objectContaining({ number: 1, criterionIds: [w.criteria[0].id] }),
        expect.objectContaining({ number: 2, targetValue: "90", targetComparator: "AT_LEAST" }),
      ],
    });
  });

  it("reorders, edits and deletes commitments by renumbering 1..n, auditing before and after", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.CHAIR);
    await savePledgeDraft(
      draftInput(w, {
        pledgeId,
        rowVersion: "1",
        commitments: [
          {
            text: "Cán bộ đạt Lao động tiên tiến",
            targetKind: "NUMBER",
            targetValue: "12,5",
            targetUnit: "người",
            criterionIds: [w.criteria[1].id, w.criteria[0].id],
          },
          { text: "Tổ chức hội thao", targetKind: "YES_NO" },
        ],
      }),
    );
    const cs = await commitmentsOf(w.db, pledgeId);
    expect(cs.map((c) => [c.number, c.text, c.targetKind, c.targetValue?.toNumber() ?? null])).toEqual([
      [1, "Cán bộ đạt Lao động tiên tiến", "NUMBER", 12.5],
      [2, "Tổ chức hội thao", "YES_NO", 1],
    ]);
    expect(cs[0]!.criteria.map((l) => l.criterionId).sort()).toEqual([w.criteria[0].id, w.criteria[1].id].sort());
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).rowVersion).toBe(2);
    const update = (await auditOf("Pledge", pledgeId)).find((a) => a.action === "pledge.update-draft")!;
    expect(update.actorId).toBe(w.users.CHAIR);
    expect(update.before).toMatchObject({
      rowVersion: 1,
      commitments: [expect.objectContaining({ text: "Tuyên truyền, quán triệt nghị quyết" }), expect.anything()],
    });
    expect(update.after).toMatchObject({
      rowVersion: 2,
      commitments: [
        expect.objectContaining({ number: 1, text: "Cán bộ đạt Lao động tiên tiến" }),
        expect.objectContaining({ number: 2, text: "Tổ chức hội thao" }),
      ],
    });
  });

  it("saves a change of comparator alone, and the audit log reads it as a change of the commitment", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    const commitments = (comparator: string) => [
      { text: "Tuyên truyền, quán triệt nghị quyết", targetKind: "TEXT" },
      { text: "Cán bộ đạt Lao động tiên tiến", targetKind: "PERCENT", targetValue: "90", targetComparator: comparator, targetUnit: "cán bộ" },
      // A yes/no target takes no comparator, whatever the form sends.
      { text: "Tổ chức hội thao", targetKind: "YES_NO", targetComparator: "AT_LEAST" },
    ];
    signInAs(w.users.SECRETARY);
    await savePledgeDraft(draftInput(w, { pledgeId, rowVersion: "1", commitments: commitments("AT_LEAST") }));
    await savePledgeDraft(draftInput(w, { pledgeId, rowVersion: "2", commitments: commitments("AT_MOST") }));
    expect((await commitmentsOf(w.db, pledgeId)).map((c) => c.targetComparator)).toEqual(["EXACTLY", "AT_MOST", "EXACTLY"]);
    const last = (await auditOf("Pledge", pledgeId)).filter((a) => a.action === "pledge.update-draft").at(-1)!;
    const changes = auditDiff(last.before, last.after, readerIgnores("Pledge"));
    expect(changes.map((c) => c.path)).toEqual(["rowVersion", "commitments"]);
    const second = (v: unknown) => (v as Record<string, unknown>[])[1];
    expect([second(changes[1]!.before), second(changes[1]!.after)]).toEqual([
      expect.objectContaining({ targetValue: "90", targetComparator: "AT_LEAST" }),
      expect.objectContaining({ targetValue: "90", targetComparator: "AT_MOST" }),
    ]);
  });

  it("refuses a stale save (second editor) and keeps the first editor's text", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    await savePledgeDraft(draftInput(w, { pledgeId, rowVersion: "1", title: "Bản của Thư ký" }));
    signInAs(w.users.CHAIR);
    const e = await expectRefused(savePledgeDraft(draftInput(w, { pledgeId, rowVersion: "1", title: "Bản của Trưởng khối", commitments: [] })), "CONFLICT");
    expect(e.message).toContain("vừa được người khác cập nhật (lần lưu thứ 2)");
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect([pledge.title, pledge.rowVersion]).toEqual(["Bản của Thư ký", 2]);
    expect(await w.db.pledgeCommitment.count({ where: { pledgeId } })).toBe(2);
    expect((await auditOf("Pledge", pledgeId)).filter((a) => a.action === "pledge.update-draft")).toHaveLength(1);
  });

  it("refuses a second version 1 when the pledge was created meanwhile", async () => {
    const w = await world();
    await makeDraft(w);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(savePledgeDraft(draftInput(w)), "CONFLICT");
    expect(e.message).toContain("vừa được tạo");
    expect(await w.db.pledge.count()).toBe(1);
  });

  it("refuses text edits while signing, saying why", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(savePledgeDraft(draftInput(w, { pledgeId, rowVersion: String(rowVersion), title: "Sửa khi đang ký" })), "CONFLICT");
    expect(e.message).toContain("đang mở ký kết nên không sửa được nội dung");
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).title).not.toBe("Sửa khi đang ký");
  });

  it("refuses drafting when registration and signing are both closed, with the reason", async () => {
    const w = await world();
    await setPhase(w, "PLEDGE_SIGNING", -9, -2);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(savePledgeDraft(draftInput(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(
      /^Chỉ soạn giao ước khi giai đoạn “Đăng ký thi đua” hoặc “Ký kết giao ước” đang mở\. Giai đoạn “Ký kết giao ước” đã kết thúc ngày \d\d\/\d\d\/\d{4}\. Trưởng khối có thể mở lại/,
    );
    expect(await w.db.pledge.count()).toBe(0);
  });

  it("allows drafting while only registration is open", async () => {
    const w = await world();
    await setPhase(w, "REGISTRATION", -3, 3);
    await setPhase(w, "PLEDGE_SIGNING", 5, 30);
    await makeDraft(w);
    expect(await w.db.pledge.count()).toBe(1);
  });

  it("refuses a link to a criterion outside the year's latest table, naming the commitment, writing nothing", async () => {
    const w = await world();
    const otherTable = await w.db.criteriaTable.create({ data: { cycleId: w.cycleB.id, version: 1, title: "Khác", scale: 100 } });
    const foreign = await w.db.criterion.create({
      data: { tableId: otherTable.id, code: "X", name: "Tiêu chí khối khác", type: "GRADED", order: 1, maxPoints: 10 },
    });
    signInAs(w.users.SECRETARY);
    for (const bad of [foreign.id, w.group.id]) {
      const e = await expectRefused(
        savePledgeDraft(
          draftInput(w, {
            commitments: [
              { text: "A", targetKind: "TEXT" },
              { text: "B", targetKind: "TEXT", criterionIds: [bad] },
            ],
          }),
        ),
        "INVALID_INPUT",
      );
      expect(Object.keys(e.fieldErrors ?? {})).toEqual(["commitments.1.criterionIds"]);
    }
    expect(await w.db.pledge.count()).toBe(0);
    expect(await auditOf("Pledge")).toHaveLength(0);
  });

  it("does not edit another bloc's pledge through this bloc's form", async () => {
    const w = await world();
    const other = await w.db.pledge.create({ data: { cycleId: w.cycleB.id, version: 1, title: "Giao ước khối B" } });
    signInAs(w.users.SECRETARY);
    await expectRefused(savePledgeDraft(draftInput(w, { pledgeId: other.id, rowVersion: "1" })), "NOT_FOUND");
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: other.id } })).title).toBe("Giao ước khối B");
  });

  it("refuses a year without a cycle", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(savePledgeDraft(draftInput(w, { year: String(w.year + 1) })), "INVALID_INPUT");
    expect(e.message).toContain(`chưa lập kế hoạch thi đua năm ${w.year + 1}`);
  });
});

describe("PledgeDraftInputSchema (bad input is refused field by field)", () => {
  const base = { blocId: "b", year: "2026", title: "T", commitments: [] as unknown[] };
  it.each([
    [{ title: "  " }, "title", "Vui lòng nhập tiêu đề."],
    [{ commitments: [{ text: "", targetKind: "TEXT" }] }, "commitments.0.text", "Vui lòng nhập nội dung cam kết."],
    [{ commitments: [{ text: "A", targetKind: "GIA_TRI" }] }, "commitments.0.targetKind", "Vui lòng chọn loại chỉ tiêu."],
    [{ commitments: [{ text: "A", targetKind: "NUMBER", targetValue: "" }] }, "commitments.0.targetValue", "Vui lòng nhập giá trị chỉ tiêu."],
    [
      { commitments: [{ text: "A", targetKind: "NUMBER", targetValue: "mười" }] },
      "commitments.0.targetValue",
      "Giá trị phải là số không âm, tối đa 2 chữ số thập phân.",
    ],
    [
      { commitments: [{ text: "A", targetKind: "NUMBER", targetValue: "-3" }] },
      "commitments.0.targetValue",
      "Giá trị phải là số không âm, tối đa 2 chữ số thập phân.",
    ],
    [{ commitments: [{ text: "A", targetKind: "PERCENT", targetValue: "120" }] }, "commitments.0.targetValue", "Tỷ lệ không được vượt quá 100%."],
    [
      { commitments: [{ text: "A", targetKind: "TEXT", targetValue: "5" }] },
      "commitments.0.targetValue",
      "Cam kết không có chỉ tiêu đo được thì để trống giá trị (hoặc chọn loại chỉ tiêu khác).",
    ],
    [
      { commitments: [{ text: "A", targetKind: "YES_NO", targetValue: "2" }] },
      "commitments.0.targetValue",
      "Chỉ tiêu có/không: để trống hoặc 1 là “Có”, 0 là “Không”.",
    ],
    [{ pledgeId: "p1" }, "rowVersion", "Thiếu phiên bản dữ liệu."],
  ])("%o → %s", (over, path, message) => {
    const r = PledgeDraftInputSchema.safeParse({ ...base, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([path, message]);
  });
});
