import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage, unreadCount, users } from "./fixtures/auth";

test.describe("[PRIDE]", () => {
  test("a moment of pride tagging a colleague appears on the wall, and the colleague's bell counts up live", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.employee.email);
    const colleague = await newSignedInPage(browser, users.salesManager.email);
    await colleague.goto("/people");
    await expectLive(colleague);
    const before = await unreadCount(colleague);

    await author.goto("/pride");
    const stamp = Date.now();
    const composer = author.getByRole("form", { name: "New moment of pride" });
    await composer
      .getByRole("combobox", { name: "Post text" })
      .fill(`Lotte closed the Jansen renewal in one call (${stamp})`);
    // Sharing without tagging anyone is refused by field, and nothing typed is lost.
    await composer.getByRole("button", { name: "Share the moment" }).click();
    await expect(composer.getByText("Tag at least one colleague who made it happen")).toBeVisible();
    const picker = composer.getByRole("combobox", { name: "Who made it happen?" });
    await picker.fill("lotte");
    await expect(composer.getByRole("option", { name: /Lotte Mulder/ })).toBeVisible();
    await picker.press("Enter");
    await expect(composer.getByRole("button", { name: "Remove Lotte Mulder" })).toBeVisible();
    await composer.getByText("Customers first").click();
    await composer.getByRole("button", { name: "Share the moment" }).click();

    const moment = author.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(moment).toBeVisible();
    await expect(moment.getByText("Moment of pride")).toBeVisible();
    await expect(
      moment.getByRole("list", { name: "Made it happen" }).getByRole("link", { name: users.salesManager.name }),
    ).toBeVisible();
    await expect(moment.getByRole("link", { name: "Customers first" })).toBeVisible();

    // Tagged: Lotte's bell counts up without a reload, and the notification says why.
    await expect.poll(() => unreadCount(colleague)).toBeGreaterThan(before);
    await colleague.goto("/notifications");
    await expect(
      colleague.getByRole("link", { name: /Sophie de Jong credited you in a moment of pride/ }).first(),
    ).toBeVisible();

    // The wall's filters find it by value and person, and a non-matching value hides it.
    await author.goto(`/pride?value=customers-first&person=${users.salesManager.handle}&period=week`);
    await expect(author.getByTestId("post-card").filter({ hasText: String(stamp) })).toBeVisible();
    await author.goto(`/pride?value=have-fun-doing-it&person=${users.salesManager.handle}`);
    await expect(author.getByTestId("post-card").filter({ hasText: String(stamp) })).toHaveCount(0);
    await author.context().close();
    await colleague.context().close();
  });

  test("a leader's thank-you shows on a post for everyone; an employee is offered no thank-you button", async ({
    browser,
  }) => {
    const ceo = await newSignedInPage(browser, users.ceo.email);
    const reader = await newSignedInPage(browser, users.employee.email);
    await ceo.goto("/");
    const card = ceo.getByTestId("post-card").filter({ hasText: "Photo walk along the Scheldt" });
    await card
      .getByRole("link", { name: /ago|\d{4}/ })
      .first()
      .click();
    await expect(ceo).toHaveURL(/\/posts\//);
    const postUrl = ceo.url();
    await reader.goto(postUrl);
    await expectLive(reader);
    await expect(reader.getByRole("button", { name: "Say thank you" })).toHaveCount(0);

    await ceo.getByRole("button", { name: "Say thank you" }).click();
    await ceo.getByLabel("A short thank-you (optional)").fill("Love that you bring people together.");
    await ceo.getByRole("button", { name: "Send thanks" }).click();
    await expect(ceo.getByRole("button", { name: "Withdraw thanks" })).toBeVisible();

    // The reader's open page shows it live, named and styled apart from reactions.
    const thanks = reader.getByTestId("appreciations");
    await expect(thanks).toContainText(`Appreciated by ${users.ceo.name}, Chief Executive Officer`);
    await expect(thanks).toContainText("Love that you bring people together.");
    await ceo.context().close();
    await reader.context().close();
  });

  test("a poll's results update live in a second browser; anonymous results stay hidden until you vote; a refused vote changes nothing", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.salesManager.email);
    const voter = await newSignedInPage(browser, users.employee.email);
    await author.goto("/");
    const stamp = Date.now();
    const composer = author.getByRole("form", { name: "New post" });
    await composer.getByRole("combobox", { name: "Post text" }).fill(`Friday lunch (${stamp})`);
    await composer.getByRole("button", { name: "Add a poll" }).click();
    await composer.getByLabel("Question").fill("Where shall we eat on Friday?");
    await composer.getByRole("textbox", { name: "Option 1" }).fill("Pizza");
    await composer.getByRole("textbox", { name: "Option 2" }).fill("Sushi");
    await composer.getByRole("button", { name: "Add an option" }).click();
    await composer.getByRole("textbox", { name: "Option 3" }).fill("Salad");
    await composer.getByRole("button", { name: "Post", exact: true }).click();
    const authorCard = author.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(authorCard.getByTestId("poll")).toContainText("0 people voted");
    await authorCard
      .getByRole("link", { name: /just now|ago/ })
      .first()
      .click();
    await expect(author).toHaveURL(/\/posts\//);
    await expectLive(author);

    await voter.goto(author.url());
    await expectLive(voter);
    const poll = voter.getByTestId("poll");
    await expect(poll).toContainText("results show once you vote");
    await expect(poll).not.toContainText("%");
    await poll.getByRole("button", { name: /Sushi/ }).click();
    await expect(poll.getByRole("button", { name: /Sushi/ })).toHaveAttribute("aria-pressed", "true");
    await expect(poll).toContainText("100%");

    // The author's page follows without a reload; a changed single-choice vote replaces the first.
    const authorPoll = author.getByTestId("poll");
    await expect(authorPoll).toContainText("1 person voted");
    await expect(authorPoll.getByRole("button", { name: /Sushi/ })).toContainText("100%");
    await poll.getByRole("button", { name: /Pizza/ }).click();
    await expect(poll.getByRole("button", { name: /Pizza/ })).toHaveAttribute("aria-pressed", "true");
    await expect(poll.getByRole("button", { name: /Sushi/ })).toHaveAttribute("aria-pressed", "false");
    await expect(authorPoll.getByRole("button", { name: /Pizza/ })).toContainText("100%");
    await expect(authorPoll.getByRole("button", { name: /Sushi/ })).toContainText("0%");
    await expect(authorPoll).toContainText("1 person voted");

    // A vote the server refuses (here for an option that is gone by the time the vote arrives) shows the
    // refusal in the poll and keeps the choice as it was.
    await voter.route(
      (url) => url.pathname === new URL(voter.url()).pathname,
      async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
        const [, active] = JSON.parse(request.postData() ?? "[]") as [string, boolean];
        await route.continue({ postData: JSON.stringify(["c-option-gone", active]) });
      },
    );
    await poll.getByRole("button", { name: /Salad/ }).click();
    await expect(poll.getByRole("alert")).toHaveText("That poll does not exist or was removed.");
    await expect(poll.getByRole("button", { name: /Pizza/ })).toHaveAttribute("aria-pressed", "true");
    await expect(poll.getByRole("button", { name: /Salad/ })).toHaveAttribute("aria-pressed", "false");
    await expect(poll).toContainText("1 person voted");
    await voter.unrouteAll();
    await author.context().close();
    await voter.context().close();
  });
});
