import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage } from "./fixtures/auth";

// People no other spec writes as in communities, so limits and memberships never collide across specs.
const creator = { email: "elif@northwind.example" };
const colleague = { email: "mats@northwind.example", name: "Mats Olsen" };

test.describe("[COMMUNITIES]", () => {
  test("an employee creates an interest community (after a validation error); a colleague joins and posts, live for the creator", async ({
    browser,
  }) => {
    const owner = await newSignedInPage(browser, creator.email);
    await owner.goto("/communities/new");
    const name = `Climbing ${Date.now().toString(36)}`;
    // Too short a name: the form answers with the field's message and keeps what was typed.
    await owner.getByLabel("Name", { exact: true }).fill("Cl");
    await owner.getByLabel("Description (optional)").fill("Bouldering after work.");
    await owner.getByRole("button", { name: "Create community" }).click();
    await expect(owner.getByText("Name needs at least 3 characters")).toBeVisible();
    await expect(owner.getByLabel("Description (optional)")).toHaveValue("Bouldering after work.");
    await owner.getByLabel("Name", { exact: true }).fill(name);
    await owner.getByLabel(/Interest/).check();
    await owner.getByRole("button", { name: "Create community" }).click();
    await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectLive(owner);

    const member = await newSignedInPage(browser, colleague.email);
    await member.goto(`/communities?q=${encodeURIComponent(name)}`);
    await member.getByRole("button", { name: `Join: ${name}` }).click();
    await expect(member.getByRole("button", { name: "Leave" })).toBeVisible();
    await member.getByRole("link", { name }).click();
    await expectLive(member);
    await member.getByLabel("Post text").fill("First boulder session Thursday at 18:00?");
    await member.getByRole("button", { name: "Post", exact: true }).click();
    await expect(member.getByText("First boulder session Thursday at 18:00?")).toBeVisible();

    // The owner's page heard the join (member count) and the new post (behind the pill).
    await expect(owner.getByText("2 members")).toBeVisible();
    await owner.getByRole("button", { name: /1 new post/ }).click();
    await expect(owner.getByText("First boulder session Thursday at 18:00?")).toBeVisible();
  });

  test("a private community's join request is approved by its moderator", async ({ browser }) => {
    const asker = await newSignedInPage(browser, "daan@northwind.example");
    await asker.goto("/communities/rebut-the-top-3-buyer-objections");
    await expect(asker.getByText("Posts here are for members")).toBeVisible();
    await asker.getByRole("button", { name: /Ask to join/ }).click();
    await expect(asker.getByRole("button", { name: "Request sent" })).toBeVisible();

    const moderator = await newSignedInPage(browser, "bram@northwind.example");
    await moderator.goto("/communities/rebut-the-top-3-buyer-objections?tab=requests");
    await moderator.getByRole("button", { name: "Approve Daan Smit" }).click();
    await expect(moderator.getByRole("button", { name: "Approve Daan Smit" })).toHaveCount(0);

    await asker.reload();
    await expect(asker.getByRole("button", { name: "Leave" })).toBeVisible();
    await asker.getByRole("link", { name: "Focus board" }).click();
    await expect(asker.getByTestId("focus-item").first()).toBeVisible();
  });

  test("a non-member gets 404 on a secret community and on its post's URL", async ({ browser }) => {
    const leader = await newSignedInPage(browser, "maria@northwind.example");
    await leader.goto("/communities/leadership-offsite-2027");
    const postLink = leader
      .getByTestId("post-card")
      .first()
      .getByRole("link", { name: /ago|now/ })
      .first();
    const postPath = await postLink.getAttribute("href");
    expect(postPath).toMatch(/^\/posts\//);

    const outsider = await newSignedInPage(browser, "sophie@northwind.example");
    for (const path of [
      postPath!,
      "/communities/leadership-offsite-2027",
      "/communities/leadership-offsite-2027?tab=members",
    ]) {
      const response = await outsider.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await outsider.goto("/communities?q=offsite");
    await expect(outsider.getByText("No communities match")).toBeVisible();
  });

  test("a focus board shows proposed, voted and accepted items and the progress, live for another member", async ({
    browser,
  }) => {
    const owner = await newSignedInPage(browser, "lotte@northwind.example");
    const member = await newSignedInPage(browser, "sophie@northwind.example");
    await owner.goto("/communities/rebut-the-top-3-buyer-objections?tab=focus");
    await member.goto("/communities/rebut-the-top-3-buyer-objections?tab=focus");
    await expectLive(owner);
    await expectLive(member);
    await expect(owner.getByTestId("focus-progress").first()).toHaveText(
      "2 of the top 3 items have an accepted answer",
    );

    const title = `“We need it cheaper for the opening ${Date.now().toString(36)}”`;
    await member.getByLabel("Propose an item").fill(title);
    await member.getByRole("button", { name: "Propose" }).click();
    await expect(owner.getByRole("link", { name: title })).toBeVisible();

    // Lotte upvotes the third item; Sophie's board follows.
    const third = member.getByTestId("focus-item").nth(2);
    const before = Number(await third.getByRole("button").first().textContent());
    await owner
      .getByTestId("focus-item")
      .nth(2)
      .getByRole("button", { name: /^Upvote/ })
      .click();
    await expect(third.getByRole("button").first()).toHaveText(String(before + 1));

    // Lotte accepts an answer on the third item: 3 of 3.
    await owner.getByTestId("focus-item").nth(2).getByRole("link").first().click();
    await owner.getByRole("button", { name: "Mark as accepted answer" }).first().click();
    await expect(owner.getByText("Accepted answer").first()).toBeVisible();
    await expect(member.getByTestId("focus-progress").first()).toHaveText(
      "3 of the top 3 items have an accepted answer",
    );
  });

  test("a community with a purpose opens on its focus board, the goal and progress shown once, under a compact header", async ({
    browser,
  }) => {
    const owner = await newSignedInPage(browser, "lotte@northwind.example", { width: 375, height: 812 });
    await owner.goto("/communities/rebut-the-top-3-buyer-objections");
    const tabs = owner.getByRole("navigation", { name: "Community sections" });
    await expect(tabs.getByRole("link", { name: "Focus board" })).toHaveAttribute("aria-current", "page");
    await expect(tabs.getByRole("link").first()).toHaveText("Focus board");
    await expect(owner.getByTestId("focus-item").first()).toBeVisible();
    await expect(owner.getByTestId("focus-progress")).toHaveCount(1);
    await expect(owner.getByRole("heading", { name: "Rebut the top 3 buyer objections" }).last()).toBeVisible();
    // No cover: a thin band, not a blank picture; the focus board starts on the first screen.
    const band = await owner.getByTestId("community-band").boundingBox();
    expect(band!.height).toBeLessThan(12);
    await expect(owner.getByRole("heading", { level: 2 }).first()).toBeInViewport();

    // The feed is one tab away; there the header carries the purpose (once).
    await tabs.getByRole("link", { name: "Feed" }).click();
    await expect(owner).toHaveURL(/\?tab=feed$/);
    await expect(tabs.getByRole("link", { name: "Feed" })).toHaveAttribute("aria-current", "page");
    await expect(owner.getByTestId("focus-progress")).toHaveCount(1);
    await owner.context().close();
  });
});
