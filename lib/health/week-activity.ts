// One week of a community's activity, and its total: plain data and a pure function, so that the health chart (a
// component) and the going-cold check share them without the chart importing a server module.

export type WeekActivity = {
  weekStart: string; // the start of a rolling 7-day window ending at `now` (the last one is "this week")
  posts: number;
  comments: number;
  // Focus-board items proposed, votes, answers and acceptances: a purpose community lives on its board.
  focusActions: number;
  activeMembers: number; // distinct people who posted, commented or worked on the focus board
  stewardReplies: number; // comments and focus answers by the community's owners and moderators
  leaderReplies: number; // comments and focus answers by leaders (User.role LEADER)
  stewardVoices: number; // anything by owners, moderators or leaders, and every acceptance: someone tending the place
};

export const weekActivityTotal = (week: Pick<WeekActivity, "posts" | "comments"> & { focusActions?: number }) =>
  week.posts + week.comments + (week.focusActions ?? 0);
