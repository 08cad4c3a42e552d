import { keyTasksVersion } from "@/lib/server/cycles/key-tasks-version";
import { dayFromToday } from "../setup/bloc-world";
import type { ActionCase, Expect, Fields, PageOutcome, Params, RouteOutcome } from "./harness";
import { PDF, PERSONAS, YEAR, type Secret, type Who, type World } from "./world";

/**
 * The authorization matrix: every page, route handler and server action of app/, with who may
 * use it on bloc A's objects. The inventory test fails when app/ has a page, route or action
 * with no entry here, or an entry for one that no longer exists. A persona not named is refused.
 * Roles and capabilities: docs/decisions/0003-role-model.md, lib/domain/permissions.ts.
 */

// ── Who ──
const ALL: readonly Who[] = PERSONAS;
const SIGNED_IN = PERSONAS.filter((p) => p !== "anon");
/** Everyone who reaches bloc A: its roles, its members' agency roles, council staff of its province, ADMIN. */
const BLOC_A: readonly Who[] = ["admin", "council", "secretary", "chair", "observer", "leader", "officer", "otherLeader"];
/** "bloc:manage" / "calendar:manage": the bloc's secretary and chair, council staff of its province. */
const SETUP: readonly Who[] = ["admin", "council", "secretary", "chair"];
/** "*:read-all": the same four read every agency's registration, progress, sheets, nominations. */
const READ_ALL = SETUP;
/** "cycle:manage", "pledge:manage", "meeting:manage", "registration:review". */
const MANAGERS: readonly Who[] = ["secretary", "chair"];
/** Council work in a province (accounts, agencies, decisions): ADMIN and council staff of province A. */
const COUNCIL_A: readonly Who[] = ["admin", "council"];
/** Council work anywhere: the lists show each one's own scope. */
const COUNCIL_ANY: readonly Who[] = ["admin", "council", "councilB"];
/** BTG's leader and officer ("…:own" on BTG). */
const OWN: readonly Who[] = ["leader", "officer"];
/** Who reads BTG's own records: BTG and the readers of every agency's. */
const BTG_READERS: readonly Who[] = [...READ_ALL, ...OWN];

const iso = (days: number) => dayFromToday(days).toISOString().slice(0, 10);

// ── Pages ──

export interface PageEntry {
  /** Values of the route's own segments beyond the defaults (segmentValue). */
  params?: (w: World) => Params;
  searchParams?: Params;
  expect: Expect<PageOutcome>;
  /** Who may be handed each of BTG's secrets (world.ts SECRETS); nobody when not named. */
  sees?: Partial<Record<Secret, readonly Who[]>>;
}

/** The value of a dynamic segment, for pages and routes: bloc A's objects of the world's year. */
export function segmentValue(w: World, name: string): string | string[] | undefined {
  const values: Record<string, string | string[]> = {
    bloc: w.blocA.code,
    year: String(YEAR),
    agencyCode: w.btg.code,
    agency: w.btg.code,
    version: "1",
    voteId: w.votes.closed,
    meetingId: w.meeting.id,
    document: "to-trinh",
    decisionId: w.decision.id,
    token: w.resetToken,
    province: w.provinceA.code,
    activityId: w.activity.id,
  };
  return values[name];
}

const blocPage = (expect: Expect<PageOutcome> = { ok: BLOC_A }): PageEntry => ({ expect });
const K = "app/(app)/khoi/[bloc]/[year]";

export const PAGES: Record<string, PageEntry> = {
  // Signed-in area: the landing page sends council staff to the blocs, others to their bloc.
  "app/(app)/page.tsx": { expect: { redirect: SIGNED_IN } },
  "app/(app)/tai-khoan/page.tsx": { expect: { ok: SIGNED_IN } },
  // One's own inbox: every signed-in user, their own notifications only.
  "app/(app)/thong-bao/page.tsx": { expect: { ok: SIGNED_IN } },
  "app/(app)/khoi/page.tsx": { expect: { ok: SIGNED_IN } },
  "app/(app)/khoi/moi/page.tsx": { expect: { ok: COUNCIL_ANY } },
  "app/(app)/khoi/[bloc]/page.tsx": blocPage(),

  // A bloc's year: readable by everyone who reaches the bloc; the pages narrow what they show.
  [`${K}/page.tsx`]: blocPage(),
  [`${K}/nhat-ky/page.tsx`]: blocPage({ ok: ["admin", "council", "chair"] }),
  [`${K}/thiet-lap/page.tsx`]: blocPage(),
  [`${K}/thiet-lap/khoi/page.tsx`]: blocPage(),
  [`${K}/thiet-lap/thanh-vien/page.tsx`]: blocPage(),
  [`${K}/thiet-lap/truong-khoi/page.tsx`]: blocPage(),
  [`${K}/thiet-lap/lich/page.tsx`]: blocPage(),
  [`${K}/thiet-lap/chuong-trinh/page.tsx`]: blocPage(),
  [`${K}/dang-ky/page.tsx`]: blocPage(),
  // An agency user sees its own registration in the list; the readers open each one.
  [`${K}/dang-ky/dang-ky-thi-dua/page.tsx`]: { expect: { ok: BLOC_A }, sees: { registration: OWN } },
  [`${K}/dang-ky/dang-ky-thi-dua/[agencyCode]/page.tsx`]: { expect: { ok: BTG_READERS }, sees: { registration: BTG_READERS } },
  [`${K}/dang-ky/giao-uoc/page.tsx`]: blocPage(),
  [`${K}/dang-ky/giao-uoc/[version]/page.tsx`]: blocPage(),
  [`${K}/dang-ky/giao-uoc/[version]/in/page.tsx`]: blocPage(),
  [`${K}/dang-ky/so-ket/page.tsx`]: { expect: { ok: BLOC_A }, sees: { progress: BTG_READERS } },
  [`${K}/cham-diem/page.tsx`]: blocPage(),
  [`${K}/cham-diem/tieu-chi/page.tsx`]: blocPage(),
  [`${K}/cham-diem/quy-tac/page.tsx`]: blocPage(),
  // Self-scoring: an agency its own sheet; the readers every sheet (read-only).
  [`${K}/cham-diem/tu-cham/page.tsx`]: { expect: { ok: BLOC_A }, sees: { selfScore: OWN } },
  [`${K}/cham-diem/tu-cham/[agencyCode]/page.tsx`]: { expect: { ok: BTG_READERS }, sees: { selfScore: BTG_READERS } },
  // The queue: the chair's team and readers; the deputy's leader the head's sheet (a leader
  // may verify the head's agency, so the page answers every leader, with what they verify).
  [`${K}/cham-diem/tham-dinh/page.tsx`]: { expect: { ok: [...READ_ALL, "leader", "otherLeader"], notice: ["observer", "officer"] } },
  // BTG's sheet for its verifier (the chair) and, read-only, the readers; BTG itself reads it on tu-cham.
  [`${K}/cham-diem/tham-dinh/[agencyCode]/page.tsx`]: { expect: { ok: READ_ALL }, sees: { selfScore: READ_ALL } },
  [`${K}/cham-diem/cham-cheo/page.tsx`]: blocPage(),
  // Another member's cross-scoring form for BTG: the scorer's agency only (BTG may not score
  // itself). Bloc A's year is scored by verification: nobody may see BTG's self-scoring here.
  [`${K}/cham-diem/cham-cheo/[agencyCode]/page.tsx`]: { expect: { ok: ["otherLeader"], notice: OWN } },
  [`${K}/cham-diem/khieu-nai/page.tsx`]: blocPage(),
  [`${K}/cham-diem/ket-qua/page.tsx`]: blocPage(),
  [`${K}/cham-diem/cong-bo/page.tsx`]: blocPage(),
  [`${K}/cham-diem/cong-bo/[version]/page.tsx`]: blocPage(),
  [`${K}/tong-ket/page.tsx`]: blocPage(),
  [`${K}/tong-ket/hoi-nghi/page.tsx`]: blocPage(),
  [`${K}/tong-ket/hoi-nghi/bien-ban/page.tsx`]: blocPage(),
  [`${K}/tong-ket/bo-phieu/page.tsx`]: blocPage(),
  [`${K}/tong-ket/bo-phieu/[voteId]/page.tsx`]: blocPage(),
  // The year-end report: the readers of every agency's records, as the dossier; others are told so.
  [`${K}/tong-ket/bao-cao/page.tsx`]: { expect: { ok: READ_ALL, notice: ["observer", ...OWN, "otherLeader"] } },
  [`${K}/khen-thuong/page.tsx`]: blocPage(),
  // The register of numbers: every reader of the bloc (docs/decisions/0044-document-numbers.md).
  [`${K}/so-van-ban/page.tsx`]: blocPage(),
  [`${K}/khen-thuong/danh-muc/page.tsx`]: blocPage(),
  // Drafts: the agency and those who read every nomination.
  [`${K}/khen-thuong/de-nghi/page.tsx`]: { expect: { ok: BLOC_A }, sees: { draftNomination: BTG_READERS } },
  [`${K}/khen-thuong/du-dieu-kien/page.tsx`]: blocPage(),
  // The dossier: readers of every nomination; others are told it is not for them.
  [`${K}/khen-thuong/ho-so/page.tsx`]: { expect: { ok: READ_ALL, notice: ["observer", ...OWN, "otherLeader"] } },
  [`${K}/khen-thuong/quyet-dinh/page.tsx`]: blocPage(),
  // An agency's award history: its own users and the readers; others of the bloc are told no.
  [`${K}/khen-thuong/quyet-dinh/lich-su/[agency]/page.tsx`]: { expect: { ok: BTG_READERS, notice: ["observer", "otherLeader"] } },
  // People and their history (docs/decisions/0036): the index narrows to whom one reads; BTG's
  // people for BTG and the readers of every agency, others of the bloc told no.
  [`${K}/khen-thuong/ca-nhan/page.tsx`]: blocPage(),
  // The bloc's activities and contests (docs/decisions/0038): every reader of the bloc.
  [`${K}/hoat-dong/page.tsx`]: blocPage(),
  [`${K}/khen-thuong/ca-nhan/[agency]/page.tsx`]: { expect: { ok: BTG_READERS, notice: ["observer", "otherLeader"] } },
  // The role-model register (docs/decisions/0039): the bloc's roles, its members and council staff; observers are told no.
  [`${K}/khen-thuong/dien-hinh/page.tsx`]: { expect: { ok: [...READ_ALL, ...OWN, "otherLeader"], notice: ["observer"] } },

  // Administration: the lists show the caller's own scope; one record only within it.
  "app/(app)/quan-tri/page.tsx": { expect: { redirect: ALL } },
  "app/(app)/quan-tri/tai-khoan/page.tsx": { expect: { ok: COUNCIL_ANY } },
  "app/(app)/quan-tri/tai-khoan/moi/page.tsx": { expect: { ok: COUNCIL_ANY } },
  "app/(app)/quan-tri/tai-khoan/nhap-tu-tep/page.tsx": { expect: { ok: COUNCIL_ANY } },
  "app/(app)/quan-tri/tai-khoan/[id]/page.tsx": { params: (w) => ({ id: w.account.id }), expect: { ok: COUNCIL_A } },
  "app/(app)/quan-tri/co-quan/page.tsx": { expect: { ok: COUNCIL_ANY } },
  "app/(app)/quan-tri/co-quan/[id]/page.tsx": { params: (w) => ({ id: w.btg.id }), expect: { ok: COUNCIL_A } },
  "app/(app)/quan-tri/tinh-thanh/page.tsx": { expect: { ok: ["admin"] } },
  // The council's overview: each council member their own council by default; nobody else.
  "app/(app)/tong-quan/page.tsx": { expect: { ok: COUNCIL_ANY } },
  // The summary across blocs: each council member's own province by default.
  "app/(app)/quan-tri/bao-cao/page.tsx": { expect: { ok: COUNCIL_ANY } },
  // Files past their retention period: council staff, each their own scope (docs/decisions/0045).
  "app/(app)/quan-tri/luu-tru/page.tsx": { expect: { ok: COUNCIL_ANY } },

  // Signing in and passwords: public, or for the signed-in user alone.
  "app/(auth)/login/page.tsx": { expect: { ok: ["anon"], redirect: SIGNED_IN } },
  "app/(auth)/doi-mat-khau/page.tsx": { expect: { redirect: SIGNED_IN } },
  "app/(auth)/dat-lai-mat-khau/[token]/page.tsx": { expect: { ok: ALL } },
  "app/(auth)/dat-lai-mat-khau/thanh-cong/page.tsx": { expect: { ok: ALL } },

  // Results made public: no sign-in, and nothing that was not made public — this world's
  // published version is not, so it is "not found" for everyone, the chair included.
  "app/(public)/cong-khai/[bloc]/[year]/page.tsx": { expect: {} },
  "app/(public)/cong-khai/tinh/[province]/page.tsx": { expect: { ok: ALL } },
};

// ── Route handlers (downloads and the sign-in API) ──

export interface RouteCase {
  name?: string;
  params?: (w: World) => Params;
  /** The query string, when the handler reads one; a function for one that names the world's rows. */
  query?: string | ((w: World) => string);
  /** The headers and body of each call, for a POST. */
  init?: (w: World) => { headers?: Record<string, string>; body?: BodyInit };
  expect: Expect<RouteOutcome>;
}
export type RouteEntry = RouteCase | { cases: RouteCase[] };

const A = "app/api/khoi/[bloc]/[year]";

export const ROUTES: Record<string, RouteEntry> = {
  "app/api/auth/[...nextauth]/route.ts GET": { params: () => ({ nextauth: ["providers"] }), expect: { ok: ALL } },
  // A POST without NextAuth's CSRF token is sent to the confirmation page, whoever sends it.
  "app/api/auth/[...nextauth]/route.ts POST": { params: () => ({ nextauth: ["signout"] }), expect: { redirect: ALL } },
  // Health checks for the load balancer: public, and tell nothing about any bloc.
  "app/api/health/live/route.ts GET": { expect: { ok: ALL } },
  "app/api/health/ready/route.ts GET": { expect: { ok: ALL } },
  "app/api/files/[id]/route.ts GET": {
    cases: [
      // Evidence of BTG's score: BTG, readers of every sheet, and BTG's verifier (the chair).
      { name: "evidence of a score", params: (w) => ({ id: w.files.entry.id }), expect: { ok: [...READ_ALL, ...OWN] } },
      { name: "evidence of progress", params: (w) => ({ id: w.files.progress.id }), expect: { ok: [...READ_ALL, ...OWN] } },
      { name: "evidence of an objection", params: (w) => ({ id: w.files.objection.id }), expect: { ok: [...READ_ALL, ...OWN] } },
      // An activity's plan, notice or photos: every reader of the bloc, as the activities page (docs/decisions/0040).
      { name: "a file of an activity", params: (w) => ({ id: w.activityFile.id }), expect: { ok: BLOC_A } },
    ],
  },
  [`${A}/bo-phieu/[voteId]/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  [`${A}/cong-bo/[version]/xlsx/route.ts GET`]: { expect: { ok: BLOC_A } },
  // BTG's own documents to sign: whoever sees the page they are read on.
  [`${A}/dang-ky-thi-dua/[agencyCode]/docx/route.ts GET`]: { expect: { ok: BTG_READERS } },
  [`${A}/tu-cham/[agencyCode]/docx/route.ts GET`]: { expect: { ok: BTG_READERS } },
  // Evidence for a row of BTG's sheet: its leader and officer get past every check of who, then
  // are refused because the world's sheet is submitted; everyone else is refused who they are.
  [`${A}/tu-cham/[agencyCode]/minh-chung/route.ts POST`]: {
    query: (w) => `?criterionId=${w.table.ids["I.1"]!.id}&version=1&name=minh-chung.pdf`,
    init: () => ({ headers: { origin: "http://test.local", "content-type": "application/octet-stream" }, body: Buffer.from("%PDF-1.7\n") }),
    expect: { refused: OWN },
  },
  // A recorded decision is a published act: every reader of the bloc, as on the decisions page.
  [`${A}/quyet-dinh/[decisionId]/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  [`${A}/giao-uoc/[version]/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  [`${A}/hoi-nghi/[meetingId]/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  [`${A}/ho-so/[document]/docx/route.ts GET`]: { expect: { ok: READ_ALL } },
  [`${A}/ho-so/zip/route.ts GET`]: { expect: { ok: READ_ALL } },
  // Everyone's rows for the readers of every sheet, its own row for a member agency.
  [`${A}/ket-qua/xlsx/route.ts GET`]: { expect: { ok: [...READ_ALL, ...OWN, "otherLeader"] } },
  [`${A}/so-ket/xlsx/route.ts GET`]: { expect: { ok: READ_ALL } },
  [`${A}/bao-cao-tong-ket/docx/route.ts GET`]: { expect: { ok: READ_ALL } },
  [`${A}/so-van-ban/xlsx/route.ts GET`]: { query: () => `?nam=${YEAR}`, expect: { ok: BLOC_A } },
  [`${A}/tieu-chi/xlsx/route.ts GET`]: { expect: { ok: BLOC_A } },
  // An activity's plan and result notice: every reader of the bloc, as the activities page (docs/decisions/0040).
  [`${A}/hoat-dong/[activityId]/ke-hoach/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  [`${A}/hoat-dong/[activityId]/thong-bao/docx/route.ts GET`]: { expect: { ok: BLOC_A } },
  // The people import's template: whoever may import some member's people (the bloc's managers, each agency its own).
  [`${A}/ca-nhan/mau-xlsx/route.ts GET`]: { expect: { ok: [...MANAGERS, ...OWN, "otherLeader"] } },
  "app/api/quan-tri/tai-khoan/mau-xlsx/route.ts GET": { expect: { ok: COUNCIL_ANY } },
  "app/api/tong-quan/xlsx/route.ts GET": {
    cases: [
      { name: "one's own council", expect: { ok: COUNCIL_ANY } },
      { name: "province A's", query: (w) => `?tinh=${w.provinceA.code}&tre-han=1`, expect: { ok: COUNCIL_A } },
    ],
  },
  // The province summary: one's own province by default; province A's only for its council staff.
  "app/api/quan-tri/bao-cao/xlsx/route.ts GET": {
    cases: [
      { name: "one's own province", expect: { ok: COUNCIL_ANY } },
      { name: "province A", query: (w) => `?tinh=${w.provinceA.code}&nam=${YEAR}`, expect: { ok: COUNCIL_A } },
    ],
  },
  "app/api/quan-tri/bao-cao/docx/route.ts GET": {
    cases: [
      { name: "one's own province", expect: { ok: COUNCIL_ANY } },
      { name: "province A", query: (w) => `?tinh=${w.provinceA.code}&nam=${YEAR}`, expect: { ok: COUNCIL_A } },
    ],
  },
};

// ── Server actions ──

export type ActionEntry = ActionCase | { cases: ActionCase[] };

const PASSWORDS = { newPassword: "Lúa-Vàng-Sông-Hậu-2026", confirmPassword: "Lúa-Vàng-Sông-Hậu-2026" };
const XLSX_FILE = () =>
  new File([Buffer.from("not really a workbook")], "danh-sach.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
const blocYear = (w: World) => ({ blocId: w.blocA.id, year: String(YEAR) });
const T = "app/(app)/khoi/[bloc]/[year]";

export const ACTIONS: Record<string, ActionEntry> = {
  // ── Passwords (the reset link is its own authorization) ──
  "app/(auth)/dat-lai-mat-khau/[token]/actions.ts#resetPasswordAction": { input: (w) => ({ token: w.resetToken, ...PASSWORDS }), allow: ALL },
  "app/(auth)/doi-mat-khau/actions.ts#changeTemporaryPasswordAction": { input: () => ({ currentPassword: "mat-khau-sai", ...PASSWORDS }), allow: SIGNED_IN },
  "app/(app)/tai-khoan/actions.ts#updateProfileAction": {
    input: (w, who) => ({ name: "Nguyễn Văn Mới", title: "Chuyên viên", phone: "", updatedAt: w.tokens.user(who === "anon" ? "" : w.users[who]) }),
    allow: SIGNED_IN,
  },
  "app/(app)/tai-khoan/actions.ts#changePasswordAction": { input: () => ({ currentPassword: "mat-khau-sai", ...PASSWORDS }), allow: SIGNED_IN },
  "app/(app)/tai-khoan/actions.ts#signOutOthersAction": { input: () => ({}), allow: SIGNED_IN },
  "app/(app)/tai-khoan/actions.ts#saveNotificationPreferencesAction": { input: () => ({ emailKinds: ["VOTE_OPENED", "SHEET_RETURNED"] }), allow: SIGNED_IN },

  // ── One's own notifications: each marks theirs; another's is not found ──
  "app/(app)/thong-bao/actions.ts#markReadAction": {
    cases: [
      { name: "their own", input: (w, who) => ({ notificationId: w.notifications[who === "anon" ? "leader" : who]! }), allow: SIGNED_IN },
      { name: "the leader's", input: (w) => ({ notificationId: w.notifications.leader! }), allow: ["leader"] },
    ],
  },
  "app/(app)/thong-bao/actions.ts#markAllReadAction": { input: () => ({}), allow: SIGNED_IN },

  // ── Blocs and years ──
  "app/(app)/khoi/moi/actions.ts#createBlocAction": {
    input: (w) => ({
      code: "KHOI-MOI",
      name: "Khối thi đua mới",
      kind: "KHOI",
      level: "PROVINCE",
      provinceId: w.provinceA.id,
      organiser: "Ban Thi đua - Khen thưởng tỉnh A",
    }),
    allow: COUNCIL_A,
    // Council staff of another province are told so under the province field.
    refusal: ["INVALID_INPUT"],
  },
  "app/(app)/khoi/[bloc]/actions.ts#createYearAction": {
    input: (w) => ({ blocId: w.blocA.id, year: String(YEAR + 1), scoringMode: "VERIFICATION" }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/lich/actions.ts#createCycleAction`]: {
    input: (w) => ({ blocId: w.blocA.id, year: String(YEAR + 1), scoringMode: "VERIFICATION" }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/lich/actions.ts#savePhasesAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      updatedAt: w.tokens.cycle,
      scoringMode: "VERIFICATION",
      ...Object.fromEntries(
        ["REGISTRATION", "PLEDGE_SIGNING", "EXECUTION", "MID_YEAR_REVIEW", "SELF_SCORING", "VERIFICATION", "OBJECTION", "CONFERENCE", "NOMINATION"].flatMap(
          (k, i) => [
            [`phases.${k}.opensOn`, `${YEAR}-${String(i + 1).padStart(2, "0")}-01`],
            [`phases.${k}.closesOn`, `${YEAR}-${String(i + 1).padStart(2, "0")}-20`],
          ],
        ),
      ),
    }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/lich/actions.ts#reopenPhaseAction`]: {
    input: (w) => ({ phaseId: w.phase.id, reopenedUntil: iso(30), reason: "Gia hạn cho các cơ quan nộp muộn" }),
    allow: ["chair"],
  },
  // One agency's extension or waiver of a late deduction: those who reopen a phase (docs/decisions/0042-late-submission.md).
  [`${T}/thiet-lap/lich/actions.ts#grantExtensionAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      agencyId: w.btg.id,
      step: "SELF_SCORING",
      extendedUntil: iso(400),
      reason: "Cơ quan bị mất điện kéo dài",
      version: "0",
    }),
    allow: ["chair"],
  },
  [`${T}/thiet-lap/lich/actions.ts#waiveLatePenaltyAction`]: {
    input: (w) => ({ cycleId: w.cycle.id, agencyId: w.btg.id, step: "REGISTRATION", reason: "Lỗi hệ thống vào ngày nộp", version: "0" }),
    allow: ["chair"],
  },
  [`${T}/thiet-lap/chuong-trinh/actions.ts#saveProgrammeAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      updatedAt: w.tokens.cycle,
      theme: "Đoàn kết, đổi mới",
      movements: "Thi đua yêu nước",
      legalBases: "Luật Thi đua, khen thưởng 2022",
    }),
    allow: MANAGERS,
  },
  // The secretary and chair edit any member's key tasks; an agency its own.
  [`${T}/thiet-lap/chuong-trinh/actions.ts#saveKeyTasksAction`]: {
    input: (w) => ({ cycleId: w.cycle.id, agencyId: w.btg.id, version: keyTasksVersion([]), tasks: "Hoàn thành chương trình công tác năm" }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/thiet-lap/khoi/actions.ts#updateBlocAction`]: {
    input: (w) => ({
      blocId: w.blocA.id,
      updatedAt: w.tokens.bloc,
      name: "Khối các cơ quan Đảng tỉnh A",
      kind: "KHOI",
      level: "PROVINCE",
      provinceId: w.provinceA.id,
      organiser: "Ban Thi đua - Khen thưởng",
    }),
    allow: SETUP,
  },
  // Naming the bloc's own roles is council work (accounts), not the secretary's.
  [`${T}/thiet-lap/khoi/actions.ts#assignBlocRoleAction`]: {
    cases: [
      { name: "an account of province A", input: (w) => ({ blocId: w.blocA.id, mode: "existing", role: "OBSERVER", userId: w.account.id }), allow: COUNCIL_A },
      {
        name: "an account of province B",
        input: (w) => ({ blocId: w.blocA.id, mode: "existing", role: "OBSERVER", userId: w.users.leaderB }),
        allow: ["admin"],
      },
    ],
  },
  [`${T}/thiet-lap/thanh-vien/actions.ts#addMemberAction`]: { input: (w) => ({ ...blocYear(w), agencyId: w.free.id }), allow: SETUP },
  [`${T}/thiet-lap/thanh-vien/actions.ts#updateMemberAction`]: {
    input: (w) => ({ membershipId: w.bncMembership.id, joinedOn: `${YEAR}-02-01`, note: "Tham gia từ tháng 2" }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/thanh-vien/actions.ts#removeMemberAction`]: { input: (w) => ({ membershipId: w.bncMembership.id }), allow: SETUP },
  [`${T}/thiet-lap/thanh-vien/actions.ts#copyMembersAction`]: { input: (w) => ({ blocId: w.blocA.id, year: String(YEAR + 1) }), allow: SETUP },
  [`${T}/thiet-lap/thanh-vien/actions.ts#recordAgencyChangeAction`]: {
    input: (w) => ({ ...blocYear(w), kind: "RENAME", predecessorId: w.bnc.id, newName: "Ban Nội chính và Cải cách tư pháp", effectiveOn: iso(0) }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/truong-khoi/actions.ts#saveOfficerTermAction`]: {
    input: (w) => ({
      blocId: w.blocA.id,
      year: String(YEAR + 1),
      role: "HEAD",
      agencyId: w.btc.id,
      startsOn: `${YEAR + 1}-01-01`,
      endsOn: `${YEAR + 1}-12-31`,
      method: "ELECTED",
    }),
    allow: SETUP,
  },
  [`${T}/thiet-lap/truong-khoi/actions.ts#deleteOfficerTermAction`]: { input: (w) => ({ id: w.headTerm.id }), allow: SETUP },

  // ── Registration, pledge, mid-year review ──
  [`${T}/dang-ky/dang-ky-thi-dua/actions.ts#saveRegistrationAction`]: {
    cases: [
      {
        name: "save a draft",
        input: (w) => ({
          cycleId: w.cycle.id,
          agencyId: w.btg.id,
          version: "1",
          titleIds: [w.ttldxs.id],
          targetText: ["Hoàn thành 100% nhiệm vụ"],
          targetKind: ["TEXT"],
          targetComparator: ["EXACTLY"],
          targetValue: [""],
          note: "",
        }),
        allow: OWN,
      },
      {
        name: "submit",
        input: (w) => ({
          cycleId: w.cycle.id,
          agencyId: w.btg.id,
          version: "1",
          intent: "submit",
          titleIds: [w.ttldxs.id],
          targetText: ["Hoàn thành 100% nhiệm vụ"],
          targetKind: ["TEXT"],
          targetComparator: ["EXACTLY"],
          targetValue: [""],
          note: "",
        }),
        allow: ["leader"],
      },
    ],
  },
  [`${T}/dang-ky/dang-ky-thi-dua/actions.ts#reviewRegistrationAction`]: {
    input: (w) => ({ registrationId: w.registration.id, version: "1", decision: "accept" }),
    allow: MANAGERS,
  },
  [`${T}/dang-ky/giao-uoc/actions.ts#savePledgeDraftAction`]: {
    input: (w) => ({
      ...blocYear(w),
      pledgeId: w.pledgeV2.id,
      rowVersion: "1",
      title: `Giao ước thi đua năm ${YEAR}`,
      theme: "",
      bases: "",
      "commitments.0.text": "Hoàn thành nhiệm vụ",
      "commitments.0.targetKind": "TEXT",
      "commitments.0.targetComparator": "EXACTLY",
    }),
    allow: MANAGERS,
  },
  [`${T}/dang-ky/giao-uoc/actions.ts#openPledgeForSigningAction`]: { input: (w) => ({ pledgeId: w.pledgeV2.id, rowVersion: "1" }), allow: MANAGERS },
  [`${T}/dang-ky/giao-uoc/actions.ts#returnPledgeToDraftAction`]: { input: (w) => ({ pledgeId: w.pledgeV2.id, rowVersion: "1" }), allow: MANAGERS },
  [`${T}/dang-ky/giao-uoc/actions.ts#recordSigningMeetingAction`]: {
    input: (w) => ({ pledgeId: w.pledgeV2.id, heldOn: iso(-1), place: "Hội trường Tỉnh ủy", chairName: "Nguyễn Văn Chủ", presentAgencyIds: [w.btg.id] }),
    allow: MANAGERS,
  },
  // The secretary and chair record any member's signature; an agency its own.
  [`${T}/dang-ky/giao-uoc/actions.ts#recordSignatureAction`]: {
    input: (w) => ({ pledgeId: w.pledgeV2.id, agencyId: w.btg.id, signerName: "Nguyễn Văn Ký", signerTitle: "Trưởng ban", signedOn: iso(-1) }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/dang-ky/giao-uoc/actions.ts#createPledgeVersionAction`]: {
    input: (w) => ({ pledgeId: w.pledgeV1.id, reason: "Điều chỉnh chỉ tiêu theo nghị quyết mới" }),
    allow: MANAGERS,
  },
  [`${T}/dang-ky/so-ket/actions.ts#saveProgressAction`]: {
    input: (w) => ({ commitmentId: w.commitment.id, agencyId: w.btg.id, version: "1", status: "ON_TRACK", value: "60", note: "" }),
    allow: OWN,
  },

  // ── Scoring ──
  [`${T}/cham-diem/tieu-chi/actions.ts#createTableAction`]: { input: (w) => ({ cycleId: w.cycle.id, title: "Bảng tiêu chí", scale: "100" }), allow: MANAGERS },
  [`${T}/cham-diem/tieu-chi/actions.ts#copyLastYearTableAction`]: { input: (w) => ({ cycleId: w.cycle.id }), allow: MANAGERS },
  [`${T}/cham-diem/tieu-chi/actions.ts#saveCriterionAction`]: {
    input: (w) => ({
      tableId: w.table.table.id,
      criterionId: "",
      parentId: "",
      code: "VI",
      name: "Tiêu chí bổ sung",
      type: "YES_NO",
      order: "9",
      maxPoints: "5",
      changeReason: "Bổ sung tiêu chí theo hướng dẫn mới",
    }),
    allow: MANAGERS,
  },
  [`${T}/cham-diem/tieu-chi/actions.ts#deleteCriterionAction`]: {
    input: (w) => ({ tableId: w.table.table.id, criterionId: w.table.ids.III!.id, changeReason: "Bỏ tiêu chí thưởng theo hướng dẫn mới" }),
    allow: MANAGERS,
  },
  [`${T}/cham-diem/tieu-chi/actions.ts#lockTableAction`]: { input: (w) => ({ tableId: w.table.table.id }), allow: MANAGERS },
  [`${T}/cham-diem/tieu-chi/actions.ts#importCriteriaAction`]: {
    input: (w) => ({ tableId: w.table.table.id, file: XLSX_FILE(), changeReason: "Nhập lại bảng tiêu chí từ tệp" }),
    allow: MANAGERS,
  },
  [`${T}/cham-diem/quy-tac/actions.ts#saveScoringRulesAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      updatedAt: w.tokens.cycle,
      "bands.0.key": "XUAT_SAC",
      "bands.0.label": "Xuất sắc",
      "bands.0.minTotal": "90",
      "bands.0.minCriterionPct": "0",
      trimFrom: "5",
    }),
    allow: MANAGERS,
  },
  [`${T}/cham-diem/quy-tac/actions.ts#saveLateRulesAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      updatedAt: w.tokens.cycle,
      "late.REGISTRATION.mode": "REFUSE",
      "late.SELF_SCORING.mode": "PENALTY",
      "late.SELF_SCORING.graceDays": "5",
      "late.SELF_SCORING.kind": "PER_DAY",
      "late.SELF_SCORING.points": "0,5",
      "late.SELF_SCORING.maxPoints": "2",
    }),
    allow: MANAGERS,
  },
  [`${T}/cham-diem/quy-tac/actions.ts#resetScoringRulesAction`]: { input: (w) => ({ cycleId: w.cycle.id, updatedAt: w.tokens.cycle }), allow: MANAGERS },
  [`${T}/cham-diem/tu-cham/actions.ts#saveScoreSheetAction`]: {
    input: (w) => ({ tableId: w.table.table.id, agencyId: w.btg.id, version: "1", [`entries.${w.table.ids["I.1"]!.id}.value`]: "1" }),
    allow: OWN,
  },
  [`${T}/cham-diem/tu-cham/actions.ts#submitScoreSheetAction`]: { input: (w) => ({ sheetId: w.sheets.btg.id, version: "1" }), allow: ["leader"] },
  // BTG's verifier is the chair (of the head's agency BTC); the deputy verifies BTC alone.
  [`${T}/cham-diem/tham-dinh/actions.ts#saveVerificationSheetAction`]: {
    input: (w) => ({
      sheetId: w.sheets.btg.id,
      version: "1",
      [`entries.${w.table.ids.III!.id}.verified`]: "on",
      [`entries.${w.table.ids.III!.id}.points`]: "2",
    }),
    allow: ["chair"],
  },
  [`${T}/cham-diem/tham-dinh/actions.ts#completeVerificationAction`]: { input: (w) => ({ sheetId: w.sheets.btg.id, version: "1" }), allow: ["chair"] },
  [`${T}/cham-diem/tham-dinh/actions.ts#returnSheetAction`]: {
    input: (w) => ({ sheetId: w.sheets.btg.id, version: "1", reason: "Thiếu minh chứng tiêu chí I.1" }),
    allow: ["chair"],
  },
  [`${T}/cham-diem/cham-cheo/actions.ts#saveCrossSheetAction`]: {
    input: (w) => ({
      tableId: w.table.table.id,
      scorerAgencyId: w.btg.id,
      targetAgencyId: w.bdv.id,
      version: "-",
      [`entries.${w.table.ids["I.1"]!.id}.points`]: "20",
    }),
    allow: OWN,
  },
  [`${T}/cham-diem/cham-cheo/actions.ts#submitCrossScoresAction`]: {
    input: (w) => ({ cycleId: w.cycle.id, scorerAgencyId: w.btg.id, targetAgencyId: w.bdv.id }),
    allow: ["leader"],
  },
  [`${T}/cham-diem/khieu-nai/actions.ts#createObjectionAction`]: {
    input: (w) => ({
      entryId: w.sheets.btg.entries.find((e) => e.criterionId === w.table.ids["II.1"]!.id)!.id,
      reason: "Điểm tiêu chí II.1 chưa đúng với minh chứng.",
    }),
    allow: OWN,
  },
  [`${T}/cham-diem/khieu-nai/actions.ts#decideObjectionAction`]: {
    input: (w) => ({ objectionId: w.objection.id, decision: "REJECT", decisionReason: "Minh chứng không đủ căn cứ." }),
    allow: ["chair"],
  },
  [`${T}/cham-diem/cong-bo/actions.ts#publishResultsAction`]: {
    input: (w) => ({ ...blocYear(w), expectedVersion: "1", reason: "Đính chính sau khiếu nại" }),
    allow: ["chair"],
  },
  [`${T}/cham-diem/cong-bo/actions.ts#setResultPublicityAction`]: {
    input: (w) => ({ ...blocYear(w), version: "1", makePublic: "true" }),
    allow: ["chair"],
  },

  // ── Conference and votes ──
  [`${T}/tong-ket/hoi-nghi/actions.ts#saveConferenceAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      meetingId: w.meeting.id,
      version: "",
      heldOn: iso(-1),
      place: "Hội trường Tỉnh ủy",
      chairName: "Nguyễn Văn Chủ",
      secretaryName: "Trần Thị Thư",
      agenda: "Tổng kết",
    }),
    allow: MANAGERS,
  },
  [`${T}/tong-ket/hoi-nghi/actions.ts#saveAttendanceAction`]: {
    input: (w) => ({ meetingId: w.meeting.id, version: "", [`status.${w.btg.id}`]: "PRESENT" }),
    allow: MANAGERS,
  },
  [`${T}/tong-ket/bo-phieu/actions.ts#createVoteAction`]: {
    input: (w) => ({ meetingId: w.meeting.id, kind: "ACCLAIM_LEADER", method: "ELECTRONIC", title: "Suy tôn đơn vị dẫn đầu", candidateAgencyIds: [w.btc.id] }),
    allow: ["chair"],
  },
  [`${T}/tong-ket/bo-phieu/actions.ts#openVoteAction`]: { input: (w) => ({ voteId: w.votes.draft }), allow: ["chair"] },
  [`${T}/tong-ket/bo-phieu/actions.ts#closeVoteAction`]: { input: (w) => ({ voteId: w.votes.open }), allow: ["chair"] },
  [`${T}/tong-ket/bo-phieu/actions.ts#startRunoffAction`]: { input: (w) => ({ voteId: w.votes.closed }), allow: ["chair"] },
  // The world's year keeps free choice, so the chair gets past the check and is told the rule does not apply (INVALID_INPUT).
  [`${T}/tong-ket/bo-phieu/actions.ts#startNextRankedVoteAction`]: { input: (w) => ({ voteId: w.votes.closed }), allow: ["chair"] },
  // A year rule ("cycle:manage"): the world's leading-unit votes were opened, so the managers get past the check and meet the lock (CONFLICT).
  [`${T}/tong-ket/bo-phieu/actions.ts#saveRankingVoteRuleAction`]: {
    input: (w) => ({ cycleId: w.cycle.id, updatedAt: w.tokens.cycle, mode: "CONFIRM_RANKING", onRejection: "NEXT_RANKED", leaders: "1" }),
    allow: MANAGERS,
  },
  // BTG's ballot: its leader alone (the other member's leader votes for BDV only).
  [`${T}/tong-ket/bo-phieu/actions.ts#castBallotAction`]: {
    input: (w) => ({ voteId: w.votes.open, agencyId: w.btg.id, choices: [w.openCandidates[0]!.id] }),
    allow: ["leader"],
  },
  [`${T}/tong-ket/bo-phieu/actions.ts#recordPaperCountAction`]: {
    input: (w) => ({
      voteId: w.votes.paper,
      ballotsIssued: "4",
      ballotsReturned: "4",
      ballotsValid: "4",
      ballotsInvalid: "0",
      [`votes.${w.paperCandidates[0]!.id}`]: "3",
      [`votes.${w.paperCandidates[1]!.id}`]: "1",
    }),
    allow: MANAGERS,
  },

  // The written part of the year-end report: the bloc's own content, its secretary and chair.
  [`${T}/tong-ket/bao-cao/actions.ts#saveYearEndReportAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      version: "0",
      assessment: "Các cơ quan hoàn thành tốt nhiệm vụ năm.",
      shortcomings: "",
      directions: "Tiếp tục đổi mới nội dung thi đua.",
    }),
    allow: MANAGERS,
  },

  // ── Numbers of the bloc's documents: whoever signs each (docs/decisions/0044-document-numbers.md) ──
  [`${T}/so-van-ban/actions.ts#issueDocumentNumberAction`]: {
    cases: [
      { name: "the memo", input: (w) => ({ document: "DOSSIER_MEMO", subjectId: w.cycle.id }), allow: ["chair"] },
      { name: "the minutes", input: (w) => ({ document: "CONFERENCE_MINUTES", subjectId: w.meeting.id }), allow: MANAGERS },
      { name: "the year-end report", input: (w) => ({ document: "YEAR_END_REPORT", subjectId: w.cycle.id }), allow: MANAGERS },
    ],
  },
  [`${T}/so-van-ban/actions.ts#recordDocumentNumberAction`]: {
    cases: [
      {
        name: "the memo",
        input: (w) => ({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, symbol: "Số 15-TTr/BTCTU", issuedOn: iso(-1), note: "Văn thư Ban Tổ chức" }),
        allow: ["chair"],
      },
      {
        name: "the minutes",
        input: (w) => ({ document: "CONFERENCE_MINUTES", subjectId: w.meeting.id, symbol: "7-BB/VPTU", issuedOn: iso(-1) }),
        allow: MANAGERS,
      },
    ],
  },

  // Disposing of files past their retention period: council staff of province A (the world's files
  // are this year's, so inside their period: refused past the authorization check).
  "app/(app)/quan-tri/luu-tru/actions.ts#saveRetentionAction": {
    input: (w) => ({
      tinh: w.provinceA.code,
      "years.SCORE_EVIDENCE": "10",
      "years.PROGRESS_EVIDENCE": "10",
      "years.OBJECTION_EVIDENCE": "10",
      "years.ROLE_MODEL_EVIDENCE": "",
      "years.PLEDGE_SCAN": "",
      "years.OTHER": "5",
    }),
    allow: COUNCIL_A,
  },
  "app/(app)/quan-tri/luu-tru/actions.ts#disposeFilesAction": {
    input: (w) => ({ tinh: w.provinceA.code, fileIds: [w.files.progress.id], reason: "Hết thời hạn lưu trữ" }),
    allow: COUNCIL_A,
  },

  // ── Awards ──
  [`${T}/khen-thuong/danh-muc/actions.ts#saveAwardFormAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      code: "BK_TINH",
      name: "Bằng khen của Chủ tịch UBND tỉnh",
      target: "COLLECTIVE",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
      quotaKind: "NONE",
      quotaRounding: "FLOOR",
    }),
    allow: MANAGERS,
  },
  [`${T}/khen-thuong/danh-muc/actions.ts#deleteAwardFormAction`]: { input: (w) => ({ awardFormId: w.cstd.id }), allow: MANAGERS },
  [`${T}/khen-thuong/danh-muc/actions.ts#copyAwardFormsAction`]: { input: (w) => ({ cycleId: w.cycle.id }), allow: MANAGERS },
  [`${T}/khen-thuong/de-nghi/actions.ts#saveNominationAction`]: {
    cases: [
      {
        name: "BTG's draft",
        input: (w) => ({
          cycleId: w.cycle.id,
          nominationId: w.nominations.draft.id,
          version: "1",
          agencyId: w.btg.id,
          awardFormId: w.ttldxs.id,
          achievements: "Hoàn thành xuất sắc nhiệm vụ năm, dẫn đầu khối.",
        }),
        allow: OWN,
      },
      {
        // The owner comes from the stored nomination, never from the form (decision 0003).
        name: "BTG's draft, the form naming BDV",
        input: (w) => ({
          cycleId: w.cycle.id,
          nominationId: w.nominations.draft.id,
          version: "1",
          agencyId: w.bdv.id,
          awardFormId: w.ttldxs.id,
          achievements: "Hoàn thành xuất sắc nhiệm vụ năm, dẫn đầu khối.",
        }),
        allow: OWN,
      },
    ],
  },
  [`${T}/khen-thuong/de-nghi/actions.ts#proposeNominationAction`]: { input: (w) => ({ nominationId: w.nominations.draft.id, version: "1" }), allow: OWN },
  [`${T}/khen-thuong/de-nghi/actions.ts#reviewNominationAction`]: {
    input: (w) => ({ nominationId: w.nominations.proposed.id, version: "1", decision: "send", reason: "" }),
    allow: ["chair"],
  },
  [`${T}/khen-thuong/de-nghi/actions.ts#setPrioritiesAction`]: {
    input: (w) => ({ awardFormId: w.ttldxs.id, nominationId: [w.nominations.sent.id], priority: ["1"] }),
    allow: ["chair"],
  },
  // The authority's decisions are recorded by council staff.
  [`${T}/khen-thuong/quyet-dinh/actions.ts#recordDecisionAction`]: {
    cases: [
      {
        name: "bloc A's nomination",
        input: (w) => ({
          ...blocYear(w),
          number: "45/QĐ-UBND",
          issuedOn: iso(-1),
          signer: "Chủ tịch UBND tỉnh",
          authorityKind: "PROVINCE_CHAIR",
          authorityName: "UBND tỉnh A",
          [`outcome.${w.nominations.sent.id}`]: "APPROVED",
        }),
        allow: COUNCIL_A,
      },
      {
        // Council staff of province B record decisions for bloc B, never on bloc A's nominations.
        name: "bloc B's year answering bloc A's nomination",
        input: (w) => ({
          blocId: w.blocB.id,
          year: String(YEAR),
          number: "46/QĐ-UBND",
          issuedOn: iso(-1),
          signer: "Chủ tịch UBND tỉnh B",
          authorityKind: "PROVINCE_CHAIR",
          authorityName: "UBND tỉnh B",
          [`outcome.${w.nominations.sent.id}`]: "APPROVED",
        }),
        allow: [],
        refusal: ["INVALID_INPUT"],
      },
    ],
  },
  // People's past years: the bloc's managers, and each member agency its own (BDV's leader gets
  // past the check, then the file is refused).
  [`${T}/khen-thuong/ca-nhan/actions.ts#importPeopleAction`]: {
    input: (w) => ({ ...blocYear(w), file: XLSX_FILE() }),
    allow: [...MANAGERS, ...OWN, "otherLeader"],
  },
  // Correcting a person: the bloc's managers for any member's people, each agency its own (docs/decisions/0041).
  [`${T}/khen-thuong/ca-nhan/actions.ts#editPersonAction`]: {
    input: (w) => ({ ...blocYear(w), personId: w.person.id, version: "1", name: "Nguyễn Văn Điển", birthYear: "1986" }),
    allow: [...MANAGERS, ...OWN],
  },
  // Merging two records of one person: the bloc's secretary and chair only.
  [`${T}/khen-thuong/ca-nhan/actions.ts#mergePeopleAction`]: {
    input: (w) => ({ ...blocYear(w), keepId: w.person.id, mergeId: w.personDuplicate.id }),
    allow: MANAGERS,
  },
  // Role models: the bloc's managers for any member, each agency its own (docs/decisions/0039).
  [`${T}/khen-thuong/dien-hinh/actions.ts#createRoleModelAction`]: {
    input: (w) => ({ cycleId: w.cycle.id, agencyId: w.btg.id, target: "COLLECTIVE", achievement: "Mô hình mới", foundOn: `${YEAR}-03-01` }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/khen-thuong/dien-hinh/actions.ts#advanceRoleModelAction`]: {
    input: (w) => ({ roleModelId: w.roleModel.id, version: "1", to: "FOSTERED", on: `${YEAR}-03-01` }),
    allow: [...MANAGERS, ...OWN],
  },
  // Correcting and removing an entry: the same people as creating (docs/decisions/0041).
  [`${T}/khen-thuong/dien-hinh/actions.ts#editRoleModelAction`]: {
    input: (w) => ({
      roleModelId: w.roleModel.id,
      version: "1",
      agencyId: w.btg.id,
      target: "COLLECTIVE",
      collectiveName: "Chi đoàn Ban (sửa)",
      achievement: "Mô hình tiêu biểu",
      foundOn: `${YEAR}-01-16`,
    }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/khen-thuong/dien-hinh/actions.ts#removeRoleModelAction`]: {
    input: (w) => ({ roleModelId: w.roleModel.id, version: "1" }),
    allow: [...MANAGERS, ...OWN],
  },
  // Activities and contests: the bloc's secretary and chair, or the organising agency (BTG) itself.
  [`${T}/hoat-dong/actions.ts#saveBlocActivityAction`]: {
    input: (w) => ({
      cycleId: w.cycle.id,
      activityId: w.activity.id,
      version: String(w.activity.version),
      kind: "CONTEST",
      title: "Hội thi văn hóa công sở (sửa)",
      organiserId: w.btg.id,
      startsOn: `${YEAR}-05-11`,
    }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/hoat-dong/actions.ts#addActivityParticipantAction`]: {
    input: (w) => ({ activityId: w.activity.id, agencyId: w.btg.id, prize: "Giải Ba", points: "1" }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/hoat-dong/actions.ts#removeActivityParticipantAction`]: {
    input: (w) => ({ participantId: w.activity.participants[0].id }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/hoat-dong/actions.ts#attachActivityFilesAction`]: {
    input: (w) => ({ activityId: w.activity.id, files: PDF() }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/hoat-dong/actions.ts#removeActivityFileAction`]: {
    input: (w) => ({ fileId: w.activityFile.id }),
    allow: [...MANAGERS, ...OWN],
  },
  [`${T}/khen-thuong/quyet-dinh/actions.ts#cancelDecisionAction`]: {
    input: (w) => ({ decisionId: w.decision.id, reason: "Quyết định ban hành nhầm đối tượng." }),
    allow: COUNCIL_A,
  },

  // ── Administration ──
  "app/(app)/quan-tri/tai-khoan/moi/actions.ts#createAccountAction": {
    cases: [
      {
        name: "in province A",
        input: (w) => ({ name: "Lê Văn Mới", email: "le.van.moi@thiduakhoi.vn", provinceId: w.provinceA.id, agencyId: w.btg.id }),
        allow: COUNCIL_A,
      },
      {
        name: "in province B",
        input: (w) => ({ name: "Lê Văn Mới", email: "le.van.moi@thiduakhoi.vn", provinceId: w.provinceB.id, agencyId: w.outsider.id }),
        allow: ["admin", "councilB"],
      },
    ],
  },
  "app/(app)/quan-tri/tai-khoan/nhap-tu-tep/actions.ts#importAccountsAction": {
    input: (w) => ({ provinceId: w.provinceA.id, file: XLSX_FILE() }),
    allow: COUNCIL_A,
  },
  "app/(app)/quan-tri/tai-khoan/[id]/actions.ts#updateAccountAction": {
    cases: [
      {
        name: "within province A",
        input: (w) => ({
          userId: w.account.id,
          updatedAt: w.tokens.user(w.account.id),
          name: "Trần Thị Tài Khoản",
          provinceId: w.provinceA.id,
          agencyId: w.btg.id,
        }),
        allow: COUNCIL_A,
      },
      {
        // Nobody hands an account to a province they do not manage (a field error names why).
        name: "moving it to province B",
        input: (w) => ({
          userId: w.account.id,
          updatedAt: w.tokens.user(w.account.id),
          name: "Trần Thị Tài Khoản",
          provinceId: w.provinceB.id,
          agencyId: w.btg.id,
        }),
        allow: ["admin"],
        refusal: ["INVALID_INPUT"],
      },
    ],
  },
  "app/(app)/quan-tri/tai-khoan/[id]/actions.ts#grantRoleAction": {
    cases: [
      { name: "a role on BTG", input: (w) => ({ userId: w.account.id, role: "AGENCY_LEADER", agencyId: w.btg.id }), allow: COUNCIL_A },
      { name: "a role on bloc B", input: (w) => ({ userId: w.account.id, role: "SECRETARY", blocId: w.blocB.id }), allow: ["admin"] },
    ],
  },
  "app/(app)/quan-tri/tai-khoan/[id]/actions.ts#withdrawRoleAction": { input: (w) => ({ grantId: w.accountGrant.id }), allow: COUNCIL_A },
  "app/(app)/quan-tri/tai-khoan/[id]/actions.ts#setAccountActiveAction": { input: (w) => ({ userId: w.account.id, active: "0" }), allow: COUNCIL_A },
  "app/(app)/quan-tri/tai-khoan/[id]/actions.ts#issueResetLinkAction": { input: (w) => ({ userId: w.account.id }), allow: COUNCIL_A },
  "app/(app)/quan-tri/co-quan/actions.ts#createAgencyAction": {
    cases: [
      { name: "in province A", input: (w) => ({ provinceId: w.provinceA.id, code: "", name: "Ban Kinh tế Tỉnh ủy", type: "BAN_DANG" }), allow: COUNCIL_A },
      { name: "in province B", input: (w) => ({ provinceId: w.provinceB.id, code: "", name: "Sở Nội vụ tỉnh B", type: "KHAC" }), allow: ["admin", "councilB"] },
    ],
  },
  "app/(app)/quan-tri/co-quan/actions.ts#updateAgencyAction": {
    input: (w) => ({ agencyId: w.btg.id, code: w.btg.code, name: w.btg.name, type: "BAN_DANG" }),
    allow: COUNCIL_A,
  },
  "app/(app)/quan-tri/co-quan/actions.ts#recordRegisterChangeAction": {
    input: (w) => ({ kind: "RENAME", predecessorId: w.free.id, newName: "Văn phòng Tỉnh ủy (tên mới)", effectiveOn: iso(0) }),
    allow: COUNCIL_A,
  },
  "app/(app)/quan-tri/tinh-thanh/actions.ts#addProvinceAction": { input: () => ({ code: "ZZ9", name: "Tỉnh mới" }), allow: ["admin"] },
  "app/(app)/quan-tri/tinh-thanh/actions.ts#renameProvinceAction": {
    input: (w) => ({ provinceId: w.provinceC.id, currentName: "Tỉnh C", name: "Tỉnh C mới", effectiveOn: iso(0) }),
    allow: ["admin"],
  },
  "app/(app)/tong-quan/actions.ts#saveCoCpCapAction": {
    cases: [
      { name: "province A's", input: (w) => ({ provinceId: w.provinceA.id, year: String(YEAR), pct: "20", rounding: "FLOOR", version: "" }), allow: COUNCIL_A },
      {
        name: "province B's",
        input: (w) => ({ provinceId: w.provinceB.id, year: String(YEAR), pct: "25", rounding: "CEIL", version: "" }),
        allow: ["admin", "councilB"],
      },
    ],
  },
  "app/(app)/quan-tri/tinh-thanh/actions.ts#mergeProvincesAction": {
    input: (w) => ({ sourceIds: [w.provinceC.id], targetId: w.provinceA.id, mergedOn: iso(0), mergerRef: "Nghị quyết 202/2025/QH15" }),
    allow: ["admin"],
  },
};

export function actionCases(entry: ActionEntry): ActionCase[] {
  return "cases" in entry ? entry.cases : [entry];
}

export function routeCases(entry: RouteEntry): RouteCase[] {
  return "cases" in entry ? entry.cases : [entry];
}

export type { Fields };
