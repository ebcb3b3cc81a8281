import { Bell } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Notifications" };

export default function NotificationsPage() {
  return (
    <>
      <PageHeader title="Notifications" description="Comments, mentions, reactions and answers that concern you." />
      <EmptyState icon={<Bell className="size-8" aria-hidden="true" />} title="You are all caught up">
        When colleagues comment on your posts, mention you or answer your questions, you will find it here.
      </EmptyState>
    </>
  );
}
