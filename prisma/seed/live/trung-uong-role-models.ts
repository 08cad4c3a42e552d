// The central bloc's register of role models for its live year (docs/decisions/0039): seed 004
// has the bloc push the "4 khâu" — phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến —
// so a newcomer finds entries at every stage, one of them replicated and ready to be proposed for
// an award from the register. DEMO: the entries, names and days (spread from the registration
// window's opening to today, in stage order, so none is in the future).
import type { RoleModelStage } from "../../../lib/domain/role-models/stages";
import type { AwardTarget } from "../../../lib/generated/prisma/client";
import { TRUNG_UONG_BLOC } from "../trung-uong";
import { d, type Tx } from "../util";
import { addDays } from "./calendar";
import { agencyOf, loadLiveCycle, phaseOf } from "./context";

interface Entry {
  agency: string;
  target: AwardTarget;
  name: string;
  achievement: string;
  stage: RoleModelStage;
}

const ENTRIES: Entry[] = [
  {
    agency: "TW-BTC",
    target: "COLLECTIVE",
    name: "Vụ Tổ chức – Cán bộ",
    achievement: "Số hóa hồ sơ cán bộ, rút ngắn thời gian thẩm định nhân sự; mô hình được các ban Đảng Trung ương học tập.",
    stage: "REPLICATED",
  },
  {
    agency: "TW-HVCTQG",
    target: "INDIVIDUAL",
    name: "Nguyễn Thị Hồng Vân",
    achievement: "Giảng viên có 5 năm liền đạt Chiến sĩ thi đua cơ sở; đổi mới phương pháp giảng dạy lý luận chính trị trực tuyến.",
    stage: "REVIEWED",
  },
  {
    agency: "TW-BTG",
    target: "COLLECTIVE",
    name: "Tổ công tác thực hiện văn hóa công sở",
    achievement: "Triển khai bộ quy tắc ứng xử và văn hóa công sở, được khen tại hội thi của Khối.",
    stage: "FOSTERED",
  },
  {
    agency: "TW-VP",
    target: "INDIVIDUAL",
    name: "Trần Minh Đức",
    achievement: "Sáng kiến quy trình xử lý văn bản trên môi trường điện tử.",
    stage: "FOUND",
  },
];

const STAGES: RoleModelStage[] = ["FOUND", "FOSTERED", "REVIEWED", "REPLICATED"];
const asDate = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return d(y!, m!, day!);
};
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export async function seedTrungUongRoleModels(tx: Tx): Promise<void> {
  const cycle = await loadLiveCycle(tx, TRUNG_UONG_BLOC);
  // The register belongs to the app once it has entries: a re-run adds nothing.
  if (await tx.roleModel.count({ where: { cycleId: cycle.id } })) return;
  const start = phaseOf(cycle, "REGISTRATION").opensOn;
  const span = Math.max(4, daysBetween(start, cycle.today));
  // Stage k of every entry on the same day: found, fostered, reviewed, replicated in order.
  const dayOf = (k: number) => asDate(addDays(start, Math.floor((span * (k + 1)) / 5)));
  for (const e of ENTRIES) {
    const reached = STAGES.indexOf(e.stage);
    await tx.roleModel.create({
      data: {
        cycleId: cycle.id,
        agencyId: agencyOf(cycle, e.agency).id,
        target: e.target,
        collectiveName: e.target === "COLLECTIVE" ? e.name : null,
        personName: e.target === "INDIVIDUAL" ? e.name : null,
        achievement: e.achievement,
        stage: e.stage,
        foundOn: dayOf(0),
        fosteredOn: reached >= 1 ? dayOf(1) : null,
        reviewedOn: reached >= 2 ? dayOf(2) : null,
        replicatedOn: reached >= 3 ? dayOf(3) : null,
      },
    });
  }
}
