/** "42 min", "3.5 h", "2 days": a duration in minutes as people say it. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "No replies yet";
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1).replace(/\.0$/, "")} h`;
  return `${Math.round(minutes / 1440)} days`;
}

export const formatShare = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
