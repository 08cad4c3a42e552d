// Ninh Bình's live year is in nominations (docs/decisions/0005): the members registered (accepted
// by the secretary), signed the pledge, self-scored and were verified; the results were published
// before the year-end conference; the agencies have now proposed the awards they qualify for, and
// the chair (truongkhoi.ninhbinh) reviews them — send up, return or reject.
// Each proposal passes the app's own gates (lib/domain/awards eligibility, on the facts the app
// reads: the published band and veto, the accepted registration, the signed pledge) and the
// nomination state machine's "propose"; the form quotas are respected.
// DEMO: the bloc, its members, every score, registration, signature and proposal.
import { eligibility, nominationTransition, type AgencyFacts, type AwardFormRule } from "../../../lib/domain/awards";
import { readSnapshot } from "../../../lib/domain/publication";
import { parseYearRules } from "../../../lib/domain/year-rules";
import type { Tx } from "../util";
import { addDays } from "./calendar";
import { agencyOf, demoEmail, loadLiveCycle, loadLockedTable, moment, phaseOf, userIds, type LiveCycle } from "./context";
import type { Profile } from "./demo-inputs";
import { ensureLiveMeeting } from "./meetings";
import { NINH_BINH } from "./new-blocs";
import { liveBloc } from "./organisation";
import { ensurePublished } from "./publication";
import { seedSheet } from "./sheets";
import { verifierFor } from "./verifier";
import { seedAcceptedRegistrations, seedSignedPledge } from "./year-paperwork";

// DEMO: [agency, profile, n].
const SHEETS: [string, Profile, number][] = [
  ["NB-BTGDV", "XUAT_SAC", 0],
  ["NB-UBKT", "XUAT_SAC", 1],
  ["NB-BTC", "TOT", 0],
  ["NB-VP", "XUAT_SAC", 2],
  ["NB-BNC", "TOT", 1],
  ["NB-DUK", "HOAN_THANH", 0],
  ["NB-BAO", "TOT", 2],
  ["NB-TCT", "HOAN_THANH", 1],
];

// DEMO: what each agency registered for at the start of the year, by the band it aimed at.
const REGISTERED: Record<Profile, string[]> = {
  XUAT_SAC: ["CO_TINH", "BK_TINH", "TTLDXS", "TTLDTT"],
  TOT: ["BK_TINH", "TTLDXS", "TTLDTT"],
  HOAN_THANH: ["TTLDTT"],
  KHONG_HOAN_THANH: ["TTLDTT"],
};
// The collective forms the agencies propose to the bloc, in the order the chair reads them.
const PROPOSED_FORMS = ["CO_TINH", "BK_TINH", "TTLDXS"];

// DEMO: the year's pledge.
const COMMITMENTS = [
  "Thực hiện tốt chức năng tham mưu cho Tỉnh ủy, Ban Thường vụ Tỉnh ủy; hoàn thành 100% nhiệm vụ trong chương trình công tác năm.",
  "Xây dựng tổ chức đảng, cơ quan, đoàn thể trong sạch, vững mạnh; không có cán bộ, đảng viên vi phạm kỷ luật.",
  "Đẩy mạnh cải cách hành chính, chuyển đổi số; xử lý văn bản trên môi trường điện tử.",
  "Thực hiện tốt Chỉ thị số 41-CT/TW của Bộ Chính trị về công tác thi đua, khen thưởng.",
  "Phấn đấu 90% trở lên cán bộ, công chức đạt danh hiệu Lao động tiên tiến.",
];

const slug = (code: string) => code.split("-")[1]!.toLowerCase();
const leaderEmail = (code: string) => demoEmail(`lanhdao.${slug(code)}.ninhbinh`);
const earlier = (a: string, b: string) => (a < b ? a : b);

async function seedPaperwork(
  tx: Tx,
  cycle: LiveCycle,
  leaders: Map<string, { name: string; title: string | null }>,
  chairName: string,
  secretaryName: string,
): Promise<void> {
  await seedAcceptedRegistrations(
    tx,
    cycle,
    SHEETS.map(([code, profile]) => ({ agencyId: agencyOf(cycle, code).id, formCodes: REGISTERED[profile] })),
  );
  await seedSignedPledge(tx, cycle, {
    place: "Hội trường Tỉnh ủy Ninh Bình", // DEMO
    chairName,
    secretaryName,
    bases: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị"],
    commitments: COMMITMENTS.map((text, i) =>
      i === 4
        ? {
            text,
            targetKind: "PERCENT" as const,
            targetValue: 90,
            targetComparator: "AT_LEAST" as const,
            targetUnit: "% cán bộ, công chức đạt Lao động tiên tiến",
          }
        : { text },
    ),
    signers: SHEETS.map(([code]) => ({ agencyId: agencyOf(cycle, code).id, ...leaders.get(leaderEmail(code))! })),
  });
}

/** The proposals the agencies may make now: eligible by the app's gates, within each form's quota. */
async function seedNominations(tx: Tx, cycle: LiveCycle): Promise<void> {
  // One query at a time: a transaction holds a single connection.
  const row = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { rules: true } });
  const forms = await tx.awardForm.findMany({ where: { cycleId: cycle.id }, orderBy: [{ order: "asc" }, { code: "asc" }] });
  const registrations = await tx.registration.findMany({
    where: { cycleId: cycle.id },
    select: { agencyId: true, status: true, titles: { select: { awardForm: { select: { code: true } } } } },
  });
  const publication = await tx.resultPublication.findFirst({ where: { cycleId: cycle.id }, orderBy: { version: "desc" }, select: { snapshot: true } });
  const snapshot = readSnapshot(publication?.snapshot ?? null);
  if (!snapshot) return; // nothing published: no collective form can be proposed yet
  const signed = new Set(
    (await tx.pledgeSignature.findMany({ where: { pledge: { cycleId: cycle.id, status: "LOCKED" } }, select: { agencyId: true } })).map((s) => s.agencyId),
  );
  const rules: AwardFormRule[] = forms.map((f) => ({ ...f, quotaValue: f.quotaValue === null ? null : f.quotaValue.toString() }));
  const bands = parseYearRules(row.rules).bands.map((b) => ({ key: b.key, label: b.label }));
  const window = phaseOf(cycle, "NOMINATION");

  const taken = new Map<string, number>(); // form code → proposals so far
  const flagged = new Set<string>(); // agencies proposed for the flag
  for (const [rank, r] of snapshot.rows.entries()) {
    const reg = registrations.find((x) => x.agencyId === r.agencyId);
    const facts: AgencyFacts = {
      agencyId: r.agencyId,
      name: r.agencyName,
      bandKey: r.bandKey,
      vetoed: r.vetoed,
      registration: reg?.status ?? null,
      registeredCodes: reg?.titles.map((t) => t.awardForm.code) ?? [],
      pledgeLocked: signed.size > 0,
      pledgeSigned: signed.has(r.agencyId),
      heldTitles: [],
      collectiveDisciplined: false,
      peopleDisciplined: 0,
    };
    for (const code of PROPOSED_FORMS) {
      const form = forms.find((f) => f.code === code)!;
      const rule = rules.find((f) => f.code === code)!;
      const quota = form.quotaKind === "COUNT" ? Number(form.quotaValue) : Infinity;
      if ((taken.get(code) ?? 0) >= quota) continue;
      // An agency proposed for the flag is not also proposed for the province's certificate.
      if (code === "BK_TINH" && flagged.has(r.agencyId)) continue;
      const next = nominationTransition("DRAFT", { action: "propose", eligibility: eligibility(facts, rule, rules, { bands, year: cycle.year }) });
      if (!next.ok) continue;
      taken.set(code, (taken.get(code) ?? 0) + 1);
      if (code === "CO_TINH") flagged.add(r.agencyId);
      const key = { cycleId: cycle.id, awardFormId: form.id, agencyId: r.agencyId, target: "COLLECTIVE" as const, collectiveName: null, personName: null };
      if (await tx.nomination.findFirst({ where: key, select: { id: true } })) continue;
      await tx.nomination.create({
        data: {
          ...key,
          status: next.to,
          priority: taken.get(code)!,
          version: 2, // drafted, proposed
          achievements: `Năm ${cycle.year} xếp thứ ${rank + 1} của Khối với ${r.total.toLocaleString("vi-VN")} điểm, xếp loại “${r.bandLabel}”; hoàn thành các chỉ tiêu đã đăng ký và giao ước thi đua.`,
          createdAt: moment(cycle, earlier(addDays(window.opensOn, 1 + rank), cycle.today), 10, 30),
        },
      });
    }
  }
}

export async function seedNinhBinhNominations(tx: Tx): Promise<void> {
  const bloc = liveBloc(NINH_BINH.code);
  const cycle = await loadLiveCycle(tx, bloc.code);
  const table = await loadLockedTable(tx, cycle);
  if (!table) return;
  const chairEmail = demoEmail("truongkhoi.ninhbinh");
  const u = await userIds(tx, [chairEmail, demoEmail("thuky.ninhbinh"), ...SHEETS.map(([code]) => leaderEmail(code))]);
  const ids = { chair: u.get(chairEmail)!, deputyLeader: u.get(leaderEmail(bloc.deputy))! };
  const people = new Map(
    (await tx.user.findMany({ where: { id: { in: [...u.values()] } }, select: { email: true, name: true, title: true } })).map((x) => [
      x.email,
      { name: x.name, title: x.title },
    ]),
  );

  await seedPaperwork(tx, cycle, people, people.get(chairEmail)!.name, people.get(demoEmail("thuky.ninhbinh"))!.name);

  const scoring = phaseOf(cycle, "SELF_SCORING");
  const verification = phaseOf(cycle, "VERIFICATION");
  for (const [i, [agency, profile, n]] of SHEETS.entries()) {
    const leader = u.get(leaderEmail(agency))!;
    await seedSheet(tx, cycle, table, {
      agency,
      profile,
      n,
      state: "VERIFIED",
      savedBy: leader,
      submittedBy: leader,
      submittedOn: earlier(addDays(scoring.opensOn, 4 + i), scoring.closesOn),
      verifiedBy: verifierFor(bloc, agency, ids),
      verifiedOn: earlier(addDays(verification.opensOn, i % 3), verification.closesOn),
    });
  }
  await ensurePublished(tx, cycle, { publishedById: ids.chair, publishedAt: moment(cycle, phaseOf(cycle, "OBJECTION").closesOn, 16, 0) });

  await ensureLiveMeeting(tx, {
    cycleId: cycle.id,
    kind: "YEAR_END_CONFERENCE",
    heldOn: phaseOf(cycle, "CONFERENCE").closesOn,
    place: "Hội trường Tỉnh ủy Ninh Bình", // DEMO
    chairName: people.get(chairEmail)!.name,
    secretaryName: people.get(demoEmail("thuky.ninhbinh"))!.name,
    agenda: [`Tổng kết phong trào thi đua năm ${cycle.year}`, "Bình xét, đề nghị khen thưởng", `Phát động phong trào thi đua năm ${cycle.year + 1}`],
    attendances: SHEETS.map(([code]) => ({ agencyId: agencyOf(cycle, code).id, representativeName: people.get(leaderEmail(code))?.name ?? null })),
  });
  await seedNominations(tx, cycle);
}
