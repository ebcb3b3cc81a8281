// Where a challenge stands at a moment. Entries and votes may overlap (voting can open while entries
// still come in); a challenge is closed once voting has ended, even before the closer has announced it.

export type ChallengeWindows = {
  submissionStartsAt: Date;
  submissionEndsAt: Date;
  votingStartsAt: Date;
  votingEndsAt: Date;
  closedAt: Date | null;
  showVotesLive: boolean;
};
export type ChallengePhase = "upcoming" | "entries" | "voting" | "closed";

export function isClosed(challenge: ChallengeWindows, now = new Date()): boolean {
  return challenge.closedAt !== null || now >= challenge.votingEndsAt;
}

export function isSubmissionOpen(challenge: ChallengeWindows, now = new Date()): boolean {
  return !isClosed(challenge, now) && now >= challenge.submissionStartsAt && now < challenge.submissionEndsAt;
}

export function isVotingOpen(challenge: ChallengeWindows, now = new Date()): boolean {
  return !isClosed(challenge, now) && now >= challenge.votingStartsAt && now < challenge.votingEndsAt;
}

/** Counts and ranks may be read: the creator chose to show them live, or voting is over. */
export function areResultsVisible(challenge: ChallengeWindows, now = new Date()): boolean {
  return challenge.showVotesLive || isClosed(challenge, now);
}

export function phaseOf(challenge: ChallengeWindows, now = new Date()): ChallengePhase {
  if (isClosed(challenge, now)) return "closed";
  if (isVotingOpen(challenge, now)) return "voting";
  if (isSubmissionOpen(challenge, now)) return "entries";
  return "upcoming";
}

export function submissionClosedMessage(challenge: ChallengeWindows, now = new Date()): string {
  if (isClosed(challenge, now)) return "This challenge has closed.";
  if (now < challenge.submissionStartsAt) return "Entries are not open yet.";
  return "Entries are closed for this challenge.";
}

export function votingClosedMessage(challenge: ChallengeWindows, now = new Date()): string {
  if (isClosed(challenge, now)) return "Voting has closed for this challenge.";
  return "Voting has not opened yet.";
}
