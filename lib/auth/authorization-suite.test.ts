import { describe, expect, it } from "vitest";
import { can, rolesWith, type Actor, type Permission } from "@/lib/auth/permissions";
import { findEntryPoints } from "@/lib/auth/entry-points";

// The authorization suite, part 1 (part 2, over HTTP and sockets, is e2e/authorization.spec.ts).
// Every server action and route handler in app/ is found on disk, and each must have a row here saying who may use
// it: PUBLIC (signing in, health), SIGNED_IN (no use case, checks the session itself), or the least role among
// EMPLOYEE, LEADER, ADMIN. The row is checked against the permissions of the use cases the entry point calls
// (lib/auth/use-case.ts carries each one's verb): an employee holds none of a LEADER or ADMIN row's verbs, so
// defineUseCase refuses them FORBIDDEN (lib/auth/use-case.test.ts), and a signed-out caller UNAUTHENTICATED.
// A new action or handler without a row fails here; so does a row whose entry point is gone.
// Hook for deactivation (the "sso" work): a deactivated actor must be refused like a signed-out one; add its case to
// DEACTIVATED_REFUSED below when deactivation lands, and the e2e part replays a deactivated session too.
export const DEACTIVATED_REFUSED: string[] = [];

// TOKEN: no session at all; a credential of its own is the check (SCIM's bearer token, hashed at rest, in lib/scim/;
// a signed one-click unsubscribe token, in lib/mail/), and no person's verb applies.
type Who = "PUBLIC" | "TOKEN" | "SIGNED_IN" | "EMPLOYEE" | "LEADER" | "ADMIN";

const ENTRY_POINTS: Record<string, Who> = {
  "app/(app)/admin/jobs/actions.ts#retryJobRunAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#changeRoleAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#createScimTokenAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#deactivateAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#importPeopleAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#inviteAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#passwordSignInAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#reactivateAction": "ADMIN",
  "app/(app)/admin/people/actions.ts#revokeScimTokenAction": "ADMIN",
  "app/(app)/notifications/actions.ts#dismissNudgeAction": "EMPLOYEE",
  "app/(app)/notifications/actions.ts#followNudgeAction": "EMPLOYEE",
  "app/(app)/notifications/actions.ts#setMuteAction": "EMPLOYEE",
  "app/(app)/posts/must-read-actions.ts#confirmReadAction": "EMPLOYEE",
  "app/(app)/posts/must-read-actions.ts#findMustReadAction": "EMPLOYEE",
  "app/(app)/settings/notification-actions.ts#removeMuteAction": "EMPLOYEE",
  "app/(app)/settings/notification-actions.ts#updateNotificationSettingsAction": "EMPLOYEE",
  "app/api/search/quick/route.ts#GET": "EMPLOYEE",
  "app/api/search/route.ts#GET": "EMPLOYEE",
  "app/api/unsubscribe/route.ts#POST": "TOKEN",
  "app/signin/actions.ts#ssoSignInAction": "PUBLIC",
  "app/unsubscribe/actions.ts#unsubscribeAction": "TOKEN",
  "app/scim/v2/Groups/[id]/route.ts#DELETE": "TOKEN",
  "app/scim/v2/Groups/[id]/route.ts#GET": "TOKEN",
  "app/scim/v2/Groups/[id]/route.ts#PATCH": "TOKEN",
  "app/scim/v2/Groups/[id]/route.ts#PUT": "TOKEN",
  "app/scim/v2/Groups/route.ts#GET": "TOKEN",
  "app/scim/v2/Groups/route.ts#POST": "TOKEN",
  "app/scim/v2/ResourceTypes/route.ts#GET": "TOKEN",
  "app/scim/v2/Schemas/route.ts#GET": "TOKEN",
  "app/scim/v2/ServiceProviderConfig/route.ts#GET": "TOKEN",
  "app/scim/v2/Users/[id]/route.ts#DELETE": "TOKEN",
  "app/scim/v2/Users/[id]/route.ts#GET": "TOKEN",
  "app/scim/v2/Users/[id]/route.ts#PATCH": "TOKEN",
  "app/scim/v2/Users/[id]/route.ts#PUT": "TOKEN",
  "app/scim/v2/Users/route.ts#GET": "TOKEN",
  "app/scim/v2/Users/route.ts#POST": "TOKEN",
  "app/(app)/actions/actions.ts#assignActionItemAction": "LEADER",
  "app/(app)/actions/actions.ts#changeActionItemStatusAction": "EMPLOYEE",
  "app/(app)/actions/actions.ts#postActionItemUpdateAction": "EMPLOYEE",
  "app/(app)/actions/actions.ts#editActionItemAction": "EMPLOYEE",
  "app/(app)/admin/actions.ts#broadcastBannerAction": "ADMIN",
  "app/(app)/admin/actions.ts#clearBannerAction": "ADMIN",
  "app/(app)/admin/privacy/actions.ts#updatePrivacySettingsAction": "ADMIN",
  "app/(app)/admin/privacy/actions.ts#eraseAccountAction": "ADMIN",
  "app/(app)/admin/values/actions.ts#createValueAction": "ADMIN",
  "app/(app)/admin/values/actions.ts#updateValueAction": "ADMIN",
  "app/(app)/admin/values/actions.ts#changeValueAction": "ADMIN",
  "app/(app)/ask/actions.ts#askQuestionAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#previewMarkdownAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#setQuestionVoteAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#setQuestionFollowAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#answerQuestionAction": "LEADER",
  "app/(app)/ask/actions.ts#updateQuestionAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#withdrawQuestionAction": "EMPLOYEE",
  "app/(app)/ask/actions.ts#closeQuestionAction": "LEADER",
  "app/(app)/ask/actions.ts#reopenQuestionAction": "LEADER",
  "app/(app)/ask/actions.ts#handOverQuestionAction": "LEADER",
  "app/(app)/ask/actions.ts#hideQuestionAction": "ADMIN",
  "app/(app)/ask/actions.ts#unhideQuestionAction": "ADMIN",
  "app/(app)/ask/actions.ts#mergeQuestionAction": "ADMIN",
  "app/(app)/ask/actions.ts#createAmaSessionAction": "LEADER",
  "app/(app)/ask/actions.ts#endAmaSessionAction": "LEADER",
  "app/(app)/challenges/actions.ts#createChallengeAction": "EMPLOYEE",
  "app/(app)/challenges/actions.ts#submitEntryAction": "EMPLOYEE",
  "app/(app)/challenges/actions.ts#setChallengeVoteAction": "EMPLOYEE",
  "app/(app)/challenges/actions.ts#closeChallengeNowAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#createCommunityAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#updateCommunityAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#joinCommunityAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#leaveCommunityAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#decideJoinRequestAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#inviteMemberAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#setMemberRoleAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#muteMemberAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#removeMemberAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#pinCommunityPostAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#reviewCommunityAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#proposeFocusItemAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#setFocusVoteAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#answerFocusItemAction": "EMPLOYEE",
  "app/(app)/communities/actions.ts#acceptFocusAnswerAction": "EMPLOYEE",
  "app/(app)/events/actions.ts#scheduleShowAction": "LEADER",
  "app/(app)/events/actions.ts#updateShowAction": "LEADER",
  "app/(app)/events/actions.ts#goLiveAction": "LEADER",
  "app/(app)/events/actions.ts#endShowAction": "LEADER",
  "app/(app)/events/actions.ts#cancelShowAction": "LEADER",
  "app/(app)/events/actions.ts#setRsvpAction": "EMPLOYEE",
  "app/(app)/events/actions.ts#postLiveCommentAction": "EMPLOYEE",
  "app/(app)/events/actions.ts#sendLiveReactionAction": "EMPLOYEE",
  "app/(app)/events/actions.ts#highlightLiveCommentAction": "EMPLOYEE",
  "app/(app)/events/actions.ts#thankLiveCommenterAction": "LEADER",
  "app/(app)/insights/csv/[section]/route.ts#GET": "EMPLOYEE",
  "app/(app)/moderation/actions.ts#fileReportAction": "EMPLOYEE",
  "app/(app)/moderation/actions.ts#removeContentAction": "EMPLOYEE",
  "app/(app)/moderation/actions.ts#resolveReportAction": "EMPLOYEE",
  "app/(app)/moderation/actions.ts#restoreContentAction": "ADMIN",
  "app/(app)/moderation/actions.ts#countOpenReportsAction": "EMPLOYEE",
  "app/(app)/people/[handle]/edit/actions.ts#updateProfileAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#createPostAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#updatePostAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#deletePostAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#previewPostAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#createCommentAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#deleteCommentAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#setReactionAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#setFollowAction": "EMPLOYEE",
  "app/(app)/posts/actions.ts#markNotificationsReadAction": "EMPLOYEE",
  "app/(app)/pride/actions.ts#setAppreciationAction": "LEADER",
  "app/(app)/pride/actions.ts#setPollVoteAction": "EMPLOYEE",
  "app/(app)/settings/actions.ts#signOutEverywhereAction": "EMPLOYEE",
  "app/(app)/settings/data-actions.ts#requestExportAction": "EMPLOYEE",
  "app/(app)/settings/data-actions.ts#eraseOwnAccountAction": "EMPLOYEE",
  "app/api/action-items/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/action-items/board/route.ts#GET": "EMPLOYEE",
  "app/api/action-items/route.ts#GET": "EMPLOYEE",
  "app/api/action-items/sources/route.ts#GET": "EMPLOYEE",
  "app/api/banner/route.ts#GET": "EMPLOYEE",
  "app/api/communities/[id]/cover/route.ts#GET": "EMPLOYEE",
  "app/api/communities/[id]/posts/route.ts#GET": "EMPLOYEE",
  "app/api/health/route.ts#GET": "PUBLIC",
  "app/api/live-shows/[id]/comments/route.ts#GET": "EMPLOYEE",
  "app/api/live-shows/[id]/pulse/route.ts#GET": "EMPLOYEE",
  "app/api/live-shows/[id]/report/route.ts#GET": "EMPLOYEE",
  "app/api/live-shows/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/me/exports/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/me/route.ts#GET": "SIGNED_IN",
  "app/api/notifications/route.ts#GET": "EMPLOYEE",
  "app/api/notifications/unread/route.ts#GET": "EMPLOYEE",
  "app/api/people/route.ts#GET": "EMPLOYEE",
  "app/api/posts/[id]/comments/route.ts#GET": "EMPLOYEE",
  "app/api/posts/[id]/reactions/route.ts#GET": "EMPLOYEE",
  "app/api/posts/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/posts/route.ts#GET": "EMPLOYEE",
  "app/api/questions/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/questions/responsiveness/route.ts#GET": "EMPLOYEE",
  "app/api/questions/route.ts#GET": "EMPLOYEE",
  "app/api/uploads/images/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/uploads/images/route.ts#POST": "EMPLOYEE",
  "app/api/uploads/videos/[id]/poster/route.ts#GET": "EMPLOYEE",
  "app/api/uploads/videos/[id]/route.ts#GET": "EMPLOYEE",
  "app/api/uploads/videos/route.ts#POST": "EMPLOYEE",
  "app/api/values/route.ts#GET": "EMPLOYEE",
  "app/signin/actions.ts#signInAction": "PUBLIC",
  "app/signin/actions.ts#signOutAction": "PUBLIC",
};

async function permissionsOf(calls: [string, string][]): Promise<Permission[]> {
  const found: Permission[] = [];
  for (const [from, name] of calls) {
    const imported = (await import(/* @vite-ignore */ from)) as Record<string, unknown>;
    const called = imported[name] as { permission?: Permission } | undefined;
    if (called?.permission) found.push(called.permission);
  }
  return found;
}

function leastRole(permission: Permission): Who {
  const roles = rolesWith(permission);
  return roles.includes("EMPLOYEE") ? "EMPLOYEE" : roles.includes("LEADER") ? "LEADER" : "ADMIN";
}

const employee: Actor = { id: "employee", role: "EMPLOYEE", name: "E", handle: "e", title: "" };
const leader: Actor = { ...employee, role: "LEADER" };

describe("authorization suite: every server action and route handler", () => {
  const entries = findEntryPoints();

  it("[AUTHZ] every entry point on disk has a row, and every row an entry point", () => {
    expect(entries.map((entry) => entry.key).sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
    // Each route file exports at least one method we found (Auth.js's own handler is the one exception).
    expect(entries.length).toBeGreaterThan(100);
  });

  it("[AUTHZ] each row matches the verbs of the use cases it calls; employees hold no verb of a LEADER or ADMIN row", async () => {
    for (const entry of entries) {
      const who = ENTRY_POINTS[entry.key]!;
      const permissions = await permissionsOf(entry.calls);
      if (who === "PUBLIC" || who === "TOKEN" || who === "SIGNED_IN") {
        expect(permissions, entry.key).toEqual([]);
        continue;
      }
      expect(permissions.length, `${entry.key} reaches lib through a use case`).toBeGreaterThan(0);
      const least = [...new Set(permissions.map(leastRole))];
      expect(least, entry.key).toEqual([who]);
      for (const permission of permissions) {
        if (who !== "EMPLOYEE") expect(can(employee, permission), `${entry.key}: ${permission}`).toBe(false);
        if (who === "ADMIN") expect(can(leader, permission), `${entry.key}: ${permission}`).toBe(false);
      }
    }
  });
});
