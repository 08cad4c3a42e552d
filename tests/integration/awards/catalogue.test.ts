import { beforeEach, describe, expect, it, vi } from "vitest";
import { AwardFormInputSchema } from "@/lib/schemas/awards";
import { copyAwardFormsFromLastYear } from "@/lib/server/awards/copy-award-forms-from-last-year";
import { deleteAwardForm } from "@/lib/server/awards/delete-award-form";
import { saveAwardForm } from "@/lib/server/awards/save-award-form";
import { makeCycle } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, nominationIn, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const formInput = (w: World, over: Record<string, unknown> = {}) => AwardFormInputSchema.parse(formFields(w.cycleA.id, over));
const formFields = (cycleId: string, over: Record<string, unknown> = {}) => ({
  cycleId,
  code: "bk_ct",
  name: "Bằng khen của Chủ tịch UBND tỉnh",
  target: "COLLECTIVE",
  authorityKind: "PROVINCE_CHAIR",
  authorityName: "Chủ tịch UBND tỉnh",
  quotaKind: "PERCENT_OF_MEMBERS",
  quotaValue: "20",
  quotaRounding: "HALF_UP",
  minBand: "TOT",
  requiresRegistration: "on",
  requiresPledge: "on",
  prerequisiteCodes: "ttldxs, CO_TINH",
  order: "4",
  ...over,
});

const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("the award catalogue", () => {
  beforeEach(() => signInAs(null));

  it("a window of recent years needs prerequisites, and is 1 to 30 years", async () => {
    const w = await world();
    const errorsOf = (over: Record<string, string>) => {
      const r = AwardFormInputSchema.safeParse(formFields(w.cycleA.id, over));
      return r.success ? null : r.error.issues.map((i) => i.message);
    };
    expect(errorsOf({ prerequisiteCodes: "", prerequisiteWithinYears: "3" })).toEqual(["Nhập danh hiệu tiền đề trước khi giới hạn số năm."]);
    expect(errorsOf({ prerequisiteWithinYears: "0" })).not.toBeNull();
    expect(errorsOf({ prerequisiteWithinYears: "31" })).not.toBeNull();
    expect(formInput(w, { prerequisiteWithinYears: "5" }).prerequisiteWithinYears).toBe(5);
    expect(formInput(w, { prerequisiteWithinYears: "" }).prerequisiteWithinYears).toBeNull();
  });

  it("parses the form: codes upper-cased, checkboxes, prerequisites split; a limited quota needs a value", () => {
    const w = { cycleA: { id: "c1" } } as World;
    expect(formInput(w)).toMatchObject({
      code: "BK_CT",
      requiresRegistration: true,
      requiresNoDiscipline: false,
      prerequisiteCodes: ["TTLDXS", "CO_TINH"],
      quotaValue: "20",
      order: 4,
    });
    const r = AwardFormInputSchema.safeParse({ ...formInput(w), quotaValue: "", prerequisiteCodes: "", isFlag: undefined });
    expect(r.success).toBe(false);
    expect(AwardFormInputSchema.safeParse({ ...formInput(w), quotaValue: "120", prerequisiteCodes: "" }).success).toBe(false);
  });

  it.each(OUTCOMES)("create: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      const { id } = await saveAwardForm(formInput(w));
      const f = await w.db.awardForm.findUniqueOrThrow({ where: { id } });
      expect(f).toMatchObject({ code: "BK_CT", quotaKind: "PERCENT_OF_MEMBERS", quotaRounding: "HALF_UP", minBand: "TOT", requiresNoDiscipline: false });
      expect(f.quotaValue?.toString()).toBe("20");
      const [a] = await auditOf("AwardForm", id);
      expect(a).toMatchObject({ action: "award-form.create", actorId: w.users[who] });
    } else {
      await expectRefused(saveAwardForm(formInput(w)), outcome);
      expect(await w.db.awardForm.count({ where: { code: "BK_CT" } })).toBe(0);
    }
  });

  it("refuses a duplicate code and an unknown band", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const dup = await expectRefused(saveAwardForm(formInput(w, { code: "TTLDXS", prerequisiteCodes: "" })), "INVALID_INPUT");
    expect(dup.fieldErrors?.code).toBeDefined();
    const band = await expectRefused(saveAwardForm(formInput(w, { minBand: "KHONG_CO" })), "INVALID_INPUT");
    expect(band.fieldErrors?.minBand).toBeDefined();
  });

  it("edits with before/after; refused once a nomination of the form is SENT", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await saveAwardForm(
      formInput(w, { awardFormId: w.forms.ttldxs.id, code: "TTLDXS", name: "Tập thể LĐXS", quotaKind: "COUNT", quotaValue: "2", prerequisiteCodes: "" }),
    );
    const f = await w.db.awardForm.findUniqueOrThrow({ where: { id: w.forms.ttldxs.id } });
    expect(f).toMatchObject({ name: "Tập thể LĐXS", quotaKind: "COUNT" });
    const [a] = await auditOf("AwardForm", f.id);
    expect(a).toMatchObject({ action: "award-form.update", before: { name: "Tập thể lao động xuất sắc" }, after: { name: "Tập thể LĐXS" } });
    await nominationIn(w, "SENT");
    const e = await expectRefused(saveAwardForm(formInput(w, { awardFormId: w.forms.ttldxs.id, code: "TTLDXS", prerequisiteCodes: "" })), "CONFLICT");
    expect(e.message).toContain("đã có đề nghị được gửi");
  });

  it("an edit of another bloc's form through this cycle is NOT_FOUND", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await expectRefused(saveAwardForm(formInput(w, { awardFormId: w.forms.otherBloc.id, prerequisiteCodes: "" })), "NOT_FOUND");
  });

  it.each(OUTCOMES)("delete: %s → %s (only without nominations or registrations)", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const { id } = await saveAwardForm(formInput(w, { prerequisiteCodes: "" }));
    signInAs(w.users[who]);
    if (outcome === "ok") {
      await deleteAwardForm({ awardFormId: id });
      expect(await w.db.awardForm.findUnique({ where: { id } })).toBeNull();
      expect((await auditOf("AwardForm", id)).map((a) => a.action)).toEqual(["award-form.create", "award-form.delete"]);
    } else {
      await expectRefused(deleteAwardForm({ awardFormId: id }), outcome);
      expect(await w.db.awardForm.findUnique({ where: { id } })).not.toBeNull();
    }
  });

  it("delete is refused while nominations or registrations use the form", async () => {
    const w = await world();
    await nominationIn(w, "DRAFT", { awardFormId: w.forms.cstd.id });
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(deleteAwardForm({ awardFormId: w.forms.cstd.id }), "CONFLICT");
    expect(e.message).toContain("đề nghị khen thưởng");
    expect(e.message).toContain("bản đăng ký");
  });

  it.each(OUTCOMES)("copy from last year: %s → %s", async (who, outcome) => {
    const w = await world();
    const next = await makeCycle(w.db, { blocId: w.blocA.id, year: 2027 });
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await copyAwardFormsFromLastYear({ cycleId: next.id })).toEqual({ count: 3 });
      const copied = await w.db.awardForm.findMany({ where: { cycleId: next.id }, orderBy: { order: "asc" } });
      expect(copied.map((f) => f.code)).toEqual(["CO_TINH", "TTLDXS", "CSTD"]);
      expect(copied[0]).toMatchObject({ isFlag: true, minBand: "XUAT_SAC", prerequisiteCodes: ["TTLDXS"] });
      await expectRefused(copyAwardFormsFromLastYear({ cycleId: next.id }), "CONFLICT");
      expect((await auditOf("Cycle", next.id)).map((a) => a.action)).toEqual(["award-form.copy"]);
    } else {
      await expectRefused(copyAwardFormsFromLastYear({ cycleId: next.id }), outcome);
      expect(await w.db.awardForm.count({ where: { cycleId: next.id } })).toBe(0);
    }
  });

  it("copy with nothing last year is refused", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await expectRefused(copyAwardFormsFromLastYear({ cycleId: w.cycleB.id }), "NOT_FOUND");
    const lone = await makeCycle(w.db, { blocId: w.blocA.id, year: 2030 });
    const e = await expectRefused(copyAwardFormsFromLastYear({ cycleId: lone.id }), "INVALID_INPUT");
    expect(e.message).toContain("2029");
  });
});
