"use client";

import { Download } from "lucide-react";
import { eraseOwnAccountAction, requestExportAction } from "@/app/(app)/settings/data-actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";
import { formatDate } from "@/lib/format/dates";

export type YourDataExport = {
  id: string;
  status: "PENDING" | "READY" | "FAILED";
  bytes: number | null;
  createdAt: string;
  expiresAt: string;
};

function size(bytes: number | null): string {
  if (bytes === null) return "";
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function ExportRow({ item }: { item: YourDataExport }) {
  const asked = formatDate(item.createdAt, "dayTime");
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
      <span className="text-stone-700">Requested {asked}</span>
      {item.status === "READY" && (
        <a
          href={`/api/me/exports/${item.id}`}
          className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1 font-medium text-ember-800 underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-ember-600 focus-visible:outline-none"
        >
          <Download aria-hidden className="size-4" />
          Download ({size(item.bytes)}, until {formatDate(item.expiresAt, "day")})
        </a>
      )}
      {item.status === "PENDING" && <span className="text-stone-600">Being prepared…</span>}
      {item.status === "FAILED" && <span className="text-red-700">Could not be built. Please ask again.</span>}
    </li>
  );
}

/** Settings → Your data: a copy of everything (GDPR export) and erasing the account. Self-contained. */
export function YourData({ exports, handle }: { exports: YourDataExport[]; handle: string }) {
  const exportForm = useFormAction(requestExportAction);
  const eraseForm = useFormAction(eraseOwnAccountAction);
  return (
    <Card>
      <h2 id="your-data" className="scroll-mt-20 font-semibold">
        Your data
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Download a copy of everything Hearth holds about you: your profile, posts, comments, reactions, questions
        (anonymous ones too), answers, action items, votes, notifications and the files you uploaded. It is prepared in
        the background; we notify you when it is ready, and the link works for 7 days.
      </p>
      <form action={exportForm.action} className="mt-4 space-y-3">
        <FormMessage status={exportForm.state.status} message={exportForm.state.message} />
        <Button type="submit" variant="secondary" disabled={exportForm.pending}>
          {exportForm.pending ? "Requesting…" : "Request a copy of my data"}
        </Button>
      </form>
      {exports.length > 0 ? (
        <ul aria-label="Your exports" className="mt-4 divide-y divide-stone-200 border-t border-stone-200">
          {exports.map((item) => (
            <ExportRow key={item.id} item={item} />
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-sm text-stone-500">You have no exports waiting.</p>
      )}

      <div className="mt-8 border-t border-stone-200 pt-6">
        <h3 className="font-semibold text-red-800">Erase my account</h3>
        <p className="mt-1 text-sm text-stone-600">
          Removes your profile and everything that names you. Your posts, comments and answers are kept under “Former
          colleague” or deleted, as your organisation decided. Anonymous questions stay anonymous. This cannot be
          undone: download your data first if you want a copy.
        </p>
        <form action={eraseForm.action} className="mt-4 max-w-md space-y-3">
          {eraseForm.state.status === "error" && !eraseForm.fieldErrors.confirm && (
            <FormMessage status="error" message={eraseForm.state.message} />
          )}
          <TextField
            label={`Type your handle, ${handle}, to confirm`}
            name="confirm"
            autoComplete="off"
            defaultValue={eraseForm.kept?.confirm ?? ""}
            error={eraseForm.fieldErrors.confirm}
          />
          <Button type="submit" variant="danger" disabled={eraseForm.pending}>
            {eraseForm.pending ? "Erasing…" : "Erase my account"}
          </Button>
        </form>
      </div>
    </Card>
  );
}
