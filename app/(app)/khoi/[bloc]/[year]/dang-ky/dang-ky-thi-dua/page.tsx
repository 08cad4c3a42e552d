import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { checkReviewWindow } from "@/lib/domain/registration";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { findRegistrations } from "@/lib/server/registrations/find-registrations";
import { getRegistration } from "@/lib/server/registrations/get-registration";
import { DeadlineOverrides } from "@/components/deadlines/deadline-overrides";
import { findDeadlineOverrides } from "@/lib/server/deadlines/find-deadline-overrides";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { grantExtensionAction, waiveLatePenaltyAction } from "../../thiet-lap/lich/actions";
import { AgencyRegistration } from "./_components/agency-registration";
import { ReviewTable } from "./_components/review-table";

export const metadata: Metadata = { title: "Đăng ký thi đua" };

/** The secretary's (and chair's) table of every member; for an agency's users, their own registration. */
export default async function RegistrationsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const overview = await findRegistrations(data.bloc.id, data.year);
  const base = `/khoi/${data.bloc.code}/${data.year}/dang-ky/dang-ky-thi-dua`;
  const today = todayInVietnam();

  if (overview.scope === "OWN" && overview.rows.length === 1) {
    const own = await getRegistration(data.bloc.id, data.year, overview.rows[0]!.agencyCode);
    const docxHref = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/dang-ky-thi-dua/${encodeURIComponent(own.agency.code)}/docx`;
    return <AgencyRegistration data={own} year={data.year} phases={data.phases} today={today} docxHref={docxHref} />;
  }
  if (overview.scope === "OWN") {
    return (
      <Card title={`Đăng ký thi đua năm ${data.year}`}>
        <p className="mb-2 text-sm text-stone-600">Bạn phụ trách đăng ký của các cơ quan sau:</p>
        <ul className="list-disc pl-5 text-sm">
          {overview.rows.map((r) => (
            <li key={r.agencyId}>
              <Link href={`${base}/${encodeURIComponent(r.agencyCode)}`} className="text-brand-700 underline">
                {r.agencyName}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    );
  }
  if (overview.scope === "NONE") {
    return (
      <Card title={`Đăng ký thi đua năm ${data.year}`}>
        <EmptyState>Bản đăng ký thi đua chỉ hiển thị cho cơ quan đăng ký và Thư ký, Trưởng khối.</EmptyState>
      </Card>
    );
  }

  const mayReview = can(user, "registration:review", { blocId: data.bloc.id });
  const reviewWindow = checkReviewWindow(data.phases, today);
  const overrides = await findDeadlineOverrides(data.bloc.id, data.year, "REGISTRATION");
  const counts = overview.rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status ?? "NONE"]: (acc[r.status ?? "NONE"] ?? 0) + 1 }), {});
  return (
    <div className="space-y-5">
      <Card title={`Đăng ký thi đua năm ${data.year} của các cơ quan thành viên`}>
        {overview.rows.length === 0 ? (
          <EmptyState>Khối chưa có cơ quan thành viên năm {data.year}.</EmptyState>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-stone-600">
              {overview.rows.length} cơ quan: {counts.SUBMITTED ?? 0} chờ tiếp nhận, {counts.ACCEPTED ?? 0} đã tiếp nhận, {counts.RETURNED ?? 0} bị trả lại,{" "}
              {counts.DRAFT ?? 0} đang soạn, {counts.NONE ?? 0} chưa đăng ký.
            </p>
            {mayReview && !reviewWindow.open && (
              <p role="note" className="rounded bg-stone-100 px-3 py-2 text-sm text-stone-700">
                {reviewWindow.reason}
              </p>
            )}
            <ReviewTable rows={overview.rows} year={data.year} base={base} mayReview={mayReview && reviewWindow.open} />
          </div>
        )}
      </Card>
      {overrides && <DeadlineOverrides view={overrides} extendAction={grantExtensionAction} waiveAction={waiveLatePenaltyAction} />}
    </div>
  );
}
