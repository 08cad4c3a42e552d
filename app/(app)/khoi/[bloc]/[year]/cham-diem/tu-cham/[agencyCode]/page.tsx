import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { getSheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { SheetView } from "../_components/sheet-view";

export const metadata: Metadata = { title: "Bảng tự chấm của cơ quan" };

/** One member agency's sheet, for whoever may read it (read-only unless it is their own). */
export default async function AgencySheetPage({ params }: { params: Promise<{ bloc: string; year: string; agencyCode: string }> }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const member = data.members.find((m) => m.code === decodeURIComponent(agencyCode));
  if (!member || !data.cycle) notFound();
  const [view, verification] = await readOr404(
    Promise.all([getScoreSheet(data.bloc.id, data.year, member.agencyId), getSheetVerification(data.bloc.id, data.year, member.agencyId)]),
  );
  return (
    <div className="space-y-4">
      <Link href={`/khoi/${data.bloc.code}/${data.year}/cham-diem/tu-cham`} className="text-sm text-brand-700 underline">
        ← Tình hình tự chấm
      </Link>
      <SheetView view={view} year={data.year} verification={verification} docxBase={`/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tu-cham`} />
    </div>
  );
}
