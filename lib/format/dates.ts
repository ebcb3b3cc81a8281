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
  return distanceStrict(new Date(date), new Date(base), false);
}

/** The distance from `now` with a direction: "in 3 days", "5 minutes ago". */
export function formatRelative(date: DateInput, now: DateInput): string {
  return distanceStrict(new Date(date), new Date(now), true);
}

// date-fns' formatDistanceStrict in English (rounding "round", unit chosen by size), written out here because
// this module ships to the browser with every relative time: the library's default locale alone weighed more
// than the rest of the page's date code. lib/format/dates.test.ts holds it to the same outputs.
const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;

function distanceStrict(date: Date, base: Date, addSuffix: boolean): string {
  const comparison = Math.sign(date.getTime() - base.getTime());
  if (Number.isNaN(comparison)) throw new RangeError("Invalid time value");
  const [from, to] = comparison > 0 ? [base, date] : [date, base];
  const milliseconds = to.getTime() - from.getTime();
  const minutes = milliseconds / 60_000;
  // Days, months and years count calendar time: a daylight-saving change in between does not shift them.
  const dstMinutes = (milliseconds - (offsetMilliseconds(to) - offsetMilliseconds(from))) / 60_000;
  const round = (value: number) => Math.round(value) || 0;
  let text: string;
  if (minutes < 1) text = count(round(milliseconds / 1000), "second");
  else if (minutes < 60) text = count(round(minutes), "minute");
  else if (minutes < MINUTES_IN_DAY) text = count(round(minutes / 60), "hour");
  else if (dstMinutes < MINUTES_IN_MONTH) text = count(round(dstMinutes / MINUTES_IN_DAY), "day");
  else if (dstMinutes < MINUTES_IN_YEAR) {
    const months = round(dstMinutes / MINUTES_IN_MONTH);
    text = months === 12 ? count(1, "year") : count(months, "month");
  } else text = count(round(dstMinutes / MINUTES_IN_YEAR), "year");
  if (!addSuffix) return text;
  return comparison > 0 ? `in ${text}` : `${text} ago`;
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** The local time zone's offset at `date`, seconds included (as date-fns computes it). */
function offsetMilliseconds(date: Date): number {
  const utc = new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ),
  );
  utc.setUTCFullYear(date.getFullYear());
  return date.getTime() - utc.getTime();
}
