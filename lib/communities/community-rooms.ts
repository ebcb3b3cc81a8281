import type { CommunityVisibility } from "@/lib/generated/prisma/client";
import { rooms } from "@/lib/realtime/events";
import { publish, setUserInRoom } from "@/lib/realtime/publish";

/** Who may hear about a community's changes (members, votes, focus items): like its posts' audience. */
export function communityAudienceRooms(community: { id: string; visibility: CommunityVisibility }): string[] {
  return community.visibility === "PUBLIC" ? [rooms.everyone] : [rooms.community(community.id), rooms.role("ADMIN")];
}

/** After commit: a membership began or ended; the person's open tabs join or leave the room and viewers refetch. */
export function publishMembershipChange(
  community: { id: string; visibility: CommunityVisibility },
  userId: string,
  isMember: boolean,
): void {
  setUserInRoom(userId, rooms.community(community.id), isMember);
  publish(communityAudienceRooms(community), { type: "community.members", communityId: community.id });
  publish(rooms.user(userId), { type: "community.members", communityId: community.id });
}
