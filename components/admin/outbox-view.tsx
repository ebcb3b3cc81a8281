import clsx from "clsx";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";
import type { OutboxMailView, OutboxRow } from "@/lib/mail/list-outbox";

const STATUS_STYLE: Record<OutboxRow["status"], string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-sky-100 text-sky-900",
  SENT: "bg-emerald-100 text-emerald-900",
  KEPT: "bg-stone-200 text-stone-800",
  FAILED: "bg-red-100 text-red-900",
};

/** The outbox list and the opened mail: its HTML in a sandboxed frame (no scripts, no same-origin) and its text. */
export function OutboxView({
  outbox,
  page,
}: {
  outbox: { mails: OutboxRow[]; open: OutboxMailView | null; hasMore: boolean };
  page: number;
}) {
  const href = (query: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams(
      Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
    );
    return `/admin/outbox${params.size ? `?${params}` : ""}`;
  };
  const open = outbox.open;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <nav aria-label="E-mails">
        <ul className="divide-y divide-stone-100 overflow-hidden rounded-2xl bg-white ring-1 ring-stone-200">
          {outbox.mails.map((mail) => (
            <li key={mail.id}>
              <Link
                href={href({ mail: mail.id, page: page > 1 ? page : undefined })}
                aria-current={open?.id === mail.id ? "true" : undefined}
                className={clsx(
                  "block px-4 py-3 text-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-ember-600",
                  open?.id === mail.id && "bg-ember-50",
                )}
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="truncate font-medium text-stone-900">{mail.subject}</span>
                  <Badge className={STATUS_STYLE[mail.status]}>{mail.status.toLowerCase()}</Badge>
                </span>
                <span className="mt-0.5 block truncate text-xs text-stone-600">
                  {mail.toAddress} · {mail.kind} · {formatDate(mail.createdAt, "dayTime")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex justify-between text-sm">
          {page > 1 ? (
            <Link href={href({ page: page - 1 })} className="font-medium text-ember-800 hover:underline">
              Newer
            </Link>
          ) : (
            <span />
          )}
          {outbox.hasMore && (
            <Link href={href({ page: page + 1 })} className="font-medium text-ember-800 hover:underline">
              Older
            </Link>
          )}
        </div>
      </nav>
      {open ? (
        <article aria-labelledby="mail-subject" className="min-w-0 space-y-4">
          <header className="rounded-2xl bg-white p-4 text-sm ring-1 ring-stone-200">
            <h2 id="mail-subject" className="text-base font-semibold text-stone-900">
              {open.subject}
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-700">
              <dt className="text-stone-500">To</dt>
              <dd className="break-all">{open.toAddress}</dd>
              <dt className="text-stone-500">Status</dt>
              <dd>
                {open.status.toLowerCase()}, {open.attempts} attempt{open.attempts === 1 ? "" : "s"}
                {open.lastError && <span className="text-red-700"> — {open.lastError}</span>}
              </dd>
              {open.unsubscribeUrl && (
                <>
                  <dt className="text-stone-500">List-Unsubscribe</dt>
                  <dd className="break-all">{open.unsubscribeUrl}</dd>
                </>
              )}
            </dl>
          </header>
          <iframe
            title={`HTML of ${open.subject}`}
            srcDoc={open.html}
            sandbox=""
            className="h-[32rem] w-full rounded-2xl bg-white ring-1 ring-stone-200"
          />
          <details className="rounded-2xl bg-white p-4 ring-1 ring-stone-200">
            <summary className="cursor-pointer text-sm font-medium text-stone-800">Plain text</summary>
            <pre className="mt-3 overflow-x-auto text-xs whitespace-pre-wrap text-stone-800">{open.text}</pre>
          </details>
        </article>
      ) : (
        <p className="rounded-2xl border border-dashed border-stone-300 p-6 text-sm text-stone-600">
          Choose an e-mail to read it as its recipient would.
        </p>
      )}
    </div>
  );
}
