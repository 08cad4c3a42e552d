import { beforeEach, describe, expect, it, vi } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import { notify } from "@/lib/notifications/notify";
import { MarkNotificationReadInputSchema, SaveNotificationPreferencesInputSchema } from "@/lib/schemas/notifications";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { findNotifications, INBOX_PAGE_SIZE } from "@/lib/server/notifications/find-notifications";
import { getNotificationPreferences } from "@/lib/server/notifications/get-notification-preferences";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/notifications/mark-notification-read";
import { saveNotificationPreferences } from "@/lib/server/notifications/save-notification-preferences";
import { auditRows, expectRefused, makeRoleUser, makeStandardUsers, makeTwoBlocs, type StandardWho } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * One's own inbox and e-mail choices: every role reads and marks its own notifications and
 * nobody else's (another user's is "not found"), signed out nothing.
 */
const db = testDb();

const world = reusableWorld(async () => {
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: 2026, outsider: "Sở Nội vụ" });
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: members[0], outsider });
  const stranger = await makeRoleUser(db, "AGENCY_LEADER", { agencyId: members[1].id });
  return { users, stranger };
});

async function tell(userId: string, message: string) {
  await db.$transaction((tx) => notify(tx, { kind: "SHEET_RETURNED", recipients: [userId], message, link: "/khoi/A/2026/cham-diem/tu-cham" }));
  return db.notification.findFirstOrThrow({ where: { userId, message } });
}

const ROLES: StandardWho[] = ["ADMIN", "COUNCIL", "SECRETARY", "CHAIR", "OBSERVER", "AGENCY_LEADER", "AGENCY_OFFICER", "OTHER_OFFICER"];

describe("the inbox", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLES)("%s reads, counts and marks only their own notifications", async (who) => {
    const w = await world();
    const mine = await tell(w.users[who], "Của tôi");
    const theirs = await tell(w.stranger, "Của người khác");
    signInAs(w.users[who]);
    expect(await countUnreadNotifications()).toBe(1);
    const inbox = await findNotifications(1);
    expect(inbox).toMatchObject({ total: 1, unread: 1, page: 1, pageCount: 1 });
    expect(inbox.items.map((n) => n.message)).toEqual(["Của tôi"]);

    const before = await db.notification.findUniqueOrThrow({ where: { id: theirs.id } });
    await expectRefused(markNotificationRead(MarkNotificationReadInputSchema.parse({ notificationId: theirs.id })), "NOT_FOUND");
    expect(await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(before);

    expect(await markNotificationRead(MarkNotificationReadInputSchema.parse({ notificationId: mine.id }))).toEqual({ changed: true });
    expect(await markNotificationRead(MarkNotificationReadInputSchema.parse({ notificationId: mine.id }))).toEqual({ changed: false });
    expect(await countUnreadNotifications()).toBe(0);
    expect((await auditRows(db, "Notification", mine.id)).map((a) => [a.action, a.actorId])).toEqual([["notification.read", w.users[who]]]);
  });

  it("marking all read marks the user's own only, and is audited once", async () => {
    const w = await world();
    for (const m of ["một", "hai", "ba"]) await tell(w.users.AGENCY_LEADER, m);
    const theirs = await tell(w.stranger, "không phải của bạn");
    signInAs(w.users.AGENCY_LEADER);
    expect(await markAllNotificationsRead()).toEqual({ marked: 3 });
    expect(await markAllNotificationsRead()).toEqual({ marked: 0 });
    expect(await countUnreadNotifications()).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await auditRows(db, "User", w.users.AGENCY_LEADER)).map((a) => a.action)).toEqual(["notification.read-all"]);
  });

  it("pages the newest first", async () => {
    const w = await world();
    await db.notification.createMany({
      data: Array.from({ length: INBOX_PAGE_SIZE + 5 }, (_, i) => ({
        userId: w.users.CHAIR,
        kind: "VOTE_OPENED" as const,
        message: `Thông báo ${i}`,
        createdAt: new Date(Date.UTC(2026, 11, 1, 0, i)),
      })),
    });
    signInAs(w.users.CHAIR);
    const first = await findNotifications(1);
    expect(first.items[0]!.message).toBe(`Thông báo ${INBOX_PAGE_SIZE + 4}`);
    expect(first.pageCount).toBe(2);
    const last = await findNotifications(99);
    expect(last.page).toBe(2);
    expect(last.items.map((n) => n.message)).toEqual(["Thông báo 4", "Thông báo 3", "Thông báo 2", "Thông báo 1", "Thông báo 0"]);
  });

  it("signed out: nothing is read or marked", async () => {
    const w = await world();
    const mine = await tell(w.users.CHAIR, "x");
    await expectRefused(findNotifications(1), "UNAUTHENTICATED");
    await expectRefused(countUnreadNotifications(), "UNAUTHENTICATED");
    await expectRefused(markNotificationRead({ notificationId: mine.id }), "UNAUTHENTICATED");
    await expectRefused(markAllNotificationsRead(), "UNAUTHENTICATED");
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
  });
});

describe("e-mail choices", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLES)("%s reads the defaults, saves their own choice (audited), and it decides the next e-mail", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    const defaults = await getNotificationPreferences();
    expect(defaults.choices.map((c) => c.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(defaults.choices.find((c) => c.kind === "SHEET_RETURNED")!.email).toBe(true);
    expect(defaults.choices.find((c) => c.kind === "CRITERIA_CHANGED")!.email).toBe(false);

    const save = (kinds: string[]) => saveNotificationPreferences(SaveNotificationPreferencesInputSchema.parse({ emailKinds: kinds }));
    expect(await save(["CRITERIA_CHANGED", "VOTE_OPENED"])).toEqual({ changed: true });
    const after = await getNotificationPreferences();
    expect(after.choices.filter((c) => c.email).map((c) => c.kind)).toEqual(["VOTE_OPENED", "CRITERIA_CHANGED"]);
    expect(await save(["CRITERIA_CHANGED", "VOTE_OPENED"])).toEqual({ changed: false });
    const audit = await auditRows(db, "User", w.users[who]);
    expect(audit.map((a) => a.action)).toEqual(["account.notification-preferences"]);
    expect(audit[0]!.after).toEqual({ emailKinds: ["VOTE_OPENED", "CRITERIA_CHANGED"] });

    // Nobody else's choices changed; the next returned sheet is not e-mailed to this user.
    expect(await db.notificationPreference.count({ where: { userId: { not: w.users[who] } } })).toBe(0);
    await tell(w.users[who], "Trả lại");
    expect(await db.mailOutbox.count()).toBe(0);
  });

  it("refuses an unknown kind, and a signed-out save writes nothing", async () => {
    expect(SaveNotificationPreferencesInputSchema.safeParse({ emailKinds: ["KHONG_CO"] }).error?.issues[0]?.message).toBe("Loại thông báo không hợp lệ.");
    expect(SaveNotificationPreferencesInputSchema.parse({}).emailKinds).toEqual([]);
    await expectRefused(saveNotificationPreferences({ emailKinds: [] }), "UNAUTHENTICATED");
    expect(await db.notificationPreference.count()).toBe(0);
  });
});
