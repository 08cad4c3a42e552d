import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { isAppError } from "@/lib/server/errors";
import { getSheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { loadBlocYear } from "../../../load";
import { SheetView } from "../_components/sheet-view";

export const metadata: Metadata = { title: "Bảng tự chấm của cơ quan" };

/** One member agency's sheet, for whoever may read it (read-only unless it is their own). */
export default async function AgencySheetPage({ params }: { params: Promise<{ bloc: string; year: string; agencyCode: string }> }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const member = data.members.find((m) => m.code === decodeURIComponent(agencyCode));
  if (!member || !data.cycle) notFound();
  const [view, verification] = await Promise.all([
    getScoreSheet(data.bloc.id, data.year, member.agencyId),
    getSheetVerification(data.bloc.id, data.year, member.agencyId),
  ]).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-4">
      <Link href={`/khoi/${data.bloc.code}/${data.year}/cham-diem/tu-cham`} className="text-sm text-brand-700 underline">← Tình hình tự chấm</Link>
      <SheetView view={view} year={data.year} verification={verification} />
    </div>
  );
}
