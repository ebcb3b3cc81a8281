import { Briefcase, Globe2, Lock, Sparkles, EyeOff } from "lucide-react";
import { Badge } from "@/components/ui/card";
import type { CommunityKind, CommunityVisibility } from "@/lib/generated/prisma/enums";

const VISIBILITY = {
  PUBLIC: { label: "Public", Icon: Globe2, className: "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200" },
  PRIVATE: { label: "Private", Icon: Lock, className: "bg-amber-50 text-amber-900 ring-1 ring-amber-200" },
  SECRET: { label: "Secret", Icon: EyeOff, className: "bg-stone-800 text-white" },
} as const;

/** Kind (work / interest) and visibility, as small labelled badges. */
export function CommunityBadges({
  kind,
  visibility,
  category,
}: {
  kind: CommunityKind;
  visibility: CommunityVisibility;
  category?: string;
}) {
  const { label, Icon, className } = VISIBILITY[visibility];
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Badge
        className={
          kind === "WORK"
            ? "bg-sky-50 text-sky-900 ring-1 ring-sky-200"
            : "bg-ember-50 text-ember-900 ring-1 ring-ember-200"
        }
      >
        {kind === "WORK" ? (
          <Briefcase className="mr-1 size-3" aria-hidden="true" />
        ) : (
          <Sparkles className="mr-1 size-3" aria-hidden="true" />
        )}
        {kind === "WORK" ? "Work" : "Interest"}
      </Badge>
      <Badge className={className}>
        <Icon className="mr-1 size-3" aria-hidden="true" />
        {label}
      </Badge>
      {category && <Badge className="bg-stone-100 text-stone-700">{category}</Badge>}
    </span>
  );
}
