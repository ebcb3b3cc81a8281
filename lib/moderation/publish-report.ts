import "server-only";
import { MODERATING_ROLES } from "@/lib/communities/community-roles";
import { db } from "@/lib/db";
import { publish } from "@/lib/realtime/publish";
import { rooms } from "@/lib/realtime/events";

/**
 * After commit (a report filed or worked): moves the live queue count of everyone who may see this report: admins through their
 * role room, the community's owners and moderators through their own rooms. Ids only.
 */
export async function publishReportChanged(report: { id: string; communityId: string | null }): Promise<void> {
  const stewards = report.communityId
    ? await db.communityMember.findMany({
        where: { communityId: report.communityId, role: { in: [...MODERATING_ROLES] } },
        select: { userId: true },
      })
    : [];
  publish([rooms.role("ADMIN"), ...stewards.map((steward) => rooms.user(steward.userId))], {
    type: "report.changed",
    reportId: report.id,
  });
}
