import clsx from "clsx";
import Link from "next/link";

/** Open / handled, as links so each view has its own URL. */
export function QueueTabs({ path, status }: { path: string; status: "OPEN" | "CLOSED" }) {
  const tab = (value: "OPEN" | "CLOSED", label: string) => (
    <Link
      href={value === "OPEN" ? path : `${path}?status=closed`}
      aria-current={status === value ? "page" : undefined}
      className={clsx(
        "rounded-lg px-3 py-1.5 text-sm font-medium",
        status === value ? "bg-ember-100 text-ember-900" : "text-stone-700 hover:bg-stone-200/70",
      )}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Report status" className="mb-4 flex gap-2">
      {tab("OPEN", "Open")}
      {tab("CLOSED", "Handled")}
    </nav>
  );
}
