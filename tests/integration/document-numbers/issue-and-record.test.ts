import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getReportDocx } from "@/app/api/khoi/[bloc]/[year]/bao-cao-tong-ket/docx/route";
import { GET as getDossierDocx } from "@/app/api/khoi/[bloc]/[year]/ho-so/[document]/docx/route";
import { GET as getMinutesDocx } from "@/app/api/khoi/[bloc]/[year]/hoi-nghi/[meetingId]/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import type { NumberedDocument } from "@/lib/domain/document-numbers";
import { todayInVietnam } from "@/lib/server/clock";
import { issueDocumentNumber } from "@/lib/server/document-numbers/issue-document-number";
import { recordDocumentNumber } from "@/lib/server/document-numbers/record-document-number";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "../reports/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const THIS_YEAR = Number(todayInVietnam().slice(0, 4));
const params = <E extends Record<string, string>>(w: World, extra: E = {} as E) => ({
  params: Promise.resolve({ bloc: w.bloc.code, year: String(YEAR), ...extra }),
});
const paragraphs = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await readDocx(await res.arrayBuffer())).paragraphs;
};
const conference = (w: World) => w.db.meeting.findFirstOrThrow({ where: { cycleId: w.cycle.id, kind: "YEAR_END_CONFERENCE" }, select: { id: true } });
const subjectOf = async (w: World, document: NumberedDocument) => (document === "CONFERENCE_MINUTES" ? (await conference(w)).id : w.cycle.id);

describe("issuing a number (Cấp số)", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("gives the bloc's next number of this year in its layout, audited, and prints it on the .docx", async () => {
    signInAs(w.users.SECRETARY);
    const report = await issueDocumentNumber({ document: "YEAR_END_REPORT", subjectId: w.cycle.id, note: null });
    const minutes = await issueDocumentNumber({ document: "CONFERENCE_MINUTES", subjectId: (await conference(w)).id, note: "Hội nghị tổng kết" });
    // The seeded Kon Tum bloc is a Party bloc: "Số 1-BC/KTĐ" (Hướng dẫn 36-HD/VPTW).
    expect([report.symbol, minutes.symbol]).toEqual(["1-BC/KTĐ", "2-BB/KTĐ"]);
    expect(report.issuedOn).toBe(todayInVietnam());
    const row = await w.db.documentNumber.findUniqueOrThrow({ where: { id: report.id } });
    expect(row).toMatchObject({
      year: THIS_YEAR,
      sequence: 1,
      kind: "BC",
      issuerCode: "KTĐ",
      source: "ISSUED",
      issuedById: w.users.SECRETARY,
      blocId: w.bloc.id,
    });

    const audit = await auditRows(w.db, "DocumentNumber", report.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "document-number.issue", actorId: w.users.SECRETARY, blocId: w.bloc.id });
    expect(audit[0]!.after).toMatchObject({ symbol: "1-BC/KTĐ", sequence: 1, year: THIS_YEAR });

    const reportText = await paragraphs(await getReportDocx(new Request("http://test.local/"), params(w)));
    expect(reportText).toContain("Số 1-BC/KTĐ");
    expect(reportText).not.toContain("Số …-BC/…");
    const minutesText = await paragraphs(await getMinutesDocx(new Request("http://test.local/"), params(w, { meetingId: (await conference(w)).id })));
    expect(minutesText).toContain("Số 2-BB/KTĐ");
  });

  it("answers the same number when asked again, writing nothing", async () => {
    signInAs(w.users.CHAIR);
    const first = await issueDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, note: null });
    const again = await issueDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, note: "lần hai" });
    expect(again).toEqual({ ...first, existed: true });
    expect(await w.db.documentNumber.count()).toBe(1);
    expect(await auditRows(w.db, "DocumentNumber")).toHaveLength(1);
    const counter = await w.db.documentNumberCounter.findFirstOrThrow();
    expect(counter.last).toBe(1);
    expect(await paragraphs(await getDossierDocx(new Request("http://test.local/"), params(w, { document: "to-trinh" })))).toContain("Số 1-TTr/KTĐ");
  });

  it("refuses a memo with no nomination sent yet", async () => {
    await w.db.nomination.updateMany({ where: { cycleId: w.cycle.id, status: "SENT" }, data: { status: "PROPOSED" } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(issueDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, note: null }), "INVALID_INPUT");
    expect(e.message).toContain("Chưa có đề nghị nào được gửi");
    expect(await w.db.documentNumber.count()).toBe(0);
  });

  // Who signs each document numbers it: the chair the memo, the secretary and the chair the minutes and the report.
  const outcomes: [NumberedDocument, Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [];
  const byRole: Record<Who, ["ok" | "FORBIDDEN" | "NOT_FOUND", "ok" | "FORBIDDEN" | "NOT_FOUND"]> = {
    ADMIN: ["FORBIDDEN", "FORBIDDEN"],
    COUNCIL: ["FORBIDDEN", "FORBIDDEN"],
    SECRETARY: ["FORBIDDEN", "ok"],
    CHAIR: ["ok", "ok"],
    OBSERVER: ["FORBIDDEN", "FORBIDDEN"],
    AGENCY_LEADER: ["FORBIDDEN", "FORBIDDEN"],
    OTHER_SECRETARY: ["NOT_FOUND", "NOT_FOUND"],
    OTHER_COUNCIL: ["NOT_FOUND", "NOT_FOUND"],
  };
  for (const [who, [memo, others]] of Object.entries(byRole) as [Who, (typeof byRole)[Who]][]) {
    outcomes.push(["DOSSIER_MEMO", who, memo], ["CONFERENCE_MINUTES", who, others], ["YEAR_END_REPORT", who, others]);
  }
  it.each(outcomes)("%s as %s: %s", async (document, who, outcome) => {
    signInAs(w.users[who]);
    const subjectId = await subjectOf(w, document);
    for (const call of [
      () => issueDocumentNumber({ document, subjectId, note: null }),
      () =>
        recordDocumentNumber({
          document,
          subjectId,
          symbol: `9-${document === "DOSSIER_MEMO" ? "TTr" : document === "YEAR_END_REPORT" ? "BC" : "BB"}/VPTU`,
          issuedOn: new Date("2024-01-10T00:00:00Z"),
          note: null,
        }),
    ]) {
      if (outcome === "ok") await call();
      else await expectRefused(call(), outcome);
      if (outcome === "ok") await w.db.documentNumber.deleteMany();
      expect(await w.db.documentNumber.count()).toBe(0);
    }
    expect(await auditRows(w.db, "DocumentNumber")).toHaveLength(outcome === "ok" ? 2 : 0);
  });
});

describe("numbers given at the same time", () => {
  it("never give a number twice nor skip one, and one document keeps one number", async () => {
    const w = await world();
    // Twelve more meetings of the year: thirteen minutes to number, the conference's asked twice.
    const meetings = [(await conference(w)).id];
    for (let i = 0; i < 12; i++) {
      const m = await w.db.meeting.create({
        data: { cycleId: w.cycle.id, kind: "MID_YEAR_REVIEW", heldOn: new Date(`2023-07-${10 + i}T00:00:00Z`), place: "Hội trường", chairName: "Chủ trì" },
      });
      meetings.push(m.id);
    }
    signInAs(w.users.SECRETARY);
    const asks = [...meetings, meetings[0]!, meetings[0]!];
    const results = await Promise.all(asks.map((subjectId) => issueDocumentNumber({ document: "CONFERENCE_MINUTES", subjectId, note: null })));

    const rows = await w.db.documentNumber.findMany({ orderBy: { sequence: "asc" } });
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.symbol)).size).toBe(13);
    expect(new Set(rows.map((r) => r.subjectId)).size).toBe(13);
    const conferenceNumbers = results.filter((_, i) => asks[i] === meetings[0]).map((r) => r.symbol);
    expect(new Set(conferenceNumbers).size).toBe(1);
    expect((await w.db.documentNumberCounter.findFirstOrThrow()).last).toBe(13);
    expect(await auditRows(w.db, "DocumentNumber")).toHaveLength(13);
  }, 60_000);
});
