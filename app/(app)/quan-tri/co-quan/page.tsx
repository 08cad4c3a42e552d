import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgencyForm } from "@/components/agency-register/agency-form";
import { AgencyTable } from "@/components/agency-register/agency-table";
import { RegisterPicker } from "@/components/agency-register/register-picker";
import { Card } from "@/components/ui/card";
import { canSomewhere } from "@/lib/domain/permissions";
import { findAgencyRegister } from "@/lib/server/agency-register/find-agency-register";
import { requireUser } from "@/lib/server/auth/current-user";
import { readOr404 } from "@/lib/server/read-or-404";
import { createAgencyAction } from "./actions";

export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

/**
 * The council's register of agencies, independent of blocs: a province's
 * (with the provinces it absorbed) or the central level's. Blocs choose their
 * members from it (docs/decisions/0011).
 */
export default async function AgencyRegisterPage({ searchParams }: { searchParams: Promise<{ tinh?: string | string[] }> }) {
  const user = await requireUser();
  if (!canSomewhere(user, "agency:manage")) notFound();
  const { tinh } = await searchParams;
  const view = await readOr404(findAgencyRegister(typeof tinh === "string" ? tinh : null), { forbidden: "404" });
  const { current, agencies } = view;
  const living = agencies.filter((a) => !a.dissolvedOn).length;
  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">Cơ quan, đơn vị</h2>
        <p className="mt-1 text-sm text-stone-600">
          Danh sách cơ quan, đơn vị và quá trình sắp xếp của từng cơ quan. Các khối thi đua chọn cơ quan thành viên từ danh sách này.
        </p>
      </div>
      <RegisterPicker registers={view.registers} current={current} />
      <Card title={`${current.label}: ${living} cơ quan đang hoạt động${agencies.length > living ? `, ${agencies.length - living} không còn` : ""}`}>
        {view.provinces.length > 1 && (
          <p className="mb-3 text-sm text-stone-600">
            Gồm cả cơ quan của{" "}
            {view.provinces
              .slice(1)
              .map((p) => p.name)
              .join(", ")}{" "}
            (đã hợp nhất vào {current.label}).
          </p>
        )}
        <AgencyTable rows={agencies} label={current.label} />
      </Card>
      <Card title="Thêm cơ quan, đơn vị">
        <AgencyForm
          action={createAgencyAction}
          initial={{ code: "", name: "", shortName: "", type: "", establishedOn: "", noPartyOrganisation: false, noMassOrganisations: false }}
          provinces={view.provinces}
          submitText="Thêm vào danh sách"
        />
      </Card>
    </div>
  );
}
