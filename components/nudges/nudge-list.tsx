import { Lightbulb } from "lucide-react";
import { NudgeCard } from "@/components/nudges/nudge-card";
import type { NudgeView } from "@/lib/nudges/list-nudges";

/**
 * The reader's nudges as a small card, for any page (home's "Now" column, /notifications). Place it with
 * `<NudgeList nudges={await listNudges(actor, {})} />`; it renders nothing when there are none.
 */
export function NudgeList({ nudges, className }: { nudges: NudgeView[]; className?: string }) {
  if (nudges.length === 0) return null;
  return (
    <section aria-labelledby="nudges-heading" className={className}>
      <h2 id="nudges-heading" className="mb-2 flex items-center gap-2 text-sm font-semibold text-stone-900">
        <Lightbulb className="size-4 text-amber-700" aria-hidden="true" /> Worth doing this week
        <span className="font-normal text-stone-500">· only you see these</span>
      </h2>
      <ul className="space-y-2">
        {nudges.map((nudge) => (
          <NudgeCard key={nudge.id} nudge={nudge} />
        ))}
      </ul>
    </section>
  );
}
