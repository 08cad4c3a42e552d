import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { getVerificationSheet } from "@/lib/server/verification/get-verification-sheet";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { VerificationSheetView } from "../_components/verification-sheet-view";

export const metadata: Metadata = { title: "Thẩm định bảng điểm của cơ quan" };

/** One member agency's sheet, self values beside the verified ones; editable by its verifier. */
export default async function VerifySheetPage({ params }: { params: Promise<{ bloc: string; year: string; agencyCode: string }> }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const member = data.members.find((m) => m.code === decodeURIComponent(agencyCode));
  if (!member || !data.cycle) notFound();
  const view = await readOr404(getVerificationSheet(data.bloc.id, data.year, member.agencyId));
  return (
    <div className="space-y-5">
      <Link href={`/khoi/${data.bloc.code}/${data.year}/cham-diem/tham-dinh`} className="text-sm text-brand-700 underline">
        ← Danh sách thẩm định
      </Link>
      {view.table ? <VerificationSheetView view={view} year={data.year} /> : <EmptyState>Bảng tiêu chí năm {data.year} chưa được khóa.</EmptyState>}
    </div>
  );
}
