import { CheckCircle2, CircleDot, Lock } from "lucide-react";
import { Badge } from "@/components/ui/card";
import type { QuestionStatusName } from "@/lib/questions/question-input";

const looks = {
  OPEN: { label: "Open", icon: CircleDot, className: "bg-sky-100 text-sky-900" },
  ANSWERED: { label: "Answered", icon: CheckCircle2, className: "bg-emerald-100 text-emerald-900" },
  CLOSED: { label: "Closed", icon: Lock, className: "bg-stone-200 text-stone-800" },
} as const;

export function QuestionStatusBadge({ status }: { status: QuestionStatusName }) {
  const { label, icon: Icon, className } = looks[status];
  return (
    <Badge className={className}>
      <Icon className="mr-1 size-3" aria-hidden="true" />
      {label}
    </Badge>
  );
}
