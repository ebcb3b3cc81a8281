import { describe, expect, it } from "vitest";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { confirmRead } from "@/lib/announcements/confirm-read";
import { findMustRead } from "@/lib/announcements/find-read-receipts";
import { createDepartment, createPost, createUser } from "@/lib/test/factories";

describe("[MUST-READ] read confirmations", () => {
  it("readers confirm once; the author sees who, and per department only groups of 5 or more", async () => {
    const { user: author, actor: authorActor } = await createUser({ role: "LEADER" });
    const post = await createPost(author.id, { kind: "ANNOUNCEMENT", mustRead: true });
    const big = await createDepartment();
    const small = await createDepartment();
    const bigPeople = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createUser({ departmentId: big.id })));
    const [smallPerson] = await Promise.all([createUser({ departmentId: small.id })]);
    await confirmRead(bigPeople[0]!.actor, { postId: post.id });
    await confirmRead(bigPeople[0]!.actor, { postId: post.id }); // twice: still one
    await confirmRead(smallPerson.actor, { postId: post.id });

    const reader = await findMustRead(bigPeople[1]!.actor, { postId: post.id });
    expect(reader).toMatchObject({ mustRead: true, confirmedAt: null, receipts: null });
    expect((await findMustRead(bigPeople[0]!.actor, { postId: post.id })).confirmedAt).not.toBeNull();

    const { receipts } = await findMustRead(authorActor, { postId: post.id });
    expect(receipts!.confirmed).toBe(2);
    expect(receipts!.confirmers.map((person) => person.id).sort()).toEqual(
      [bigPeople[0]!.user.id, smallPerson.user.id].sort(),
    );
    expect(receipts!.byDepartment.find((row) => row.department === big.name)).toMatchObject({
      people: 6,
      confirmed: 1,
    });
    // The one-person department is never shown on its own.
    expect(receipts!.byDepartment.some((row) => row.department === small.name)).toBe(false);
  });

  it("an ordinary post asks for nothing, and an invisible one is not found", async () => {
    const { user: author } = await createUser({ role: "LEADER" });
    const { actor: reader } = await createUser();
    const plain = await createPost(author.id, { kind: "ANNOUNCEMENT" });
    await expect(confirmRead(reader, { postId: plain.id })).rejects.toMatchObject({ code: "BAD_INPUT" });
    const secret = await createCommunityRow("SECRET");
    await addMemberRow(secret.id, { id: author.id });
    const hidden = await createPost(author.id, { communityId: secret.id, kind: "ANNOUNCEMENT", mustRead: true });
    await expect(confirmRead(reader, { postId: hidden.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findMustRead(reader, { postId: hidden.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
