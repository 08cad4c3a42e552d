/**
 * Who a phase reminder is for (docs/decisions/0035): only those with something still to do in the
 * phase — an agency whose part is not done yet (its leaders and officers are told), or the bloc's
 * chair while work waits on them. What "done" means for each phase is decided from the records
 * (lib/notifications/pending-work.ts); this says what each audience is told and where to go.
 * Tổ chức thực hiện (EXECUTION) asks nothing dated of anyone: no reminder.
 */
import type { PhaseKey } from "./cycle-phase";

export interface ReminderAudience {
  /** The sentence added to the reminder. */
  todo: string;
  /** The page of the bloc's year where the work is done, after /khoi/<bloc>/<year>/. */
  section: string;
}

export interface PhaseTodo {
  agency?: ReminderAudience;
  chair?: ReminderAudience;
}

export const PHASE_TODO: Record<PhaseKey, PhaseTodo> = {
  REGISTRATION: { agency: { todo: "Cơ quan của bạn chưa gửi bản đăng ký thi đua.", section: "dang-ky/dang-ky-thi-dua" } },
  PLEDGE_SIGNING: { agency: { todo: "Cơ quan của bạn chưa ký giao ước thi đua.", section: "dang-ky/giao-uoc" } },
  EXECUTION: {},
  MID_YEAR_REVIEW: { agency: { todo: "Cơ quan của bạn chưa cập nhật tiến độ thực hiện giao ước.", section: "dang-ky/so-ket" } },
  SELF_SCORING: { agency: { todo: "Cơ quan của bạn chưa nộp bảng tự chấm điểm.", section: "cham-diem/tu-cham" } },
  VERIFICATION: {
    agency: { todo: "Cơ quan của bạn chưa chấm chéo xong các cơ quan thành viên.", section: "cham-diem/cham-cheo" },
    chair: { todo: "Còn bảng điểm đã nộp chưa được thẩm định.", section: "cham-diem/tham-dinh" },
  },
  OBJECTION: { chair: { todo: "Còn kiến nghị về điểm chưa được quyết định.", section: "cham-diem/khieu-nai" } },
  CONFERENCE: { agency: { todo: "Cơ quan của bạn là thành viên dự hội nghị tổng kết của khối.", section: "tong-ket/hoi-nghi" } },
  NOMINATION: {
    agency: { todo: "Cơ quan của bạn còn đề nghị khen thưởng chưa gửi Trưởng khối.", section: "khen-thuong/de-nghi" },
    chair: { todo: "Còn đề nghị khen thưởng chờ Trưởng khối xem xét.", section: "khen-thuong/de-nghi" },
  },
};

/** The link of a reminder: the bloc's year and the audience's section. */
export function reminderLink(blocCode: string, year: number, audience: ReminderAudience): string {
  return `/khoi/${encodeURIComponent(blocCode)}/${year}/${audience.section}`;
}
