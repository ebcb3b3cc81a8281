import { describe, expect, it } from "vitest";
import { canEndAma } from "@/lib/ama/access";
import type { Actor } from "@/lib/auth/permissions";
import { canCloseChallenge } from "@/lib/challenges/challenge-view";
import {
  canActOnMember,
  canModerateCommunity,
  canOwnCommunity,
  canSuspendMember,
  memberAbilities,
} from "@/lib/communities/access";
import type { CommunityRole, Role } from "@/lib/generated/prisma/enums";
import { canManageShow, canThankInShow } from "@/lib/live-shows/access";
import { canHandOverTo } from "@/lib/questions/question-abilities";

// Every object-level guard × every platform role × the actor's relation to the thing, as one table each.
// The guards are pure: the use cases run the same rules in their queries (covered by the domain tests).

const ROLES: Role[] = ["EMPLOYEE", "LEADER", "ADMIN"];
const actorOf = (role: Role): Actor => ({ id: `me-${role}`, role, name: "Me", handle: "me", title: "" });
const other = "someone-else";

type Row = [string, (actor: Actor) => boolean, Record<Role, boolean>];

const OWN_OR_ADMIN = { EMPLOYEE: false, LEADER: false, ADMIN: true };
const EVERYONE = { EMPLOYEE: true, LEADER: true, ADMIN: true };

const rows: Row[] = [
  ["canEndAma (own AMA)", (actor) => canEndAma(actor, { leaderId: actor.id }), EVERYONE],
  ["canEndAma (someone else's AMA)", (actor) => canEndAma(actor, { leaderId: other }), OWN_OR_ADMIN],
  ["canHandOverTo (leadership-wide)", (actor) => canHandOverTo(actor, null), EVERYONE],
  ["canHandOverTo (asked to me)", (actor) => canHandOverTo(actor, actor.id), EVERYONE],
  ["canHandOverTo (asked to another leader)", (actor) => canHandOverTo(actor, other), OWN_OR_ADMIN],
  ["canCloseChallenge (mine)", (actor) => canCloseChallenge(actor, actor.id), EVERYONE],
  ["canCloseChallenge (someone else's)", (actor) => canCloseChallenge(actor, other), OWN_OR_ADMIN],
  ["canManageShow (host)", (actor) => canManageShow(actor, { hostId: actor.id, createdById: other }), EVERYONE],
  ["canManageShow (scheduler)", (actor) => canManageShow(actor, { hostId: other, createdById: actor.id }), EVERYONE],
  ["canManageShow (neither)", (actor) => canManageShow(actor, { hostId: other, createdById: null }), OWN_OR_ADMIN],
  // Thanking also needs "appreciation.give", which employees do not hold.
  [
    "canThankInShow (host)",
    (actor) => canThankInShow(actor, { hostId: actor.id, createdById: null }),
    { EMPLOYEE: false, LEADER: true, ADMIN: true },
  ],
  [
    "canThankInShow (scheduler)",
    (actor) => canThankInShow(actor, { hostId: other, createdById: actor.id }),
    OWN_OR_ADMIN,
  ],
];

describe("[PERMISSIONS] object-level guards", () => {
  it.each(rows.flatMap(([name, guard, expected]) => ROLES.map((role) => [name, role, guard, expected[role]] as const)))(
    "%s for a %s",
    (_name, role, guard, expected) => {
      expect(guard(actorOf(role))).toBe(expected);
    },
  );
});

const COMMUNITY_ROLES: (CommunityRole | null)[] = [null, "MEMBER", "MODERATOR", "OWNER"];

describe("[PERMISSIONS] community guards: platform role × community role", () => {
  // [platform role, community role] → may moderate, may own
  const table = ROLES.flatMap((role) => COMMUNITY_ROLES.map((communityRole) => [role, communityRole] as const));

  it.each(table)("a %s whose community role is %s", (role, communityRole) => {
    const actor = actorOf(role);
    const isAdmin = role === "ADMIN";
    expect(canModerateCommunity(actor, communityRole)).toBe(
      isAdmin || communityRole === "OWNER" || communityRole === "MODERATOR",
    );
    expect(canOwnCommunity(actor, communityRole)).toBe(isAdmin || communityRole === "OWNER");
  });

  // Who may mute or remove whom: moderators act on members, owners on moderators and members, admins on anyone.
  const outranks: Record<string, CommunityRole[]> = {
    null: [],
    MEMBER: [],
    MODERATOR: ["MEMBER"],
    OWNER: ["MEMBER", "MODERATOR"],
  };
  it.each(table)("a %s whose community role is %s acts on the members below them", (role, communityRole) => {
    const actor = actorOf(role);
    for (const targetRole of ["MEMBER", "MODERATOR", "OWNER"] as const) {
      const expected = role === "ADMIN" || (outranks[String(communityRole)] ?? []).includes(targetRole);
      expect(canActOnMember(actor, communityRole, { userId: other, role: targetRole }), targetRole).toBe(expected);
      // Never on themselves.
      expect(canActOnMember(actor, communityRole, { userId: actor.id, role: targetRole })).toBe(false);
      expect(canSuspendMember(actor, communityRole, targetRole), `suspend ${targetRole}`).toBe(
        targetRole !== "OWNER" || role === "ADMIN" || communityRole === "OWNER",
      );
    }
  });

  it("member abilities: owners change roles of others, never their own row; moderators only mute and remove members", () => {
    const owner = actorOf("EMPLOYEE");
    expect(memberAbilities(owner, "OWNER", { userId: other, role: "OWNER" })).toEqual({
      canMute: false,
      canRemove: false,
      canChangeRole: true,
    });
    expect(memberAbilities(owner, "OWNER", { userId: owner.id, role: "OWNER" })).toEqual({
      canMute: false,
      canRemove: false,
      canChangeRole: false,
    });
    expect(memberAbilities(owner, "MODERATOR", { userId: other, role: "MEMBER" })).toEqual({
      canMute: true,
      canRemove: true,
      canChangeRole: false,
    });
    expect(memberAbilities(owner, "MODERATOR", { userId: other, role: "MODERATOR" })).toEqual({
      canMute: false,
      canRemove: false,
      canChangeRole: false,
    });
    expect(memberAbilities(actorOf("ADMIN"), null, { userId: other, role: "OWNER" })).toEqual({
      canMute: true,
      canRemove: true,
      canChangeRole: true,
    });
  });
});
