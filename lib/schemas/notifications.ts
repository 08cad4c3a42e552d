import { z } from "zod";
import { listOf } from "@/lib/forms/form-fields";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import { id } from "./common";

/** Inputs of one's own inbox (/thong-bao) and of the e-mail choices on the account page. */
export const MarkNotificationReadInputSchema = z.object({ notificationId: id });
export type MarkNotificationReadInput = z.infer<typeof MarkNotificationReadInputSchema>;

/** The kinds ticked "also by e-mail" (a checkbox each, named emailKinds); every kind not ticked is inbox only. */
export const SaveNotificationPreferencesInputSchema = z.object({
  emailKinds: z.preprocess(
    (v) => listOf(v as string | string[] | undefined),
    z.array(z.enum(NOTIFICATION_KINDS, { error: "Loại thông báo không hợp lệ." })).max(NOTIFICATION_KINDS.length),
  ),
});
export type SaveNotificationPreferencesInput = z.infer<typeof SaveNotificationPreferencesInputSchema>;

/** The page of the inbox in its address (?trang=2); anything else is the first. */
export const InboxPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
