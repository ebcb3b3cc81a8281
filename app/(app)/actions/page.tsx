import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Action items" };

export default function ActionItemsPage() {
  return (
    <ComingSoon
      title="Action items"
      description="What leaders promised, who is doing it, and where it stands — visible to everyone."
      points={["Assigned from an answer, a post or from scratch", "Open, in progress, done or declined with a reason", "Boards by status, assignee and leader", "Overdue items stand out and remind their owners"]}
    />
  );
}
