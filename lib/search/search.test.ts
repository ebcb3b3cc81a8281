import { describe, expect, it } from "vitest";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import { insertQuestion } from "@/lib/questions/question-factories";
import { parseSearch } from "@/lib/search/search-query";
import { search, type SearchResults } from "@/lib/search/search";
import { MARK_END, MARK_START, markedParts, plainSnippet } from "@/lib/search/snippet";
import { createPost, createUser, randomKey } from "@/lib/test/factories";

/** A word no other test or seed row contains: letters only, so no stemmer or parser splits it. */
function uniqueWord(prefix = "zq"): string {
  return prefix + randomKey(5).replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!);
}

const idsOf = (results: SearchResults) => results.hits.map((hit) => hit.id);

describe("parseSearch", () => {
  it("reads words, phrases, exclusions and prefixes, and nothing else as syntax", () => {
    expect(parseSearch("koffie machine").tsquery).toBe("'koffie' & 'machine'");
    expect(parseSearch('"top three" objections').tsquery).toBe("('top' <-> 'three') & 'objections'");
    expect(parseSearch("pride -friday").tsquery).toBe("'pride' & !'friday'");
    expect(parseSearch('pride -"friday drinks"').tsquery).toBe("'pride' & !('friday' <-> 'drinks')");
    expect(parseSearch("bezw*").tsquery).toBe("'bezw':*");
    expect(parseSearch("e-mail").tsquery).toBe("('e' <-> 'mail')");
    expect(parseSearch("maria", { prefixLast: true }).tsquery).toBe("'maria':*");
    expect(parseSearch("maria ", { prefixLast: true }).tsquery).toBe("'maria'");
  });

  it("never passes tsquery syntax through, and answers null when nothing is left to search", () => {
    expect(parseSearch("a & b | !c (d) <-> e:* 'f'").tsquery).toBe("'a' & 'b' & 'c' & 'd' & 'e':* & 'f'");
    expect(parseSearch('\'; drop table "User"; --').tsquery).toBe("'drop' & 'table' & ('user')");
    expect(parseSearch("-only -exclusions").tsquery).toBeNull();
    expect(parseSearch("   ").tsquery).toBeNull();
    expect(parseSearch("!!! ???").tsquery).toBeNull();
  });
});

describe("snippets", () => {
  it("splits marked matches and drops Markdown syntax", () => {
    const text = `See **the ${MARK_START}plan${MARK_END}** in [our doc](https://x.example) ${MARK_START}now${MARK_END}`;
    expect(markedParts(plainSnippet(text))).toEqual([
      { text: "See the ", marked: false },
      { text: "plan", marked: true },
      { text: " in our doc ", marked: false },
      { text: "now", marked: true },
    ]);
    expect(markedParts(`${MARK_END}stray ${MARK_START}open`)).toEqual([
      { text: "stray ", marked: false },
      { text: "open", marked: true },
    ]);
  });
});

describe("search", () => {
  it("[DB] finds posts, comments, questions, answers, action items, communities, shows and challenges by their words", async () => {
    const word = uniqueWord();
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id, { body: `Our ${word} plan for the spring fair` });
    const comment = await db.comment.create({
      data: { postId: post.id, authorId: author.id, body: `Love the ${word}`, bodyHtml: "" },
    });
    const question = await insertQuestion(author.id, { title: `When does the ${word} start?` });
    const answer = await db.answer.create({
      data: { questionId: question.id, authorId: author.id, body: `The ${word} starts in May.`, bodyHtml: "" },
    });
    const item = await createActionItemRow(author.id, [author.id], { title: `Order ${word} banners` });
    const community = await db.community.create({
      data: { slug: `c-${word}`, name: `${word} fans`, visibility: "PUBLIC" },
    });
    const show = await db.liveShow.create({
      data: { slug: `s-${word}`, title: `${word} live`, hostId: author.id, startsAt: new Date() },
    });
    const challenge = await db.challenge.create({
      data: {
        slug: `ch-${word}`,
        title: `${word} bake-off`,
        creatorId: author.id,
        submissionStartsAt: new Date(),
        submissionEndsAt: new Date(Date.now() + 86_400_000),
        votingStartsAt: new Date(Date.now() + 86_400_000),
        votingEndsAt: new Date(Date.now() + 2 * 86_400_000),
      },
    });

    const results = await search(actor, { q: word });
    expect(new Set(results.hits.map((hit) => `${hit.type}:${hit.id}`))).toEqual(
      new Set([
        `posts:${post.id}`,
        `comments:${comment.id}`,
        `questions:${question.id}`,
        `answers:${answer.id}`,
        `actionItems:${item.id}`,
        `communities:${community.id}`,
        `liveShows:${show.id}`,
        `challenges:${challenge.id}`,
      ]),
    );
    const postHit = results.hits.find((hit) => hit.id === post.id)!;
    expect(postHit.snippet).toContain(`${MARK_START}${word}${MARK_END}`);
    expect(postHit.href).toBe(`/posts/${post.id}`);
    expect(results.hits.find((hit) => hit.id === comment.id)!.href).toBe(`/posts/${post.id}#comment-${comment.id}`);

    const onlyQuestions = await search(actor, { q: word, type: "questions" });
    expect(idsOf(onlyQuestions)).toEqual([question.id]);
  });

  it("[DB] stems Dutch and English and folds accents", async () => {
    const word = uniqueWord();
    const { user, actor } = await createUser();
    const dutch = await createPost(user.id, { body: `De drie grootste bezwaren van ${word} klanten` });
    const english = await createPost(user.id, { body: `Three objections from ${word} buyers` });
    const accented = await createPost(user.id, { body: `Koffie in het café bij ${word}` });

    expect(idsOf(await search(actor, { q: `bezwaar ${word}` }))).toEqual([dutch.id]);
    expect(idsOf(await search(actor, { q: `objection ${word}` }))).toEqual([english.id]);
    expect(idsOf(await search(actor, { q: `cafe ${word}` }))).toEqual([accented.id]);
  });

  it("[DB] understands phrases, exclusions and prefixes", async () => {
    const word = uniqueWord();
    const { user, actor } = await createUser();
    const a = await createPost(user.id, { body: `${word} friday drinks on the roof` });
    const b = await createPost(user.id, { body: `${word} drinks before friday` });

    expect(idsOf(await search(actor, { q: `${word} "friday drinks"` }))).toEqual([a.id]);
    expect(idsOf(await search(actor, { q: `${word} -roof` }))).toEqual([b.id]);
    expect(idsOf(await search(actor, { q: `${word.slice(0, -2)}*` })).sort()).toEqual([a.id, b.id].sort());
    expect((await search(actor, { q: "-roof" })).empty).toBe(true);
  });

  it("[DB] follows the feed's visibility: secret and private communities, removed, hidden and deleted content", async () => {
    const word = uniqueWord();
    const { user: member, actor: memberActor } = await createUser();
    const { actor: outsider } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const secret = await db.community.create({
      data: { slug: `c-${word}`, name: `Secret ${word} room`, visibility: "SECRET" },
    });
    const privateOne = await createCommunityRow("PRIVATE");
    await addMemberRow(secret.id, memberActor);
    await addMemberRow(privateOne.id, memberActor);
    const inSecret = await createPost(member.id, { body: `${word} merger draft`, communityId: secret.id });
    const inPrivate = await createPost(member.id, { body: `${word} private notes`, communityId: privateOne.id });
    const comment = await db.comment.create({
      data: { postId: inSecret.id, authorId: member.id, body: `${word} comment`, bodyHtml: "" },
    });
    const removed = await createPost(member.id, { body: `${word} removed`, removedAt: new Date() });
    const hidden = await createPost(member.id, { body: `${word} hidden`, hiddenAt: new Date() });
    const deleted = await createPost(member.id, { body: `${word} deleted`, deletedAt: new Date() });
    const shown = await createPost(member.id, { body: `${word} company-wide` });

    const forMember = await search(memberActor, { q: word });
    expect(new Set(idsOf(forMember))).toEqual(new Set([inSecret.id, inPrivate.id, comment.id, shown.id, secret.id]));

    const forOutsider = await search(outsider, { q: word });
    expect(idsOf(forOutsider)).toEqual([shown.id]);
    // Not even the name, as a hit, a facet or a filter.
    expect(JSON.stringify(forOutsider)).not.toContain("Secret");
    expect(idsOf(await search(outsider, { q: word, community: secret.slug }))).toEqual([]);
    expect(idsOf(await search(outsider, { q: `secret ${word}`, type: "communities" }))).toEqual([]);

    const forAdmin = await search(admin, { q: word });
    expect(idsOf(forAdmin)).toEqual(expect.arrayContaining([inSecret.id, inPrivate.id, comment.id, shown.id]));
    for (const gone of [removed.id, hidden.id, deleted.id]) {
      expect(idsOf(forAdmin)).not.toContain(gone);
      expect(idsOf(forMember)).not.toContain(gone);
    }
  });

  it("[DB] never finds an anonymous question by who asked it, nor shows the asker", async () => {
    const word = uniqueWord();
    const { user: asker, actor: askerActor } = await createUser({ name: `Asker ${word}` });
    const { actor: reader } = await createUser();
    const anonymous = await insertQuestion(asker.id, { title: `Why ${word} pay gap?`, isAnonymous: true });
    const named = await insertQuestion(asker.id, { title: `Can ${word} get bikes?` });

    const byAuthor = await search(reader, { q: word, author: asker.handle });
    expect(idsOf(byAuthor)).toEqual([named.id]);
    const all = await search(reader, { q: word });
    expect(new Set(idsOf(all))).toEqual(new Set([anonymous.id, named.id]));
    const anonymousHit = all.hits.find((hit) => hit.id === anonymous.id)!;
    expect(anonymousHit.author).toBeNull();
    expect(JSON.stringify(anonymousHit)).not.toContain(asker.id);
    expect(JSON.stringify(anonymousHit)).not.toContain(asker.handle);
    // Searching the asker's name finds the person, never their anonymous question.
    const byName = await search(reader, { q: `Asker ${word}` });
    expect(byName.people.map((person) => person.id)).toEqual([asker.id]);
    expect(idsOf(byName)).not.toContain(anonymous.id);
    // The asker, too, finds it only by its words.
    expect(idsOf(await search(askerActor, { q: word, author: asker.handle }))).toEqual([named.id]);
  });

  it("[DB] reflects edits and deletions at once (no rebuild step)", async () => {
    const before = uniqueWord();
    const after = uniqueWord();
    const { user, actor } = await createUser();
    const post = await createPost(user.id, { body: `Agenda: ${before}` });
    expect(idsOf(await search(actor, { q: before }))).toEqual([post.id]);

    await db.post.update({ where: { id: post.id }, data: { body: `Agenda: ${after}` } });
    expect(idsOf(await search(actor, { q: before }))).toEqual([]);
    expect(idsOf(await search(actor, { q: after }))).toEqual([post.id]);

    await db.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    expect(idsOf(await search(actor, { q: after }))).toEqual([]);
  });

  it("[DB] finds people by a misspelled name, but not deactivated people", async () => {
    const surname = uniqueWord("vlas");
    const { user: maria, actor } = await createUser({ name: `Maria ${surname}` });
    const { user: gone } = await createUser({ name: `Mario ${surname}`, deactivatedAt: new Date() });
    const found = await search(actor, { q: `Mariia ${surname}` });
    expect(found.people[0]?.id).toBe(maria.id);
    expect(found.people.map((person) => person.id)).not.toContain(gone.id);
  });

  it("[DB] pages through every match once, in a stable order", async () => {
    const word = uniqueWord();
    const { user, actor } = await createUser();
    const created = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        createPost(user.id, {
          body: `${word} ${"again ".repeat(i % 5)}`,
          createdAt: new Date(Date.now() - i * 3_600_000),
        }),
      ),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const results = await search(actor, { q: word, type: "posts", cursor });
      seen.push(...idsOf(results));
      cursor = results.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen)).toEqual(new Set(created.map((post) => post.id)));
  });

  it("[DB] names the field of a wrong filter", async () => {
    const { actor } = await createUser();
    await expect(search(actor, { q: "x", from: "31-12-2026" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { from: "Use a date like 2026-03-31" },
    });
    await expect(search(actor, { q: "x", type: "everything" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
