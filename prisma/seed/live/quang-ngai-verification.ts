// Quảng Ngãi's live year is in verification (docs/decisions/0005): every member submitted its
// sheet during self-scoring; the chair has completed one sheet, checked a few entries of two
// others (one changed, with its reason), and left the rest — including Ban Tổ chức's own sheet,
// which the deputy agency's leader (lanhdao.vp.quangngai) verifies.
// DEMO: the bloc, its members and every score.
import type { Tx } from "../util";
import { addDays } from "./calendar";
import { demoEmail, loadLiveCycle, loadLockedTable, phaseOf, userIds } from "./context";
import type { Profile } from "./demo-inputs";
import { QUANG_NGAI } from "./new-blocs";
import { liveBloc } from "./organisation";
import { seedSheet, type SheetSeed } from "./sheets";
import { verifierFor } from "./verifier";

// [agency, profile, n, what the verifier has done so far]
const SHEETS: [string, Profile, number, Pick<SheetSeed, "state" | "checks">][] = [
  ["QNG-BTC", "XUAT_SAC", 0, { state: "SUBMITTED" }],
  ["QNG-UBKT", "TOT", 1, { state: "VERIFIED", checks: [{ code: "2" }] }],
  ["QNG-BNC", "TOT", 0, { state: "SUBMITTED" }],
  [
    "QNG-BTGDV",
    "XUAT_SAC",
    1,
    {
      state: "SUBMITTED",
      checks: [
        { code: "1" },
        { code: "2", points: 12, reason: "Hai đề án tham mưu trình chậm so với chương trình công tác năm; xếp mức “Tốt”." },
        { code: "5" },
        { code: "7" },
      ],
    },
  ],
  ["QNG-VP", "HOAN_THANH", 0, { state: "SUBMITTED" }],
  ["QNG-DUK", "TOT", 2, { state: "SUBMITTED", checks: [{ code: "18" }] }],
  ["QNG-BAO", "HOAN_THANH", 1, { state: "SUBMITTED" }],
  ["QNG-TCT", "XUAT_SAC", 2, { state: "SUBMITTED" }],
];

const leaderEmail = (code: string) => demoEmail(`lanhdao.${code.split("-")[1]!.toLowerCase()}.quangngai`);

export async function seedQuangNgaiVerification(tx: Tx): Promise<void> {
  const bloc = liveBloc(QUANG_NGAI.code);
  const cycle = await loadLiveCycle(tx, bloc.code);
  const table = await loadLockedTable(tx, cycle);
  if (!table) return;
  const u = await userIds(tx, [...SHEETS.map(([code]) => leaderEmail(code)), demoEmail("truongkhoi.quangngai")]);
  const ids = { chair: u.get(demoEmail("truongkhoi.quangngai"))!, deputyLeader: u.get(demoEmail("lanhdao.vp.quangngai"))! };
  const scoring = phaseOf(cycle, "SELF_SCORING");
  const verification = phaseOf(cycle, "VERIFICATION");

  for (const [i, [agency, profile, n, work]] of SHEETS.entries()) {
    const leader = u.get(leaderEmail(agency))!;
    await seedSheet(tx, cycle, table, {
      agency,
      profile,
      n,
      ...work,
      savedBy: leader,
      submittedBy: leader,
      submittedOn: [addDays(scoring.opensOn, 5 + 2 * i), scoring.closesOn].sort()[0],
      verifiedBy: verifierFor(bloc, agency, ids),
      verifiedOn: addDays(verification.opensOn, 1 + (i % 3)),
    });
  }
}
