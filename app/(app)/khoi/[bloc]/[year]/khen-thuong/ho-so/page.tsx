import type { Metadata } from "next";
import { NumberPanel } from "@/components/document-numbers/number-panel";
import { Card, EmptyState } from "@/components/ui/card";
import { dossierDocuments } from "@/lib/domain/dossier";
import { dossierZipName } from "@/lib/domain/file-names";
import { formatNumber } from "@/lib/format";
import { getDocumentNumber } from "@/lib/server/document-numbers/get-document-number";
import { getDossier } from "@/lib/server/dossier/get-dossier";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { issueDocumentNumberAction, recordDocumentNumberAction } from "../../so-van-ban/actions";

export const metadata: Metadata = { title: "Hồ sơ đề nghị khen thưởng" };

export default async function DossierPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const dossier = await readOr404(getDossier(data.bloc.id, data.year), {
    forbidden: (message) => ({ refused: message }),
    missing: () => ({ refused: `Khối chưa có năm thi đua ${data.year}.` }),
  });
  if ("refused" in dossier) {
    return (
      <Card title="Hồ sơ đề nghị khen thưởng">
        <EmptyState>{dossier.refused}</EmptyState>
      </Card>
    );
  }
  const docs = dossierDocuments(dossier);
  const memoNumber = data.cycle && (await getDocumentNumber("DOSSIER_MEMO", data.cycle.id));
  const base = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/ho-so`;

  return (
    <Card
      title={`Hồ sơ đề nghị khen thưởng năm ${data.year}`}
      actions={
        docs.length > 0 && (
          <a
            href={`${base}/zip`}
            download={dossierZipName(data.bloc.name, data.year)}
            className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Tải trọn bộ hồ sơ (.zip)
          </a>
        )
      }
    >
      <p className="mb-3 text-sm text-stone-600">
        Hồ sơ gồm tờ trình với {formatNumber(dossier.nominees.length)} đề nghị đã gửi cấp trên
        {dossier.meeting ? ", biên bản hội nghị tổng kết" : ""}
        {dossier.voteMinutes.length ? `, ${formatNumber(dossier.voteMinutes.length)} biên bản kiểm phiếu` : ""} và báo cáo thành tích của từng tập thể, cá nhân.
        Báo cáo thành tích theo mẫu của nghị định hiện hành cho hình thức đề nghị, điền sẵn kết quả chấm điểm, đăng ký, giao ước và khen thưởng đã ghi nhận;
        những dòng ghi “(cơ quan bổ sung)” do cơ quan hoàn thiện trước khi ký.
      </p>
      {dossier.nominees.length === 0 && (
        <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Chưa có đề nghị nào được gửi cấp trên: tờ trình và báo cáo thành tích được lập khi Trưởng khối gửi đề nghị (Khen thưởng › Đề nghị).
        </p>
      )}
      {!dossier.meeting && (
        <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">Chưa ghi nhận hội nghị tổng kết nên hồ sơ chưa có biên bản hội nghị.</p>
      )}
      {memoNumber && (
        <div className="mb-3">
          <h3 className="mb-1 text-sm font-semibold">Số của tờ trình</h3>
          <NumberPanel view={memoNumber} what="tờ trình" issueAction={issueDocumentNumberAction} recordAction={recordDocumentNumberAction} />
        </div>
      )}
      {docs.length === 0 && <EmptyState>Hồ sơ chưa có văn bản nào.</EmptyState>}
      <ul className="divide-y divide-stone-100 text-sm">
        {docs.map((d) => (
          <li key={d.slug} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{d.label}</span>
              {d.detail && <span className="block text-xs text-stone-500">{d.detail}</span>}
            </span>
            <a
              href={`${base}/${d.slug}/docx`}
              download={d.fileName}
              className="text-brand-700 underline"
              aria-label={d.slug === "to-trinh" ? undefined : `Tải ${d.fileName}`}
            >
              {d.slug === "to-trinh" ? "Tải tờ trình (.docx)" : "Tải (.docx)"}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
