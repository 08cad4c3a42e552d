import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { getRegistration } from "@/lib/server/registrations/get-registration";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { AgencyRegistration } from "../_components/agency-registration";

export const metadata: Metadata = { title: "Bản đăng ký thi đua" };

type Params = Promise<{ bloc: string; year: string; agencyCode: string }>;

/** One agency's registration; another agency's users (and observers) get the not-found page, by URL too. */
export default async function AgencyRegistrationPage({ params }: { params: Params }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const registration = await readOr404(getRegistration(data.bloc.id, data.year, decodeURIComponent(agencyCode)));
  const isReader = can(user, "registration:read-all", { blocId: data.bloc.id });

  return (
    <div className="space-y-4">
      <Link href={`/khoi/${data.bloc.code}/${data.year}/dang-ky/dang-ky-thi-dua`} className="text-sm text-brand-700 underline">
        {isReader ? "← Đăng ký của tất cả cơ quan" : "← Đăng ký thi đua"}
      </Link>
      <AgencyRegistration
        data={registration}
        year={data.year}
        phases={data.phases}
        today={todayInVietnam()}
        docxHref={`/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/dang-ky-thi-dua/${encodeURIComponent(registration.agency.code)}/docx`}
      />
    </div>
  );
}
