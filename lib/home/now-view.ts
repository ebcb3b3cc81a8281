// What the home page's "Now" column shows: one small view per part, dates as ISO strings, every id the reader
// may follow. Built by lib/home/find-now.ts; rendered by components/home/now-panel.tsx.

export type NowShow = {
  slug: string;
  title: string;
  status: "LIVE" | "SCHEDULED";
  startsAt: string;
  startedAt: string | null;
  host: { name: string; handle: string };
};

export type NowQuestion = { id: string; title: string; answeredAt: string | null; answeredBy: string | null };

export type NowView = {
  show: NowShow | null;
  answers: {
    countThisWeek: number;
    latest: NowQuestion[];
    /** The question the reader upvoted most recently, answered or not. */
    upvoted: (NowQuestion & { voteCount: number }) | null;
  };
  actions: {
    openCount: number;
    items: { id: string; title: string; dueDate: string | null; assignedBy: string }[];
  };
  challenge: {
    slug: string;
    title: string;
    phase: "entries" | "voting";
    endsAt: string;
    entryCount: number;
  } | null;
  pride: { countThisWeek: number; authors: { name: string; handle: string }[] };
  suggestion: { slug: string; name: string; memberCount: number; blurb: string } | null;
};
