// datetime-local inputs speak the browser's own time zone; the server speaks exact moments.

/** "2026-03-01T14:00" in the browser's own time zone, as datetime-local inputs want it. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Times are typed in the browser's zone and sent as exact moments (ISO), so the server never guesses a zone. */
export function toIso(local: string): string {
  if (!local) return "";
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
