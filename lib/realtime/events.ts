// What travels over the socket: a type and the ids it concerns, never content. Clients refetch what
// they may see through the same domain functions as any other read.
export type RealtimeEvent = { type: string; ids: string[] };

export const rooms = {
  everyone: "everyone",
  user: (id: string) => `user:${id}`,
  role: (role: string) => `role:${role}`,
  // The members of one community (joined at connect, and live as membership changes).
  community: (id: string) => `community:${id}`,
  // Joined on request only, after lib/live-shows/show-room.ts says the user may see the show.
  show: (id: string) => `show:${id}`,
} as const;

export const EVENT_NAME = "hearth:event";
