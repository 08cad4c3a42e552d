import type { Metadata } from "next";
import Link from "next/link";
import { PledgeSignatures } from "@/components/pledges/pledge-signatures";
import { PledgeText } from "@/components/pledges/pledge-text";
import { Card } from "@/components/ui/card";
import { getPledge } from "@/lib/server/pledges/get-pledge";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, versionOr404, type VersionParams } from "../../../load";

export const metadata: Metadata = { title: "Phiên bản giao ước" };

/** One version of the year's pledge, read-only (a superseded version stays readable). */
export default async function PledgeVersionPage({ params }: { params: VersionParams }) {
  const { bloc, year, version } = await params;
  const data = await loadBlocYear(bloc, year);
  const pledge = await readOr404(getPledge(data.bloc.id, data.year, versionOr404(version)));
  const base = `/khoi/${data.bloc.code}/${data.year}/dang-ky/giao-uoc`;
  const memberNames = new Map(data.members.map((m) => [m.agencyId, m.name]));
  return (
    <div className="space-y-5">
      <nav aria-label="Đường dẫn" className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          Giao ước thi đua năm {data.year}
        </Link>
        <span className="text-stone-500"> / </span>Phiên bản {pledge.version}
      </nav>
      {pledge.status === "SUPERSEDED" && pledge.nextVersion && (
        <p role="note" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Phiên bản này đã được thay thế bởi{" "}
          <Link href={`${base}/${pledge.nextVersion}`} className="underline">
            phiên bản {pledge.nextVersion}
          </Link>
          ; chỉ còn để xem.
        </p>
      )}
      <Card title={`Giao ước thi đua năm ${data.year} — phiên bản ${pledge.version}`}>
        <PledgeText pledge={pledge} memberNames={memberNames} />
        <p className="mt-4 flex flex-wrap gap-3 text-sm">
          <Link href={`${base}/${pledge.version}/in`} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100">
            Bản in
          </Link>
          <a
            href={`/api/khoi/${data.bloc.code}/${data.year}/giao-uoc/${pledge.version}/docx`}
            className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100"
            download
          >
            Tải .docx
          </a>
          {pledge.previousVersion && (
            <Link href={`${base}/${pledge.previousVersion}`} className="px-1 py-1.5 text-brand-700 underline">
              Phiên bản trước ({pledge.previousVersion})
            </Link>
          )}
          {pledge.nextVersion && (
            <Link href={`${base}/${pledge.nextVersion}`} className="px-1 py-1.5 text-brand-700 underline">
              Phiên bản sau ({pledge.nextVersion})
            </Link>
          )}
        </p>
      </Card>
      <Card title={`Chữ ký (phiên bản ${pledge.version})`}>
        <PledgeSignatures pledge={pledge} />
      </Card>
    </div>
  );
}
