// How responsiveness figures read, in the browser and on the server alike.

/** "~40 min", "~5 h", "~3 days": rounded, because the figure is a median, not a stopwatch. Units stay on the number's line. */
export function formatWait(seconds: number): string {
  const minutes = seconds / 60;
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `~${Math.max(1, Math.round(minutes))}\u00a0min`;
  const hours = minutes / 60;
  if (hours < 48) return `~${Math.round(hours)}\u00a0h`;
  const days = Math.round(hours / 24);
  return `~${days}\u00a0days`;
}

export function formatShare(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

/** The sentence beside a leader's name: "answers in ~5 h" or a plain "no answers yet". */
export function describeMedian(seconds: number | null): string {
  return seconds === null ? "no answers yet" : `answers in ${formatWait(seconds)}`;
}
