import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Challenges" };

export default function ChallengesPage() {
  return (
    <ComingSoon
      title="Challenges"
      description="Friendly contests — like the cook-off with our own products — with photo and video entries."
      points={["Submission and voting windows", "Photo and video entries", "A live leaderboard", "Winners announced as a moment of pride"]}
    />
  );
}
