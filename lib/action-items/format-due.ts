import { formatDate } from "@/lib/format/dates";

// Due dates are calendar days, stored as the last millisecond of that day in UTC; they are shown as that
// day wherever the reader is, so every formatter here reads them in UTC.

const DAY = 86_400_000;

/** "12 Dec 2026", or "Fri, 12 Dec 2026" with the weekday. */
export function formatDueDay(iso: string, { weekday = false }: { weekday?: boolean } = {}): string {
  return formatDate(iso, weekday ? "weekdayDay" : "day", { timeZone: "UTC" });
}

/** "12 Dec" this year, "12 Dec 2027" otherwise. */
export function formatDueShort(iso: string, now = Date.now()): string {
  const sameYear = new Date(iso).getUTCFullYear() === new Date(now).getUTCFullYear();
  return formatDate(iso, sameYear ? "dayMonth" : "day", { timeZone: "UTC" });
}

/** The YYYY-MM-DD a date input shows for a stored due date. */
export function dueInputValue(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "";
}

/** Whole calendar days from today (UTC) to the due day: 0 today, 1 tomorrow, -4 four days ago. */
export function daysUntilDue(iso: string, now = Date.now()): number {
  const due = Date.parse(iso.slice(0, 10));
  const today = Date.parse(new Date(now).toISOString().slice(0, 10));
  return Math.round((due - today) / DAY);
}

/** "due today", "due tomorrow", "due in 5 days", "1 day overdue". */
export function relativeDue(iso: string, now = Date.now()): string {
  const days = daysUntilDue(iso, now);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days > 1) return `due in ${days} days`;
  return `${-days} day${days === -1 ? "" : "s"} overdue`;
}
