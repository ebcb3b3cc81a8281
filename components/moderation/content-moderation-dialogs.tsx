"use client";

import { lazy, Suspense } from "react";
import { MenuItem } from "@/components/ui/menu";

// Loaded when one opens: a feed of cards ships none of the dialog code with its first paint.
const ReportDialog = lazy(() =>
  import("@/components/moderation/report-dialog").then((m) => ({ default: m.ReportDialog })),
);
const RemoveDialog = lazy(() =>
  import("@/components/moderation/remove-dialog").then((m) => ({ default: m.RemoveDialog })),
);

export type ModerationDialog = "report" | "remove" | null;

/** The report or remove dialog a post's or comment's options menu opened (at most one at a time). */
export function ContentModerationDialogs({
  open,
  onClose,
  target,
  targetId,
  what,
  onRemoved,
}: {
  open: ModerationDialog;
  onClose: () => void;
  target: "POST" | "COMMENT";
  targetId: string;
  what: string;
  onRemoved: () => void;
}) {
  if (open === "report")
    return (
      <Suspense fallback={null}>
        <ReportDialog open onClose={onClose} target={target} targetId={targetId} what={what} />
      </Suspense>
    );
  if (open === "remove")
    return (
      <Suspense fallback={null}>
        <RemoveDialog open onClose={onClose} targetType={target} targetId={targetId} onRemoved={onRemoved} />
      </Suspense>
    );
  return null;
}

/** The options-menu entries that open those dialogs: report for others' content, remove for its moderators. */
export function ModerationMenuItems({
  canReport,
  canRemove,
  onOpen,
}: {
  canReport: boolean;
  canRemove: boolean;
  onOpen: (dialog: "report" | "remove") => void;
}) {
  return (
    <>
      {canReport && (
        <MenuItem opensDialog onSelect={() => onOpen("report")}>
          Report
        </MenuItem>
      )}
      {canRemove && (
        <MenuItem opensDialog danger onSelect={() => onOpen("remove")}>
          Remove with reason
        </MenuItem>
      )}
    </>
  );
}
