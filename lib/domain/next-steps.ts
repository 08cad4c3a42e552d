import type { PhaseKey } from "./cycle-phase";
import type { RoleName } from "./roles";

/**
 * What a user should do next, from their roles in the bloc and the phases
 * open today. Later workflow steps refine this with the actual state of
 * their records; this is the calendar's answer.
 */
const STEPS: Partial<Record<PhaseKey, Partial<Record<RoleName, string>>>> = {
  REGISTRATION: {
    SECRETARY: "Theo dõi, tiếp nhận hoặc trả lại bản đăng ký thi đua của các cơ quan.",
    CHAIR: "Theo dõi tiến độ đăng ký thi đua của các cơ quan thành viên.",
    AGENCY_OFFICER: "Soạn bản đăng ký danh hiệu và chỉ tiêu thi đua của cơ quan.",
    AGENCY_LEADER: "Duyệt và gửi bản đăng ký thi đua của cơ quan.",
  },
  PLEDGE_SIGNING: {
    SECRETARY: "Hoàn thiện giao ước thi đua và ghi nhận chữ ký của các cơ quan.",
    CHAIR: "Chủ trì hội nghị ký kết giao ước thi đua.",
    AGENCY_LEADER: "Ký giao ước thi đua của khối.",
    AGENCY_OFFICER: "Ghi nhận chữ ký giao ước của cơ quan (kèm bản quét nếu có).",
  },
  MID_YEAR_REVIEW: {
    SECRETARY: "Tổng hợp tiến độ thực hiện giao ước để sơ kết 6 tháng.",
    AGENCY_OFFICER: "Cập nhật tiến độ thực hiện từng nội dung giao ước.",
    AGENCY_LEADER: "Rà soát tiến độ thực hiện giao ước của cơ quan.",
  },
  SELF_SCORING: {
    AGENCY_OFFICER: "Tự chấm điểm theo bảng tiêu chí và đính kèm minh chứng.",
    AGENCY_LEADER: "Rà soát và nộp bảng tự chấm điểm của cơ quan.",
    SECRETARY: "Theo dõi việc nộp bảng tự chấm điểm của các cơ quan.",
    CHAIR: "Chuẩn bị thẩm định bảng điểm của các cơ quan.",
  },
  VERIFICATION: {
    CHAIR: "Thẩm định điểm của các cơ quan (nêu lý do khi điều chỉnh).",
    SECRETARY: "Tổng hợp kết quả thẩm định.",
  },
  OBJECTION: {
    AGENCY_LEADER: "Xem điểm thẩm định và gửi kiến nghị (nếu có) trước hạn.",
    CHAIR: "Xem xét, trả lời các kiến nghị về điểm.",
  },
  CONFERENCE: {
    CHAIR: "Chủ trì hội nghị tổng kết, bỏ phiếu suy tôn và bầu Trưởng, Phó khối.",
    SECRETARY: "Chuẩn bị hội nghị tổng kết: điểm danh, phiếu bầu, biên bản.",
    AGENCY_LEADER: "Dự hội nghị tổng kết và bỏ phiếu.",
  },
  NOMINATION: {
    CHAIR: "Xét duyệt hồ sơ đề nghị khen thưởng và gửi cấp có thẩm quyền.",
    SECRETARY: "Lập hồ sơ đề nghị khen thưởng của khối.",
    AGENCY_OFFICER: "Chuẩn bị hồ sơ đề nghị khen thưởng của cơ quan.",
  },
};

/**
 * Where each phase's work is done, below /khoi/<bloc>/<year>: every step on the dashboard is a link
 * there. Two roles' work in a phase is elsewhere: the chair prepares verification while agencies
 * self-score, and the secretary builds the bloc's dossier while agencies draft nominations.
 */
const PLACES: Partial<Record<PhaseKey, string>> = {
  REGISTRATION: "/dang-ky/dang-ky-thi-dua",
  PLEDGE_SIGNING: "/dang-ky/giao-uoc",
  MID_YEAR_REVIEW: "/dang-ky/so-ket",
  SELF_SCORING: "/cham-diem/tu-cham",
  VERIFICATION: "/cham-diem/tham-dinh",
  OBJECTION: "/cham-diem/khieu-nai",
  CONFERENCE: "/tong-ket/hoi-nghi",
  NOMINATION: "/khen-thuong/de-nghi",
};

const ROLE_PLACES: Partial<Record<`${PhaseKey}:${RoleName}`, string>> = {
  "SELF_SCORING:CHAIR": "/cham-diem/tham-dinh",
  "NOMINATION:SECRETARY": "/khen-thuong/ho-so",
};

export interface NextStep {
  phase: PhaseKey;
  text: string;
  /** Below the bloc year's address, e.g. "/cham-diem/tu-cham". */
  path: string;
}

export function nextSteps(roles: readonly RoleName[], openPhases: readonly PhaseKey[]): NextStep[] {
  const out: NextStep[] = [];
  for (const phase of openPhases) {
    for (const role of roles) {
      const text = STEPS[phase]?.[role];
      const path = ROLE_PLACES[`${phase}:${role}`] ?? PLACES[phase] ?? "";
      if (text && !out.some((s) => s.text === text)) out.push({ phase, text, path });
    }
  }
  return out;
}
