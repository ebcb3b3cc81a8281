import { describe, expect, it } from "vitest";
import { formatDistanceStrict } from "date-fns";
import { formatDate, formatDistance, formatRelative } from "@/lib/format/dates";

// 15:00 UTC on a Friday in winter: 16:00 in Amsterdam (CET, UTC+1).
const winter = "2026-12-11T15:00:05.000Z";
// 22:30 UTC on 30 June: already 1 July, 00:30, in Amsterdam (CEST, UTC+2).
const summerNight = "2026-06-30T22:30:00.000Z";

describe("[FORMAT] dates", () => {
  it("renders each style in en-GB, Amsterdam time, by default", () => {
    expect(formatDate(winter, "day")).toBe("11 Dec 2026");
    expect(formatDate(winter, "weekdayDay")).toBe("Fri, 11 Dec 2026");
    expect(formatDate(winter, "dayMonth")).toBe("11 Dec");
    expect(formatDate(winter, "longDay")).toBe("11 December 2026");
    expect(formatDate(winter, "monthYear")).toBe("December 2026");
    expect(formatDate(winter, "numericDate")).toBe("11/12/2026");
    expect(formatDate(winter, "numericDateTime")).toBe("11/12/2026, 16:00:05");
    expect(formatDate(winter, "dayTime")).toBe("11 Dec 2026, 16:00");
    expect(formatDate(winter, "weekdayTime")).toBe("Fri 11 Dec, 16:00");
    expect(formatDate(winter, "weekdayDayTime")).toBe("Fri 11 Dec 2026, 16:00");
    expect(formatDate(winter, "full")).toBe("Friday 11 December 2026, 16:00");
    expect(formatDate(winter, "time")).toBe("16:00");
    expect(formatDate(winter, "timeWithSeconds")).toBe("16:00:05");
  });

  it("follows Amsterdam's summer time across midnight, and takes another zone when asked", () => {
    expect(formatDate(summerNight, "weekdayDayTime")).toBe("Wed 1 Jul 2026, 00:30");
    expect(formatDate(summerNight, "weekdayDayTime", { timeZone: "UTC" })).toBe("Tue 30 Jun 2026, 22:30");
  });

  it("accepts Date, ISO string and epoch milliseconds alike, and an invalid date renders empty", () => {
    expect(formatDate(new Date(winter), "day")).toBe("11 Dec 2026");
    expect(formatDate(Date.parse(winter), "day")).toBe("11 Dec 2026");
    expect(formatDate("not a date", "day")).toBe("");
  });

  it("does not depend on the process's own time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(formatDate(winter, "time")).toBe("16:00");
    } finally {
      process.env.TZ = before;
    }
  });

  it("says distances with and without a direction", () => {
    expect(formatDistance("2026-12-14T15:00:00Z", winter)).toBe("3 days");
    expect(formatRelative("2026-12-14T15:00:00Z", winter)).toBe("in 3 days");
    expect(formatRelative("2026-12-11T14:55:05Z", winter)).toBe("5 minutes ago");
  });
});

describe("[FORMAT] formatDistance and formatRelative match date-fns' formatDistanceStrict", () => {
  it("agrees on distances from a second to years, both directions, across daylight-saving changes", () => {
    const base = Date.parse("2026-03-29T00:30:00Z"); // the spring change in Europe
    const steps = [0, 1, 29, 30, 44, 59, 60, 89, 90, 3_599, 3_600, 5_399, 5_400, 86_399, 86_400, 129_600, 2_591_999];
    const spans = [...steps, 2_592_000, 15_552_000, 31_103_999, 31_104_000, 31_535_999, 31_536_000, 94_608_000];
    let checked = 0;
    for (const seconds of spans)
      for (const sign of [1, -1]) {
        const date = new Date(base + sign * seconds * 1000 + sign * 137);
        expect(formatDistance(date, base)).toBe(formatDistanceStrict(date, base));
        expect(formatRelative(date, base)).toBe(formatDistanceStrict(date, base, { addSuffix: true }));
        checked++;
      }
    expect(checked).toBe(spans.length * 2);
  });
});
