// The cold-community nudge text, pure: the demo seed (run outside the server) writes it too.

/** A concrete next step for the owner, built from who was last active. */
export function coldNudge(lastPosters: string[]): string {
  if (lastPosters.length === 0) return "Ask a question of the week: a small, easy one gets people talking again.";
  const names =
    lastPosters.length === 1 ? lastPosters[0] : `${lastPosters.slice(0, -1).join(", ")} and ${lastPosters.at(-1)}`;
  return `Thank the last ${lastPosters.length === 1 ? "person" : `${lastPosters.length} people`} who posted (${names}), then ask a question of the week.`;
}
