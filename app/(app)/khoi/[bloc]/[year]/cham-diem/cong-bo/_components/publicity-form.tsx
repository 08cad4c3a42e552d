"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { setResultPublicityAction } from "../actions";

/**
 * "Công khai kết quả" for the current published version, or "Thôi công khai" for the public one:
 * a public version's ranking and bands can be read by anyone at `publicUrl`, without signing in.
 */
export function PublicityForm({
  blocId,
  year,
  version,
  isPublic,
  publicUrl,
}: {
  blocId: string;
  year: number;
  version: number;
  isPublic: boolean;
  publicUrl: string;
}) {
  const [state, formAction] = useActionState(setResultPublicityAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label={isPublic ? "Thôi công khai kết quả" : "Công khai kết quả"} className="space-y-3" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="makePublic" value={isPublic ? "false" : "true"} />
      <p className="text-sm text-stone-600">
        {isPublic ? (
          <>
            Phiên bản {version} đang được công khai tại{" "}
            <a href={publicUrl} className="text-brand-700 underline">
              {publicUrl}
            </a>{" "}
            (bảng xếp hạng và xếp loại; không có điểm từng tiêu chí, minh chứng hay thông tin cá nhân).
          </>
        ) : (
          <>
            Công khai phiên bản {version}: ai cũng xem được bảng xếp hạng và xếp loại mà không cần đăng nhập; điểm từng tiêu chí và minh chứng không công khai.
          </>
        )}
      </p>
      {isPublic && (
        <ScopedField scope="cong-khai" name="reason" label="Lý do thôi công khai (không bắt buộc)" errors={errors?.reason}>
          {(p) => <textarea {...p} rows={2} maxLength={2000} className={inputClass} />}
        </ScopedField>
      )}
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={isPublic ? "Thôi công khai kết quả?" : `Công khai kết quả phiên bản ${version}?`}
        description={
          isPublic ? "Trang kết quả công khai sẽ không còn xem được." : "Bảng xếp hạng và xếp loại của phiên bản này sẽ xem được mà không cần đăng nhập."
        }
        confirmText={isPublic ? "Thôi công khai" : "Công khai"}
        variant={isPublic ? "danger" : "primary"}
      >
        {isPublic ? "Thôi công khai" : "Công khai kết quả"}
      </ConfirmSubmit>
    </form>
  );
}
