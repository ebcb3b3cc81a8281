// Figures as people read them. null means "fewer than 5 people": never shown as a number.
export const FEWER_THAN_5 = "fewer than 5";

export const formatCount = (value: number | null) => (value === null ? FEWER_THAN_5 : value.toLocaleString("en-GB"));

export const formatPercent = (value: number | null, { empty = "—" } = {}) =>
  value === null ? empty : `${Math.round(value * 100)}%`;

export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1.5) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${hours.toFixed(1).replace(/\.0$/, "")} h`;
  return `${Math.round(hours / 24)} days`;
}

export const weekLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
