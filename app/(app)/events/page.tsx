import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Live shows" };

export default function LiveShowsPage() {
  return (
    <ComingSoon
      title="Live shows"
      description="Internal talk shows hosted by our leaders, with a live comment stream that stays afterwards."
      points={["Schedule, RSVP and reminders", "Live comments and reactions beside the stream", "Hosts highlight comments and thank commenters", "Replays with the saved comment log"]}
    />
  );
}
