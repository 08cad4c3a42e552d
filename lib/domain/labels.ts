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
};
export const SCORING_MODE_LABELS: Record<string, string> = { VERIFICATION: "Tự chấm và thẩm định", CROSS_SCORING: "Chấm chéo" };

// ── Workflow steps (read-only pages of issue "workflow step pages") ──
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
export const VOTE_METHOD_LABELS: Record<string, string> = { ELECTRONIC: "Bỏ phiếu điện tử", PAPER: "Phiếu giấy" };
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

// ── Audit log view (every change is in the audit log: docs/domain/edge-cases.md#case-13) ──
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Criterion: "Tiêu chí",
  RoleAssignment: "Phân công vai trò",
  Bloc: "Khối thi đua",
  Agency: "Cơ quan",
  AgencyLineage: "Sắp xếp, hợp nhất cơ quan",
  Membership: "Thành viên khối",
  OfficerTerm: "Trưởng khối, Phó khối",
  Cycle: "Năm thi đua",
  CyclePhase: "Giai đoạn",
  AgencyKeyTask: "Nhiệm vụ trọng tâm",
  Registration: "Đăng ký thi đua",
  Pledge: "Giao ước thi đua",
  PledgeSignature: "Chữ ký giao ước",
  Meeting: "Hội nghị",
  CommitmentProgress: "Tiến độ thực hiện",
  CriteriaTable: "Bảng tiêu chí",
  ScoreSheet: "Bảng chấm điểm",
  ScoreEntry: "Điểm tiêu chí",
  CrossScore: "Chấm chéo",
  Objection: "Giải trình, kiến nghị",
  ResultPublication: "Công bố kết quả",
  Vote: "Biểu quyết",
  Nomination: "Đề nghị khen thưởng",
  AwardForm: "Hình thức khen thưởng",
  Decision: "Quyết định khen thưởng",
  StoredFile: "Tệp đính kèm",
};
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "criteria-table.create": "Lập bảng tiêu chí",
  "criteria-table.copy": "Sao chép bảng tiêu chí năm trước",
  "criteria-table.lock": "Khóa bảng tiêu chí",
  "criteria-table.version": "Tạo phiên bản bảng tiêu chí",
  "criteria-table.import": "Nhập bảng tiêu chí từ tệp .xlsx",
  "score-sheet.revalidate": "Kiểm tra lại bảng chấm điểm theo phiên bản bảng tiêu chí mới",
  "criterion.create": "Thêm tiêu chí",
  "criterion.update": "Sửa tiêu chí",
  "criterion.delete": "Xóa tiêu chí",
  "score-entry.create": "Tự chấm tiêu chí",
  "score-entry.update": "Sửa điểm tự chấm",
  "score-sheet.submit": "Nộp bảng tự chấm",
  "objection.create": "Gửi khiếu nại điểm",
  "objection.accept": "Chấp nhận khiếu nại",
  "objection.reject": "Không chấp nhận khiếu nại",
  "results.publish": "Công bố kết quả",
  "cross-score.create": "Chấm chéo tiêu chí",
  "cross-score.update": "Sửa điểm chấm chéo",
  "cross-score.submit": "Nộp điểm chấm chéo",
  "score-entry.verify": "Thẩm định điểm tiêu chí",
  "score-sheet.verify": "Hoàn tất thẩm định bảng điểm",
  "score-sheet.return": "Trả lại bảng điểm",
  "role.assign": "Giao vai trò",
  "role.withdraw": "Thu hồi vai trò",
  "account.create": "Tạo tài khoản",
  "account.import": "Tạo tài khoản (nhập từ tệp .xlsx)",
  "account.update": "Sửa thông tin tài khoản",
  "account.deactivate": "Cho ngừng hoạt động",
  "account.reactivate": "Kích hoạt lại",
  "account.reset-link": "Tạo liên kết đặt lại mật khẩu",
  "account.password-reset": "Đặt lại mật khẩu bằng liên kết",
  "account.password-change": "Đổi mật khẩu",
  "account.profile-update": "Sửa thông tin cá nhân",
  "account.sign-out-others": "Đăng xuất khỏi các phiên khác",
  "province.create": "Thêm tỉnh, thành phố",
  "province.rename": "Đổi tên tỉnh, thành phố",
  "province.merge": "Hợp nhất tỉnh, thành phố",
  "agency.update": "Sửa thông tin cơ quan",
  "bloc.create": "Lập khối",
  "bloc.update": "Sửa thông tin khối",
  "agency.create": "Thêm cơ quan",
  "agency.dissolve": "Giải thể cơ quan",
  "membership.add": "Thêm thành viên",
  "membership.copy": "Sao chép thành viên từ năm trước",
  "membership.update": "Sửa thành viên",
  "membership.remove": "Bỏ thành viên",
  "officer-term.create": "Ghi nhận nhiệm kỳ",
  "officer-term.update": "Sửa nhiệm kỳ",
  "officer-term.delete": "Xóa nhiệm kỳ",
  "vote.create": "Tạo cuộc biểu quyết",
  "vote.open": "Mở bỏ phiếu",
  "vote.close": "Kết thúc bỏ phiếu",
  "vote.runoff": "Tạo vòng bỏ phiếu lại",
  "cycle.create": "Lập năm thi đua",
  "cycle.phases.update": "Đặt lịch các giai đoạn",
  "cycle.scoring-rules.update": "Lưu quy tắc chấm điểm của năm",
  "cycle.scoring-rules.reset": "Khôi phục quy tắc chấm điểm mặc định",
  "cycle.programme.update": "Sửa chương trình thi đua",
  "phase.reopen": "Mở lại giai đoạn",
  "key-tasks.update": "Sửa nhiệm vụ trọng tâm",
  "award-form.create": "Thêm hình thức khen thưởng",
  "award-form.update": "Sửa hình thức khen thưởng",
  "award-form.delete": "Xóa hình thức khen thưởng",
  "award-form.copy": "Sao chép danh mục khen thưởng năm trước",
  "nomination.create": "Thêm đề nghị khen thưởng",
  "nomination.update": "Sửa đề nghị khen thưởng",
  "nomination.propose": "Cơ quan gửi đề nghị khen thưởng",
  "nomination.send": "Gửi đề nghị khen thưởng lên cấp trên",
  "nomination.return": "Trả lại đề nghị khen thưởng",
  "nomination.reject": "Không đề nghị khen thưởng",
  "nomination.prioritise": "Sắp xếp thứ tự ưu tiên đề nghị",
  "conference.create": "Ghi nhận hội nghị tổng kết",
  "conference.update": "Sửa thông tin hội nghị tổng kết",
  "conference.attendance.save": "Lưu điểm danh hội nghị tổng kết",
  "decision.record": "Ghi nhận quyết định khen thưởng",
  "decision.cancel": "Hủy quyết định khen thưởng",
};
/** Names of snapshot keys in the audit view's before/after diff; unknown keys show as they are. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: "Mã bản ghi",
  code: "Mã",
  name: "Tên",
  shortName: "Tên viết tắt",
  kind: "Loại",
  type: "Loại cơ quan",
  level: "Cấp",
  organiser: "Cơ quan tổ chức",
  provinceId: "Tỉnh, thành phố",
  blocId: "Khối",
  agencyId: "Cơ quan",
  agency: "Cơ quan",
  cycleId: "Năm thi đua",
  year: "Năm",
  theme: "Chủ đề thi đua",
  movements: "Phong trào thi đua",
  legalBases: "Căn cứ",
  scoringMode: "Cách chấm điểm",
  phases: "Lịch",
  key: "Giai đoạn",
  opensOn: "Từ ngày",
  closesOn: "Đến ngày",
  reopenedUntil: "Mở lại đến",
  reopenReason: "Lý do mở lại",
  tasks: "Nhiệm vụ trọng tâm",
  joinedOn: "Ngày tham gia",
  leftOn: "Ngày rời khối",
  note: "Ghi chú",
  role: "Chức danh",
  startsOn: "Ngày bắt đầu",
  endsOn: "Ngày kết thúc",
  method: "Hình thức chọn",
  decisionRef: "Số quyết định, biên bản",
  personName: "Người đảm nhiệm",
  handoverOn: "Ngày bàn giao cờ",
  establishedOn: "Ngày thành lập",
  dissolvedOn: "Ngày giải thể",
  status: "Trạng thái",
  version: "Phiên bản",
  isDemoData: "Dữ liệu minh họa",
  verifiedPoints: "Điểm thẩm định",
  verifiedActual: "Kết quả thực hiện (thẩm định; điều kiện bắt buộc: 1 = có vi phạm)",
  verifiedTarget: "Chỉ tiêu (thẩm định)",
  verifyReason: "Lý do thẩm định",
  returnReason: "Lý do trả lại",
  filledFromSelf: "Tiêu chí lấy điểm tự chấm",
};
// ── Registration targets (đăng ký thi đua) ──
export const REGISTRATION_TARGET_KIND_LABELS: Record<string, string> = {
  TEXT: "Mô tả (không có giá trị)",
  NUMBER: "Số lượng",
  PERCENT: "Tỷ lệ (%)",
  YES_NO: "Có / không",
};
// ── Pledge (giao ước) ──
export const PLEDGE_TARGET_KIND_LABELS: Record<string, string> = {
  TEXT: "Không có chỉ tiêu đo được",
  NUMBER: "Số lượng",
  PERCENT: "Tỷ lệ (%)",
  YES_NO: "Có / không",
};
