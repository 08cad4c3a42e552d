import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { formatDay } from "@/lib/format";
import { listPublicResults } from "@/lib/server/publication/get-public-results";
import { readOr404 } from "@/lib/server/read-or-404";

export const metadata: Metadata = { title: "Kết quả thi đua công khai của tỉnh, thành phố" };

/** The results the blocs of one province have made public, newest year first; no sign-in. */
export default async function ProvincePublicResultsPage({ params }: { params: Promise<{ province: string }> }) {
  const { province } = await params;
  const { province: name, results } = await readOr404(listPublicResults(decodeURIComponent(province)));
  return (
    <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-bold">Kết quả thi đua công khai — {name}</h1>
      {results.length === 0 ? (
        <EmptyState>Chưa có khối thi đua nào của {name} công khai kết quả.</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-100">
          {results.map((r) => (
            <li key={`${r.blocCode}-${r.year}`} className="py-2">
              <Link href={`/cong-khai/${encodeURIComponent(r.blocCode)}/${r.year}`} className="font-medium text-brand-700 underline">
                {r.blocName} — năm {r.year}
              </Link>
              <span className="ml-2 text-sm text-stone-600">
                phiên bản {r.version}, công khai từ ngày {formatDay(r.publicSince)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
