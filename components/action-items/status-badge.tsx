import clsx from "clsx";
import { AlarmClock } from "lucide-react";
import { Badge } from "@/components/ui/card";
import { STATUS_LABELS, type ActionStatus } from "@/lib/action-items/action-item-limits";

const tones: Record<ActionStatus, string> = {
  OPEN: "bg-sky-100 text-sky-900",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-emerald-100 text-emerald-900",
  DECLINED: "bg-stone-200 text-stone-800",
};

export function StatusBadge({ status, className }: { status: ActionStatus; className?: string }) {
  return (
    <Badge data-testid="action-status" className={clsx(tones[status], className)}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function OverdueBadge({ className }: { className?: string }) {
  return (
    <Badge className={clsx("gap-1 bg-red-600 text-white", className)}>
      <AlarmClock className="size-3" aria-hidden="true" /> Overdue
    </Badge>
  );
}
