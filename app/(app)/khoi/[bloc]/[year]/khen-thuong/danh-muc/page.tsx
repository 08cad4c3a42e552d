import type { Metadata } from "next";
import Link from "next/link";
import { CopyAwardFormsButton, DeleteAwardFormButton } from "@/components/awards/award-catalogue-actions";
import { AwardCatalogueForm } from "@/components/awards/award-catalogue-form";
import { quotaText } from "@/components/awards/quota-text";
import { Card, EmptyState } from "@/components/ui/card";
import { describeRecordRule, recordRuleOf } from "@/lib/domain/awards";
import { AWARD_TARGET_LABELS } from "@/lib/domain/labels";
import { PERSON_TITLE_LABELS } from "@/lib/domain/people/person-titles";
import { AUTHORITY_KIND_LABELS } from "@/lib/schemas/awards";
import { findAwardCatalogue } from "@/lib/server/awards/find-award-catalogue";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { copyAwardFormsAction, deleteAwardFormAction, saveAwardFormAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Danh mục hình thức khen thưởng" };

export default async function AwardCataloguePage({ params, searchParams }: { params: BlocYearParams; searchParams: Promise<{ sua?: string }> }) {
  const { bloc, year } = await params;
  const { sua } = await searchParams;
  const data = await loadBlocYear(bloc, year);
  const catalogue = await findAwardCatalogue(data.bloc.id, data.year);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong/danh-muc`;
  if (!catalogue) {
    return (
      <Card title={`Danh mục hình thức khen thưởng năm ${data.year}`}>
        <EmptyState>Năm {data.year} chưa được lập năm thi đua.</EmptyState>
      </Card>
    );
  }
  const editing = sua ? (catalogue.forms.find((f) => f.id === sua) ?? null) : null;
  const titleName = (code: string) => PERSON_TITLE_LABELS[code] ?? catalogue.forms.find((f) => f.code === code)?.name ?? code;
  const bandLabel = (key: string | null) => (key ? (catalogue.bands.find((b) => b.key === key)?.label ?? key) : "—");

  return (
    <div className="space-y-5">
      <Card title={`Danh mục hình thức khen thưởng năm ${data.year}`}>
        {catalogue.forms.length === 0 ? (
          <div className="space-y-3">
            <EmptyState>Chưa có hình thức khen thưởng nào cho năm {data.year}.</EmptyState>
            {catalogue.canManage && catalogue.lastYearCount > 0 && (
              <CopyAwardFormsButton cycleId={catalogue.cycleId} fromYear={data.year - 1} action={copyAwardFormsAction} />
            )}
          </div>
        ) : (
          <ScrollTable caption={`Danh mục hình thức khen thưởng năm ${data.year}`}>
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="py-2 pr-2 font-medium">
                  Mã
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Tên hình thức
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Đối tượng
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Cấp quyết định
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Chỉ tiêu
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Điều kiện
                </th>
                {catalogue.canManage && (
                  <th scope="col" className="py-2 font-medium">
                    Thao tác
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {catalogue.forms.map((f) => (
                <tr key={f.id} className="border-b border-stone-100 align-top last:border-0">
                  <td className="whitespace-nowrap py-2 pr-2 font-mono text-xs">{f.code}</td>
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {f.name}
                    {f.isFlag && <span className="ml-1 text-xs text-stone-500">(cờ thi đua)</span>}
                  </th>
                  <td className="py-2 pr-2">{AWARD_TARGET_LABELS[f.target]}</td>
                  <td className="py-2 pr-2">
                    {f.authorityName}
                    <p className="text-xs text-stone-500">{AUTHORITY_KIND_LABELS[f.authorityKind as keyof typeof AUTHORITY_KIND_LABELS] ?? f.authorityKind}</p>
                  </td>
                  <td className="py-2 pr-2">
                    {quotaText({ kind: f.quotaKind, value: f.quotaValue === null ? null : Number(f.quotaValue), rounding: f.quotaRounding })}
                  </td>
                  <td className="py-2 pr-2 text-xs">
                    <ul className="space-y-0.5">
                      <li>Mức tối thiểu: {bandLabel(f.minBand)}</li>
                      {f.requiresRegistration && <li>Phải đăng ký</li>}
                      {f.requiresPledge && <li>Phải ký giao ước</li>}
                      {f.requiresNoDiscipline && <li>Không bị kỷ luật</li>}
                      {f.prerequisiteCodes.length > 0 && (
                        <li>
                          Tiền đề: {f.prerequisiteCodes.join(", ")}
                          {f.prerequisiteWithinYears && ` (trong ${f.prerequisiteWithinYears} năm gần nhất)`}
                        </li>
                      )}
                      {recordRuleOf(f) && <li>Cá nhân: {describeRecordRule(recordRuleOf(f)!, titleName)}</li>}
                    </ul>
                  </td>
                  {catalogue.canManage && (
                    <td className="py-2">
                      {f.sentCount > 0 ? (
                        <span className="text-xs text-stone-500">Đã gửi {f.sentCount} đề nghị: không sửa được.</span>
                      ) : (
                        <div className="flex flex-wrap items-start gap-2">
                          <Link href={`${base}?sua=${f.id}`} aria-label={`Sửa ${f.name}`} className="rounded border border-stone-300 px-3 py-2 text-sm">
                            Sửa
                          </Link>
                          {f.nominationCount === 0 && <DeleteAwardFormButton awardFormId={f.id} name={f.name} action={deleteAwardFormAction} />}
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Card>
      {catalogue.canManage && (
        <Card
          title={editing ? `Sửa hình thức: ${editing.name}` : "Thêm hình thức khen thưởng"}
          actions={
            editing ? (
              <Link href={base} className="text-sm underline">
                Thêm hình thức mới
              </Link>
            ) : undefined
          }
        >
          <AwardCatalogueForm cycleId={catalogue.cycleId} form={editing} bands={catalogue.bands} action={saveAwardFormAction} />
        </Card>
      )}
    </div>
  );
}
