import type { Metadata } from "next";
import Link from "next/link";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { Card } from "@/components/ui/card";
import { loadAccountChoices } from "../load-choices";
import { createAccountAction } from "./actions";

export const metadata: Metadata = { title: "Tạo tài khoản" };

/** A new account with a temporary password shown once, and optionally its first role. */
export default async function NewAccountPage() {
  const choices = await loadAccountChoices();
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/quan-tri/tai-khoan" className="text-brand-700 underline">
          ← Danh sách tài khoản
        </Link>
      </p>
      <Card title="Tạo tài khoản">
        <p className="mb-4 text-sm text-stone-600">
          Hệ thống tạo một mật khẩu tạm thời, chỉ hiện một lần sau khi tạo. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên.
        </p>
        <CreateAccountForm action={createAccountAction} choices={choices} />
      </Card>
    </div>
  );
}
