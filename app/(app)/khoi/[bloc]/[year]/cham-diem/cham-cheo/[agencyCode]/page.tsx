import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossSheet } from "@/lib/server/cross-scoring/get-cross-sheet";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { CrossSheetView } from "../_components/cross-sheet-view";

export const metadata: Metadata = { title: "Chấm chéo cơ quan" };

/** The user's agency's cross-scoring of one other member (never its own: refused). */
export default async function CrossSheetPage({ params }: { params: Promise<{ bloc: string; year: string; agencyCode: string }> }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const member = data.members.find((m) => m.code === decodeURIComponent(agencyCode));
  if (!member || !data.cycle) notFound();
  const back = `/khoi/${data.bloc.code}/${data.year}/cham-diem/cham-cheo`;
  const view = await readOr404(getCrossSheet(data.bloc.id, data.year, member.agencyId), { forbidden: (message) => ({ refused: message }) as const });
  return (
    <div className="space-y-4">
      <Link href={back} className="text-sm text-brand-700 underline">
        ← Chấm chéo
      </Link>
      {"refused" in view ? (
        <p role="status" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {view.refused}
        </p>
      ) : (
        <CrossSheetView view={view} />
      )}
    </div>
  );
}
