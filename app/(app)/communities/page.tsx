import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Communities" };

export default function CommunitiesPage() {
  return (
    <ComingSoon
      title="Communities"
      description="Work and interest communities, each with a clear purpose, kept warm by the people who run them."
      points={[
        "Interest communities — cooking, running, photography — beside work ones",
        "A narrow purpose with a focus board, like “Rebut the top 3 buyer objections”",
        "Public, private and secret communities with moderators",
        "Health signals and a nudge before a community goes cold",
      ]}
    />
  );
}
