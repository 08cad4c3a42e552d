import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MinutesSheet } from "@/components/conference/minutes-sheet";
import { NumberPanel } from "@/components/document-numbers/number-panel";
import { SheetPrintStyle } from "@/components/documents/sheet-print-style";
import { PrintButton } from "@/components/pledges/print-button";
import { Card, EmptyState } from "@/components/ui/card";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { getDocumentNumber } from "@/lib/server/document-numbers/get-document-number";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../../../load";
import { issueDocumentNumberAction, recordDocumentNumberAction } from "../../../so-van-ban/actions";

export const metadata: Metadata = { title: "Biên bản hội nghị tổng kết" };

/** The year-end conference minutes as a printable A4 page, with "In" and the .docx. */
export default async function ConferenceMinutesPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const back = `/khoi/${data.bloc.code}/${data.year}/tong-ket/hoi-nghi`;
  // Without a year the address is wrong (404); with one, the conference is only not recorded yet.
  const minutes = await readOr404(getConferenceMinutes(data.bloc.id, data.year), { missing: () => (data.cycle === null ? notFound() : null) });
  if (!minutes) {
    return (
      <Card title="Biên bản hội nghị tổng kết">
        <EmptyState>
          Hội nghị tổng kết năm {data.year} chưa được ghi nhận.{" "}
          <Link href={back} className="text-brand-800 underline">
            Ghi nhận hội nghị
          </Link>
        </EmptyState>
      </Card>
    );
  }
  const number = await getDocumentNumber("CONFERENCE_MINUTES", minutes.meetingId);
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-stone-200 py-6">
      <SheetPrintStyle />
      <div className="no-print mx-auto mb-4 flex w-[210mm] max-w-full flex-wrap items-center gap-3">
        <PrintButton />
        <a
          href={`/api/khoi/${data.bloc.code}/${data.year}/hoi-nghi/${minutes.meetingId}/docx`}
          className="rounded border border-stone-400 bg-white px-4 py-2 text-sm"
          download
        >
          Tải .docx
        </a>
        <Link href={back} className="text-sm text-brand-700 underline">
          Quay lại hội nghị
        </Link>
      </div>
      <div className="no-print mx-auto mb-4 w-[210mm] max-w-full bg-white">
        <NumberPanel view={number} what="biên bản hội nghị" issueAction={issueDocumentNumberAction} recordAction={recordDocumentNumberAction} />
      </div>
      <MinutesSheet minutes={minutes} />
    </div>
  );
}
