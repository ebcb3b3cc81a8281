import type { InsightSection, Insights } from "@/lib/insights/find-insights";

// One long table per section: metric, group, week, value. Empty value = fewer than 5 people (or no data).
type Row = [metric: string, group: string, week: string, value: number | string | null];

const cell = (value: number | string | null) => {
  if (value === null) return "";
  const text = typeof value === "number" ? String(Math.round(value * 10_000) / 10_000) : value;
  // Quote everything textual, and defuse spreadsheet formulas (=, +, -, @) in names.
  return typeof value === "number" ? text : `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
};

function rowsOf(section: InsightSection, insights: Insights): Row[] {
  switch (section) {
    case "adoption": {
      const a = insights.adoption!;
      return [
        ["people", "", "", a.people],
        ["activated", "", "", a.activated],
        ["daily active", "", "", a.daily],
        ["weekly active", "", "", a.weekly],
        ["monthly active", "", "", a.monthly],
        ["interactive", "", "", a.interactive],
        ["interactive share", "", "", a.interactiveShare],
        ...[...a.byDepartment, ...a.byLocation].flatMap((g): Row[] => [
          ["monthly active", g.name, "", g.monthlyActive],
          ["interactive share", g.name, "", g.interactiveShare],
        ]),
        ...a.trend.flatMap((w): Row[] => [
          ["weekly active", "", w.weekStart, w.active],
          ["weekly interactive", "", w.weekStart, w.interactive],
        ]),
      ];
    }
    case "authenticity": {
      const a = insights.authenticity!;
      return [
        ["median hours to answer", "", "", a.medianHours],
        ["answered within 48 h share", "", "", a.within48hShare],
        ["questions waiting", "", "", a.waiting],
        ...a.leaders.flatMap((l): Row[] => [
          ["median hours to answer", l.name, "", l.medianHours],
          ["answered within 48 h share", l.name, "", l.within48hShare],
          ["questions waiting", l.name, "", l.waiting],
          ["action items opened", l.name, "", l.opened],
          ["action items closed", l.name, "", l.closed],
          ["action items overdue", l.name, "", l.overdue],
        ]),
        ...a.trend.map((w): Row => ["questions answered", "", w.weekStart, w.answered]),
      ];
    }
    case "pride": {
      const p = insights.pride!;
      return [
        ["people", "", "", p.people],
        ["recognised 7 days", "", "", p.recognised7],
        ["recognised 30 days", "", "", p.recognised30],
        ["coverage 7 days", "", "", p.coverage7],
        ["coverage 30 days", "", "", p.coverage30],
        ...[...p.byDepartment, ...p.byLocation, ...p.byRole].map((g): Row => [
          "coverage 30 days",
          g.name,
          "",
          g.coverage30,
        ]),
        ...p.trend.map((w): Row => ["coverage", "", w.weekStart, w.coverage]),
      ];
    }
    case "communities": {
      const c = insights.communities!;
      return [
        ["in an interest community", "", "", c.interestMembers],
        ["active in an interest community 30 days", "", "", c.interestActive],
        ...c.communities.flatMap((row): Row[] => [
          ["members", row.name, "", row.members],
          ["monthly active", row.name, "", row.monthlyActive],
          ["health index", row.name, "", row.healthIndex],
        ]),
        ...c.cold.map((row): Row => ["going cold since", row.name, "", row.coldSince]),
        ...c.trend.flatMap((w): Row[] => [
          ["active in work communities", "", w.weekStart, w.workActive],
          ["active in non-work communities", "", w.weekStart, w.interestActive],
        ]),
      ];
    }
    case "fun": {
      const f = insights.fun!;
      return [
        ["took part", "", "", f.participants],
        ["participation", "", "", f.participation],
        ["challenge entrants", "", "", f.challengeEntrants],
        ["challenge voters", "", "", f.challengeVoters],
        ["live-show viewers", "", "", f.liveAttendees],
        ["live commenters", "", "", f.liveCommenters],
        ["live comments", "", "", f.liveComments],
        ...f.shows.flatMap((s): Row[] => [
          ["watched", s.title, "", s.attendees],
          ["live comments", s.title, "", s.comments],
        ]),
        ...f.trend.flatMap((w): Row[] => [
          ["in challenges", "", w.weekStart, w.challengers],
          ["in live shows", "", w.weekStart, w.viewers],
        ]),
      ];
    }
  }
}

/** The section as CSV (RFC 4180, CRLF), for the reader's own scope: the same figures the page shows. */
export function insightsCsv(section: InsightSection, insights: Insights): string {
  const lines = [["metric", "group", "week", "value"].join(",")];
  for (const row of rowsOf(section, insights)) lines.push(row.map(cell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
