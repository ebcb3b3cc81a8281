"use client";

import { Flag } from "lucide-react";
import { useState } from "react";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button";

// Loaded when opened (next/dynamic): a profile ships no dialog code until someone reports.
const ReportDialog = dynamic(() => import("@/components/moderation/report-dialog").then((m) => m.ReportDialog), {
  ssr: false,
});

/** "Report" on a profile: about a person's conduct, for the admins. */
export function ReportMemberButton({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Flag className="size-4" aria-hidden="true" /> Report
      </Button>
      {open && <ReportDialog open onClose={() => setOpen(false)} target="MEMBER" targetId={userId} what={name} />}
    </>
  );
}
