// Quiet hours in the reader's own time zone. Pure: the notification writer and the mail jobs share it.

/** Minutes after local midnight at `at` in `timeZone` (an unknown zone counts as UTC rather than failing a write). */
export function localMinutes(at: Date, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(at);
  } catch {
    return at.getUTCHours() * 60 + at.getUTCMinutes();
  }
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value("hour") * 60 + value("minute");
}

export type QuietHours = { timeZone: string; quietStart: number; quietEnd: number };

/** Whether `at` falls in the quiet hours [start, end), which may wrap past midnight; start = end: none. */
export function isQuiet(at: Date, { timeZone, quietStart, quietEnd }: QuietHours): boolean {
  if (quietStart === quietEnd) return false;
  const minutes = localMinutes(at, timeZone);
  return quietStart < quietEnd
    ? minutes >= quietStart && minutes < quietEnd
    : minutes >= quietStart || minutes < quietEnd;
}

/** `at` itself outside quiet hours, else the end of them (the next morning), to the minute. */
export function nextAllowed(at: Date, quiet: QuietHours): Date {
  if (!isQuiet(at, quiet)) return at;
  const minutes = localMinutes(at, quiet.timeZone);
  const wait = (quiet.quietEnd - minutes + 1440) % 1440;
  const next = new Date(at.getTime() + wait * 60_000);
  next.setUTCSeconds(0, 0);
  return next;
}

/** "22:00" for 1320. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
