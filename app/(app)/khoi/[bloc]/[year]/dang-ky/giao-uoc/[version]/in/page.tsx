import type { Metadata } from "next";
import Link from "next/link";
import { PledgePrintSheet } from "@/components/pledges/pledge-print-sheet";
import { SheetPrintStyle } from "@/components/documents/sheet-print-style";
import { PrintButton } from "@/components/pledges/print-button";
import { getPledgeDocument } from "@/lib/server/pledges/get-pledge-document";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, versionOr404, type VersionParams } from "../../../../load";

export const metadata: Metadata = { title: "Bản in giao ước" };

// On screen the sheet covers the app shell; on paper only the sheet prints,
// on A4 with the administrative margins (top/bottom 20 mm, left 30, right 15).

/** The pledge as a clean printable A4 page, with an "In" button. */
export default async function PledgePrintPage({ params }: { params: VersionParams }) {
  const { bloc, year, version } = await params;
  const data = await loadBlocYear(bloc, year);
  const n = versionOr404(version);
  const doc = await readOr404(getPledgeDocument(data.bloc.id, data.year, n));
  const back = `/khoi/${data.bloc.code}/${data.year}/dang-ky/giao-uoc/${n}`;
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-stone-200 py-6">
      <SheetPrintStyle />
      <div className="no-print mx-auto mb-4 flex w-[210mm] max-w-full flex-wrap items-center gap-3">
        <PrintButton />
        <a href={`/api/khoi/${data.bloc.code}/${data.year}/giao-uoc/${n}/docx`} className="rounded border border-stone-400 bg-white px-4 py-2 text-sm" download>
          Tải .docx
        </a>
        <Link href={back} className="text-sm text-brand-700 underline">
          Quay lại giao ước
        </Link>
      </div>
      <PledgePrintSheet doc={doc} />
    </div>
  );
}
