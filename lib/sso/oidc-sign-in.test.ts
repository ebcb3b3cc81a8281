import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { groupMappingOf, ssoEnv } from "@/lib/sso/config";
import { communitiesForGroups, groupsFromClaim, roleForGroups } from "@/lib/sso/group-mapping";
import { profileFromClaims, signInWithOidc } from "@/lib/sso/oidc-sign-in";
import { createUser, randomKey } from "@/lib/test/factories";

const issuer = `https://id-${randomKey()}.example/realms/acme`;

function mappingFor(slug: string) {
  return groupMappingOf(
    ssoEnv({
      SSO_ADMIN_GROUPS: "hearth-admins",
      SSO_LEADER_GROUPS: "leaders, directors",
      SSO_COMMUNITY_GROUPS: `Volunteers=${slug}`,
    }),
  );
}

describe("group mapping", () => {
  it("the highest group wins; no configured role groups leave roles alone", () => {
    const mapping = mappingFor("x");
    expect(roleForGroups(["staff", "directors"], mapping)).toBe("LEADER");
    expect(roleForGroups(["directors", "hearth-admins"], mapping)).toBe("ADMIN");
    expect(roleForGroups([], mapping)).toBe("EMPLOYEE");
    expect(communitiesForGroups(["Volunteers"], mapping)).toEqual({ member: ["x"], managed: ["x"] });
    expect(groupsFromClaim("a b,c")).toEqual(["a", "b", "c"]);
    expect(groupsFromClaim(["a", 3, "b"])).toEqual(["a", "b"]);
    expect(groupsFromClaim(undefined)).toEqual([]);
  });

  it("claims become a clean profile: bidi controls dropped, names built from parts, bad pictures ignored", () => {
    expect(
      profileFromClaims({
        sub: "1",
        email: " Ana@Example.COM ",
        given_name: "Ana",
        family_name: "Lima\u202E",
        picture: "javascript:alert(1)",
        locale: "pt_BR",
        department: "Finance",
        title: "Controller",
      }),
    ).toMatchObject({
      email: "ana@example.com",
      name: "Ana Lima",
      avatarUrl: null,
      locale: "pt-BR",
      department: "Finance",
      title: "Controller",
      emailVerified: true,
    });
  });
});

describe("signInWithOidc", () => {
  it("first sign-in creates the account with the mapped role and communities; the next updates it by subject", async () => {
    const { user: owner } = await createUser();
    const slug = `volunteers-${randomKey()}`;
    const community = await db.community.create({
      data: { slug, name: "Volunteers", createdById: owner.id, visibility: "PRIVATE" },
    });
    const mapping = mappingFor(slug);
    const sub = `sub-${randomKey()}`;
    const email = `jit-${randomKey()}@acme.example`;
    const first = await signInWithOidc({
      issuer,
      groupsClaim: "groups",
      mapping,
      claims: {
        sub,
        email,
        email_verified: true,
        name: "Jit Person",
        title: "Analyst",
        department: `Data ${slug}`,
        picture: "https://id.example/p.png",
        locale: "nl",
        groups: ["directors", "Volunteers"],
      },
    });
    expect(first).toMatchObject({ ok: true, created: true });
    if (!first.ok) return;
    const created = await db.user.findUniqueOrThrow({ where: { id: first.userId }, include: { department: true } });
    expect(created).toMatchObject({
      email,
      name: "Jit Person",
      role: "LEADER",
      title: "Analyst",
      locale: "nl",
      avatarUrl: "https://id.example/p.png",
    });
    expect(created.department?.name).toBe(`Data ${slug}`);
    expect(
      await db.communityMember.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: first.userId } },
      }),
    ).not.toBeNull();

    // Second sign-in: the email changed at the provider, groups changed; same subject, same account.
    const newEmail = `renamed-${randomKey()}@acme.example`;
    const second = await signInWithOidc({
      issuer,
      groupsClaim: "groups",
      mapping,
      claims: { sub, email: newEmail, name: "Jit Renamed", groups: ["hearth-admins"] },
    });
    expect(second).toMatchObject({ ok: true, created: false, userId: first.userId });
    const updated = await db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(updated).toMatchObject({ email: newEmail, name: "Jit Renamed", role: "ADMIN", title: "Analyst" });
    expect(
      await db.communityMember.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: first.userId } },
      }),
    ).toBeNull();
    expect(
      await db.auditEntry.count({
        where: { targetId: first.userId, action: { in: ["people.provisioned", "people.role_changed"] } },
      }),
    ).toBe(3);
    expect(await db.account.count({ where: { userId: first.userId } })).toBe(1);
  });

  it("[AUTH] a different subject with someone's email does not get their account; a verified first sign-in links it once", async () => {
    const { user } = await createUser();
    const mapping = groupMappingOf(ssoEnv({}));
    const linked = await signInWithOidc({
      issuer,
      groupsClaim: "groups",
      mapping,
      claims: { sub: `a-${randomKey()}`, email: user.email, email_verified: true },
    });
    expect(linked).toMatchObject({ ok: true, created: false, userId: user.id });
    // Roles are not managed without role groups: the seeded role stays.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EMPLOYEE");

    const intruder = await signInWithOidc({
      issuer,
      groupsClaim: "groups",
      mapping,
      claims: { sub: `b-${randomKey()}`, email: user.email, email_verified: true },
    });
    expect(intruder).toEqual({ ok: false, reason: "email_in_use" });

    const { user: other } = await createUser();
    const unverified = await signInWithOidc({
      issuer: `${issuer}/other`,
      groupsClaim: "groups",
      mapping,
      claims: { sub: `c-${randomKey()}`, email: other.email, email_verified: false },
    });
    expect(unverified).toEqual({ ok: false, reason: "email_in_use" });

    // A returning person whose provider email now names someone else keeps their own account and email.
    const sub = `d-${randomKey()}`;
    const mine = await signInWithOidc({
      issuer,
      groupsClaim: "groups",
      mapping,
      claims: { sub, email: `own-${randomKey()}@acme.example` },
    });
    const again = await signInWithOidc({ issuer, groupsClaim: "groups", mapping, claims: { sub, email: other.email } });
    expect(again).toMatchObject({ ok: true, userId: mine.ok ? mine.userId : "" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).email).toBe(other.email);
  });

  it("[AUTH] a deactivated account cannot sign in with SSO", async () => {
    const { user } = await createUser({ deactivatedAt: new Date() });
    const mapping = groupMappingOf(ssoEnv({}));
    const sub = `e-${randomKey()}`;
    await db.account.create({ data: { userId: user.id, type: "oidc", provider: issuer, providerAccountId: sub } });
    expect(
      await signInWithOidc({ issuer, groupsClaim: "groups", mapping, claims: { sub, email: user.email } }),
    ).toEqual({ ok: false, reason: "deactivated" });
    expect(await signInWithOidc({ issuer, groupsClaim: "groups", mapping, claims: { email: "x@y.z" } })).toEqual({
      ok: false,
      reason: "no_subject",
    });
  });
});
