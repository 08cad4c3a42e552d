import type { Metadata } from "next";
import Link from "next/link";
import { PledgeDocument } from "@/components/pledges/pledge-document";
import { PledgeVersions } from "@/components/pledges/pledge-versions";
import { SignatureTable } from "@/components/pledges/signature-table";
import { RegistrationTable } from "@/components/registrations/registration-table";
import { Card, EmptyState } from "@/components/ui/card";
import { findPledges } from "@/lib/server/pledges/find-pledges";
import { findRegistrations } from "@/lib/server/registrations/find-registrations";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Đăng ký & giao ước" };

export default async function RegistrationPledgePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [registrations, pledges] = await Promise.all([findRegistrations(data.bloc.id, data.year), findPledges(data.bloc.id, data.year)]);
  const { latest } = pledges;
  const base = `/khoi/${data.bloc.code}/${data.year}/dang-ky`;
  const link = (path: string, label: string) => (
    <Link href={`${base}${path}`} className="no-print text-sm font-medium text-brand-700 hover:underline">
      {label}
    </Link>
  );
  const pledgeLinks = (
    <span className="flex gap-4">
      {link("/giao-uoc", "Soạn, ký giao ước")}
      {link("/so-ket", "Sơ kết 6 tháng")}
    </span>
  );

  return (
    <div className="space-y-5">
      <Card title={`Đăng ký thi đua năm ${data.year}`} actions={link("/dang-ky-thi-dua", "Mở trang đăng ký thi đua")}>
        {registrations.scope === "OWN" && <p className="mb-2 text-sm text-stone-600">Bạn xem được bản đăng ký của cơ quan mình.</p>}
        {registrations.rows.length > 0 ? (
          <RegistrationTable rows={registrations.rows} year={data.year} />
        ) : registrations.scope === "ALL" ? (
          <EmptyState>Khối chưa có cơ quan thành viên năm {data.year}.</EmptyState>
        ) : (
          <EmptyState>Bản đăng ký thi đua chỉ hiển thị cho cơ quan đăng ký và Thư ký, Trưởng khối.</EmptyState>
        )}
      </Card>

      {latest === null ? (
        <Card title="Giao ước thi đua" actions={pledgeLinks}>
          <EmptyState>Chưa có giao ước thi đua cho năm {data.year}.</EmptyState>
        </Card>
      ) : (
        <>
          <Card title="Giao ước thi đua" actions={pledgeLinks}>
            <PledgeDocument pledge={latest} />
          </Card>
          <Card title={`Chữ ký giao ước (phiên bản ${latest.version})`}>
            <SignatureTable pledge={latest} />
          </Card>
          <Card title="Các phiên bản giao ước">
            <PledgeVersions versions={pledges.versions} year={data.year} />
          </Card>
        </>
      )}
    </div>
  );
}
