"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { copyMembersAction } from "../actions";

/**
 * Copies members from the year before into `targetYear`. From the page of
 * the year before (open), it then opens the new year's list.
 */
export function CopyMembersForm({
  blocId,
  blocCode,
  targetYear,
  open,
  children,
}: {
  blocId: string;
  blocCode: string;
  targetYear: number;
  open: boolean;
  children: React.ReactNode;
}) {
  const [state, action] = useActionState(copyMembersAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="blocCode" value={blocCode} />
      <input type="hidden" name="year" value={targetYear} />
      {open && <input type="hidden" name="open" value="1" />}
      <SubmitButton variant="secondary" pendingText="Đang sao chép…">
        {children}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
