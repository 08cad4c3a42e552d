/**
 * The proposal dossier (hồ sơ đề nghị khen thưởng; docs/domain/documents.md#dossier): the
 * proposal memo (tờ trình) with the list of SENT nominees by form and priority, the year-end
 * conference minutes, the vote-count minutes of each CLOSED vote, and one achievement report
 * (báo cáo thành tích) per nominee in the annex form for its award (achievement-report.ts).
 * Plain data in, document specs out (final Vietnamese text); the minutes are named here and drawn
 * by the same builders as the standalone minutes (lib/documents/dossier-docx.ts). Pure.
 */
import { formatDay } from "@/lib/format";
import { achievementReport } from "./achievement-report";
import type { DossierData, DossierEntry } from "./dossier-types";
import { memo } from "./dossier-memo";
import { nomineesByForm } from "./dossier-nominees";
import { safeFileName } from "./file-names";

export { nomineeName, nomineesByForm } from "./dossier-nominees";

/**
 * Every document of the dossier, in bundle order: memo (when something was sent), conference minutes (when a year-end
 * conference was recorded), vote-count minutes per closed vote, then one achievement report per
 * nominee in the memo's order.
 */
export function dossierDocuments(d: DossierData): DossierEntry[] {
  const ordered = nomineesByForm(d.nominees).flatMap((g) => g.nominees);
  return [
    // A memo proposes what was sent: with nothing sent there is nothing to propose.
    ...(d.nominees.length > 0 ? [memo(d)] : []),
    ...(d.meeting
      ? [
          {
            minutes: "conference" as const,
            slug: "bien-ban-hoi-nghi",
            fileName: `02 Biên bản hội nghị tổng kết năm ${d.year}.docx`,
            title: "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
            subtitle: `${d.bloc.name} — năm thi đua ${d.year}`,
            label: "Biên bản hội nghị tổng kết",
            detail: `Ngày ${formatDay(d.meeting.heldOn)}`,
          },
        ]
      : []),
    ...d.voteMinutes.map((v, i) => ({
      minutes: "vote" as const,
      index: i,
      slug: `bien-ban-kiem-phieu-${i + 1}`,
      fileName: safeFileName(`03 Biên bản kiểm phiếu ${i + 1} - ${v.title}`) + ".docx",
      title: "BIÊN BẢN KIỂM PHIẾU",
      subtitle: v.title,
      label: `Biên bản kiểm phiếu ${i + 1}`,
      detail: v.title,
    })),
    ...ordered.map((n, i) => achievementReport(d, n, i)),
  ];
}
