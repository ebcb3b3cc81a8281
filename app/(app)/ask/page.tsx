import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Ask leadership" };

export default function AskPage() {
  return (
    <ComingSoon
      title="Ask leadership"
      description="Ask the leadership team anything, under your name or anonymously, and see how quickly they answer."
      points={["Questions to leadership or a named leader, upvoted by colleagues", "Truly anonymous asking: nobody sees who asked, admins included", "Answers in the open that turn into tracked action items", "Each leader’s responsiveness, visible to everyone"]}
    />
  );
}
