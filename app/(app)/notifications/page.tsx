import { Bell } from "lucide-react";
import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { NudgeList } from "@/components/nudges/nudge-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listNudges } from "@/lib/nudges/list-nudges";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await currentActor();
  const [page, nudges] = await Promise.all([listNotifications(actor, {}), listNudges(actor, {})]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Notifications"
        description="Comments, replies, mentions, reactions, announcements and new followers. Choose what reaches you, and how, in Settings."
      />
      <NudgeList nudges={nudges} className="mb-6" />
      {page.items.length === 0 ? (
        <EmptyState icon={<Bell className="size-8" aria-hidden="true" />} title="You are all caught up">
          When colleagues comment on your posts, mention you or follow you, you will find it here.
        </EmptyState>
      ) : (
        <NotificationList initial={page} />
      )}
    </div>
  );
}
