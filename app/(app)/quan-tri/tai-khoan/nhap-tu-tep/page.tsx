import type { Metadata } from "next";
import Link from "next/link";
import { ImportAccountsForm } from "@/components/accounts/import-accounts-form";
import { Card } from "@/components/ui/card";
import { ACCOUNT_COLUMNS, MAX_ACCOUNT_ROWS } from "@/lib/domain/account-import";
import { loadAccountChoices } from "../load-choices";
import { importAccountsAction } from "./actions";

export const metadata: Metadata = { title: "Nhập tài khoản từ tệp .xlsx" };

/** Many accounts at once from the template: all or nothing, each with a temporary password shown once. */
export default async function ImportAccountsPage() {
  const choices = await loadAccountChoices();
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/quan-tri/tai-khoan" className="text-brand-700 underline">
          ← Danh sách tài khoản
        </Link>
      </p>
      <Card title="1. Tải tệp mẫu">
        <div className="space-y-2 text-sm text-stone-700">
          <p>
            Tệp mẫu có các cột {ACCOUNT_COLUMNS.map((c) => `“${c}”`).join(", ")} và trang “Hướng dẫn” liệt kê tên các vai trò, mã cơ quan và mã khối trong phạm
            vi bạn quản lý. Mỗi dòng một tài khoản, tối đa {MAX_ACCOUNT_ROWS} tài khoản mỗi lần.
          </p>
          <p>
            <a
              href="/api/quan-tri/tai-khoan/mau-xlsx"
              className="inline-block rounded border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-100"
              download
            >
              Tải tệp mẫu (.xlsx)
            </a>
          </p>
        </div>
      </Card>
      <Card title="2. Nhập tệp">
        <p className="mb-4 text-sm text-stone-600">
          Mọi dòng được kiểm tra trước; nếu có dòng sai, hệ thống liệt kê lỗi theo dòng và cột và không tạo tài khoản nào.
        </p>
        <ImportAccountsForm action={importAccountsAction} choices={choices} />
      </Card>
    </div>
  );
}
