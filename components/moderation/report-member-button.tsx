"use client";

import { Flag } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";

// Loaded when opened (React.lazy): a profile ships no dialog code until someone reports.
const ReportDialog = lazy(() =>
  import("@/components/moderation/report-dialog").then((m) => ({ default: m.ReportDialog })),
);

/** "Report" on a profile: about a person's conduct, for the admins. */
export function ReportMemberButton({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Flag className="size-4" aria-hidden="true" /> Report
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ReportDialog open onClose={() => setOpen(false)} target="MEMBER" targetId={userId} what={name} />
        </Suspense>
      )}
    </>
  );
}
