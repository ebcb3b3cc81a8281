"use client";

import { MenuItem } from "@/components/ui/menu";
import dynamic from "next/dynamic";

// Loaded when one opens: a feed of cards ships none of the dialog code with its first paint.
const ReportDialog = dynamic(() => import("@/components/moderation/report-dialog").then((m) => m.ReportDialog), {
  ssr: false,
});
const RemoveDialog = dynamic(() => import("@/components/moderation/remove-dialog").then((m) => m.RemoveDialog), {
  ssr: false,
});

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
  if (open === "report") return <ReportDialog open onClose={onClose} target={target} targetId={targetId} what={what} />;
  if (open === "remove")
    return <RemoveDialog open onClose={onClose} targetType={target} targetId={targetId} onRemoved={onRemoved} />;
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
