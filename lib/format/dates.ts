import { formatDistanceStrict } from "date-fns";

// Every date and time a person reads goes through this module, with an explicit locale and time zone, so the
// server and the browser render the same text (the default locale of a Node process is not the reader's).
// No "server-only": client components import it too.

export const DEFAULT_LOCALE = "en-GB";
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

export type DateInput = Date | string | number;
export type DateFormatOptions = { locale?: string; timeZone?: string };

/** The named shapes a date takes in Hearth; each locale spells them as a pattern (tokens below). */
export type DateStyle =
  | "day" //              12 Dec 2026
  | "weekdayDay" //       Fri, 12 Dec 2026
  | "dayMonth" //         12 Dec
  | "longDay" //          12 December 2026
  | "monthYear" //        December 2026
  | "numericDate" //      12/12/2026
  | "numericDateTime" //  12/12/2026, 16:00:00
  | "dayTime" //          12 Dec 2026, 16:00
  | "weekdayTime" //      Fri 12 Dec, 16:00
  | "weekdayDayTime" //   Fri 12 Dec 2026, 16:00
  | "full" //             Friday 12 December 2026, 16:00
  | "time" //             16:00
  | "timeWithSeconds"; // 16:00:05

// Tokens: EEEE/EEE weekday long/short, MMMM/MMM month long/short, MM month 2-digit, d/dd day, yyyy year, HH mm ss.
const EN_GB: Record<DateStyle, string> = {
  day: "d MMM yyyy",
  weekdayDay: "EEE, d MMM yyyy",
  dayMonth: "d MMM",
  longDay: "d MMMM yyyy",
  monthYear: "MMMM yyyy",
  numericDate: "dd/MM/yyyy",
  numericDateTime: "dd/MM/yyyy, HH:mm:ss",
  dayTime: "d MMM yyyy, HH:mm",
  weekdayTime: "EEE d MMM, HH:mm",
  weekdayDayTime: "EEE d MMM yyyy, HH:mm",
  full: "EEEE d MMMM yyyy, HH:mm",
  time: "HH:mm",
  timeWithSeconds: "HH:mm:ss",
};
const PATTERNS: Record<string, Record<DateStyle, string>> = { "en-GB": EN_GB };

type Fields = Record<"EEEE" | "EEE" | "MMMM" | "MMM" | "MM" | "d" | "dd" | "yyyy" | "HH" | "mm" | "ss", string>;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

function part(format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes): string {
  return format.formatToParts(date).find((piece) => piece.type === type)?.value ?? "";
}

function fields(date: Date, locale: string, timeZone: string): Fields {
  const numeric = formatter(locale, timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts: Record<string, string> = Object.fromEntries(
    numeric.formatToParts(date).map((piece) => [piece.type, piece.value]),
  );
  return {
    EEEE: part(formatter(locale, timeZone, { weekday: "long" }), date, "weekday"),
    EEE: part(formatter(locale, timeZone, { weekday: "short" }), date, "weekday"),
    MMMM: part(formatter(locale, timeZone, { month: "long", day: "numeric" }), date, "month"),
    MMM: part(formatter(locale, timeZone, { month: "short", day: "numeric" }), date, "month"),
    MM: parts.month ?? "",
    dd: parts.day ?? "",
    d: String(Number(parts.day)),
    yyyy: parts.year ?? "",
    HH: parts.hour ?? "",
    mm: parts.minute ?? "",
    ss: parts.second ?? "",
  };
}

const TOKENS = /EEEE|EEE|MMMM|MMM|MM|dd|d|yyyy|HH|mm|ss/g;

/** A moment as the reader sees it: `formatDate(post.createdAt, "day")` → "12 Dec 2026" (Amsterdam, en-GB). */
export function formatDate(date: DateInput, style: DateStyle, options: DateFormatOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return "";
  const pattern = (PATTERNS[locale] ?? EN_GB)[style];
  const values = fields(value, locale, timeZone);
  return pattern.replace(TOKENS, (token) => values[token as keyof Fields]);
}

/** The distance between two moments in words, no direction: "3 days", "5 minutes". */
export function formatDistance(date: DateInput, base: DateInput): string {
  return formatDistanceStrict(new Date(date), new Date(base));
}

/** The distance from `now` with a direction: "in 3 days", "5 minutes ago". */
export function formatRelative(date: DateInput, now: DateInput): string {
  return formatDistanceStrict(new Date(date), new Date(now), { addSuffix: true });
}
