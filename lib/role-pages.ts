// Pages that exist for some roles only. Someone else who opens one is told what it is for and who can use it
// (HTTP 403, app/(app)/forbidden.tsx): the page's existence is no secret, so a 404 would only confuse. Content the
// reader may not know exists (a secret community, a hidden post) stays a plain 404 through pageRefusal.

export type RolePage = {
  /** The path, or its start ("/admin" covers nothing deeper: each admin page has its own entry). */
  path: string;
  title: string;
  purpose: string;
  who: string;
  instead?: { href: string; label: string };
};

export const ROLE_PAGES: readonly RolePage[] = [
  {
    path: "/admin",
    title: "Admin",
    purpose:
      "Broadcast company-wide banners and reach the moderation queue, the audit log, cold communities and values.",
    who: "Admins",
  },
  {
    path: "/admin/moderation",
    title: "The company-wide moderation queue",
    purpose: "Every open report from across Hearth, with the tools to keep or remove what was reported.",
    who: "Admins",
    instead: { href: "/moderation", label: "Your communities' reports" },
  },
  {
    path: "/admin/audit",
    title: "The audit log",
    purpose: "Every moderation decision and administrative change, with who made it and when.",
    who: "Admins",
  },
  {
    path: "/admin/communities",
    title: "Cold communities",
    purpose: "Communities whose activity is falling with nobody keeping them warm, so that someone can step in.",
    who: "Admins",
    instead: { href: "/communities", label: "Browse communities" },
  },
  {
    path: "/admin/values",
    title: "Company values",
    purpose: "The values people tag in their moments of pride: adding, renaming and retiring them.",
    who: "Admins",
    instead: { href: "/pride", label: "The wall of pride" },
  },
  {
    path: "/admin/jobs",
    title: "Background jobs",
    purpose:
      "The reminders, closings and health checks Hearth runs by itself: their schedule, recent runs and failures.",
    who: "Admins",
  },
  {
    path: "/admin/people",
    title: "People and accounts",
    purpose:
      "Everyone's account: roles, deactivation and reactivation, invitations, SCIM tokens and how people sign in.",
    who: "Admins",
    instead: { href: "/people", label: "Find a colleague" },
  },
  {
    path: "/admin/people/import",
    title: "Import the organisation",
    purpose: "Bring in names, titles, departments, locations and managers from a CSV file, with a preview first.",
    who: "Admins",
  },
  {
    path: "/admin/privacy",
    title: "Privacy and retention",
    purpose: "What happens to an erased person's content, how long removed content and audit entries are kept.",
    who: "Admins",
    instead: { href: "/settings", label: "Your own data" },
  },
  {
    path: "/admin/outbox",
    title: "E-mail outbox",
    purpose: "Every e-mail Hearth sent or would send, as the reader gets it.",
    who: "Admins",
    instead: { href: "/settings#notifications", label: "Your notification settings" },
  },
  {
    path: "/challenges/new",
    title: "Start a challenge",
    purpose: "Set up a contest with entries, a voting window and winners announced as a moment of pride.",
    who: "Leaders and admins, and community owners for their own community",
    instead: { href: "/challenges", label: "Enter a running challenge" },
  },
  {
    path: "/ask/ama/new",
    title: "Host an AMA",
    purpose: "Open an ask-me-anything session in which a leader answers the company's questions live.",
    who: "Leaders and admins",
    instead: { href: "/ask", label: "Ask leadership a question" },
  },
  {
    path: "/events/new",
    title: "Schedule a live show",
    purpose: "Plan a live show with a stream, RSVPs, questions collected beforehand and a live comment stream.",
    who: "Leaders and admins",
    instead: { href: "/events", label: "See the live shows" },
  },
];

/** The role page at `path` (a URL path, query ignored), if it is one. */
export function rolePageAt(path: string): RolePage | undefined {
  const pathname = new URL(path, "http://hearth.invalid").pathname.replace(/\/+$/, "") || "/";
  return ROLE_PAGES.find((page) => page.path === pathname);
}
