// Vietnamese names of the schema's enumerations, for pages and documents.
export const AGENCY_TYPE_LABELS: Record<string, string> = {
  BAN_DANG: "Ban Đảng",
  UY_BAN_KIEM_TRA: "Ủy ban Kiểm tra",
  VAN_PHONG: "Văn phòng",
  DANG_UY_KHOI: "Đảng ủy khối",
  BAO: "Báo",
  TRUONG_CHINH_TRI: "Trường Chính trị",
  HOC_VIEN: "Học viện",
  DON_VI_SU_NGHIEP: "Đơn vị sự nghiệp",
  KHAC: "Khác",
};

export const LEVEL_LABELS: Record<string, string> = { CENTRAL: "Trung ương", PROVINCE: "Tỉnh, thành phố", DISTRICT: "Huyện, quận" };
export const BLOC_KIND_LABELS: Record<string, string> = { KHOI: "Khối thi đua", CUM: "Cụm thi đua" };
export const OFFICER_ROLE_LABELS: Record<string, string> = { HEAD: "Trưởng khối", DEPUTY: "Phó khối" };
export const SELECTION_LABELS: Record<string, string> = {
  ELECTED: "Bầu tại hội nghị",
  ACCLAIMED: "Suy tôn",
  APPOINTED: "Cấp trên chỉ định",
  ROTATION: "Luân phiên",
  ACTING: "Phó khối điều hành (cơ quan Trưởng khối sáp nhập, giải thể)",
};
export const SCORING_MODE_LABELS: Record<string, string> = { VERIFICATION: "Tự chấm và thẩm định", CROSS_SCORING: "Chấm chéo" };

// ── Workflow steps (their read-only pages) ──
export const AGENCY_CHANGE_KIND_LABELS: Record<string, string> = {
  MERGER: "Hợp nhất, sáp nhập",
  SPLIT: "Chia tách",
  RENAME: "Đổi tên",
  DISSOLUTION: "Giải thể",
};
export const REGISTRATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Đang soạn",
  SUBMITTED: "Đã gửi",
  ACCEPTED: "Đã tiếp nhận",
  RETURNED: "Trả lại",
};
export const PLEDGE_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Dự thảo",
  SIGNING: "Đang ký",
  LOCKED: "Đã khóa",
  SUPERSEDED: "Đã thay thế",
};
export const TABLE_STATUS_LABELS: Record<string, string> = { DRAFT: "Dự thảo", LOCKED: "Đã khóa", SUPERSEDED: "Đã thay thế" };
export const CRITERION_TYPE_LABELS: Record<string, string> = {
  GROUP: "Nhóm tiêu chí",
  GRADED: "Chấm theo mức",
  QUANTITATIVE: "Định lượng",
  YES_NO: "Có / không",
  COUNT: "Tính theo số lượng",
  BONUS: "Điểm thưởng",
  PENALTY: "Điểm trừ",
  GATE: "Điều kiện bắt buộc",
};
export const SHEET_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Đang tự chấm",
  SUBMITTED: "Đã nộp",
  RETURNED: "Trả lại",
  VERIFIED: "Đã thẩm định",
};
export const MEETING_KIND_LABELS: Record<string, string> = {
  PLEDGE_SIGNING: "Hội nghị ký kết giao ước",
  MID_YEAR_REVIEW: "Hội nghị sơ kết",
  YEAR_END_CONFERENCE: "Hội nghị tổng kết",
};
export const ATTENDANCE_STATUS_LABELS: Record<string, string> = { PRESENT: "Có mặt", REPRESENTED: "Cử đại diện", ABSENT: "Vắng" };
export const VOTE_KIND_LABELS: Record<string, string> = {
  ACCLAIM_LEADER: "Suy tôn đơn vị dẫn đầu",
  AWARD_PROPOSAL: "Bình xét đề nghị khen thưởng",
  ELECT_HEAD: "Bầu Trưởng khối",
  ELECT_DEPUTY: "Bầu Phó khối",
};
/** The year's link between the score ranking and the leading-unit vote (docs/decisions/0043). */
export const RANKING_VOTE_MODE_LABELS: Record<string, string> = {
  FREE: "Chủ trì chọn ứng viên",
  CONFIRM_RANKING: "Biểu quyết các đơn vị xếp hạng cao nhất theo kết quả đã công bố",
};
export const ON_REJECTION_LABELS: Record<string, string> = {
  NEXT_RANKED: "Biểu quyết đơn vị xếp hạng kế tiếp",
  NONE: "Để trống, không biểu quyết đơn vị khác",
};
export const VOTE_METHOD_LABELS: Record<string, string> = { ELECTRONIC: "Bỏ phiếu điện tử", PAPER: "Phiếu giấy" };
/** A candidate's place in a closed vote, whatever the vote decides (the minutes say it per kind of vote). */
export const CANDIDATE_STATUS_LABELS: Record<string, string> = { SELECTED: "Được chọn", TIED: "Bằng phiếu", NOT_SELECTED: "Không được chọn" };
export const VOTE_STATUS_LABELS: Record<string, string> = { DRAFT: "Chưa mở", OPEN: "Đang bỏ phiếu", CLOSED: "Đã kết thúc" };
export const AWARD_TARGET_LABELS: Record<string, string> = { COLLECTIVE: "Tập thể", INDIVIDUAL: "Cá nhân" };
export const ROUNDING_LABELS: Record<string, string> = { FLOOR: "làm tròn xuống", CEIL: "làm tròn lên", HALF_UP: "làm tròn" };
export const NOMINATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Đang soạn",
  PROPOSED: "Cơ quan đề nghị",
  SENT: "Đã gửi cấp trên",
  RETURNED: "Trả lại",
  REJECTED: "Không đề nghị",
};
export const DECISION_OUTCOME_LABELS: Record<string, string> = {
  APPROVED: "Được khen",
  CHANGED: "Đổi hình thức",
  REJECTED: "Không được khen",
};
// ── Mid-year review (sơ kết) ──
export const PROGRESS_STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: "Chưa triển khai",
  ON_TRACK: "Đúng tiến độ",
  AT_RISK: "Chậm, có nguy cơ",
  ACHIEVED: "Đã đạt",
};

// ── Registration targets (đăng ký thi đua) ──
export const REGISTRATION_TARGET_KIND_LABELS: Record<string, string> = {
  TEXT: "Mô tả (không có giá trị)",
  NUMBER: "Số lượng",
  PERCENT: "Tỷ lệ (%)",
  YES_NO: "Có / không",
};
/** The comparator of a numeric target (lib/domain/target-comparator), in the select's order. */
export const TARGET_COMPARATOR_LABELS: Record<string, string> = {
  AT_LEAST: "Từ giá trị này trở lên (≥)",
  AT_MOST: "Không quá giá trị này (≤)",
  EXACTLY: "Đúng bằng giá trị này (=)",
};
// ── Pledge (giao ước) ──
export const PLEDGE_TARGET_KIND_LABELS: Record<string, string> = {
  TEXT: "Không có chỉ tiêu đo được",
  NUMBER: "Số lượng",
  PERCENT: "Tỷ lệ (%)",
  YES_NO: "Có / không",
};

/** The "4 khâu" of a role model (lib/domain/role-models/stages.ts). */
export const ROLE_MODEL_STAGE_LABELS: Record<"FOUND" | "FOSTERED" | "REVIEWED" | "REPLICATED", string> = {
  FOUND: "Phát hiện",
  FOSTERED: "Bồi dưỡng",
  REVIEWED: "Tổng kết",
  REPLICATED: "Nhân rộng",
};
export const BLOC_ACTIVITY_KIND_LABELS: Record<string, string> = { CONTEST: "Hội thi", JOINT: "Hoạt động chung" };
