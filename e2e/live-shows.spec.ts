import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

/** "2026-03-01T14:00", `minutes` from now in the browser's own zone, as datetime-local inputs want it. */
function localInput(page: Page, minutes: number) {
  return page.evaluate((ahead) => {
    const date = new Date(Date.now() + ahead * 60_000);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, minutes);
}

/** Resolves (in the page) with Date.now() at the moment `text` shows up in the comment stream. */
async function watchForComment(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const holder = window as unknown as { seenAt?: Promise<number> };
    holder.seenAt = new Promise((resolve) => {
      const seen = () => document.querySelector("[data-testid=live-comments]")?.textContent?.includes(wanted);
      if (seen()) return resolve(Date.now());
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, text);
  return () => page.evaluate(() => (window as unknown as { seenAt: Promise<number> }).seenAt);
}

test.describe("[SHOWS]", () => {
  test("an employee cannot schedule; a leader's refused schedule names the fields and keeps what was typed", async ({
    browser,
  }) => {
    const employee = await newSignedInPage(browser, users.employee.email);
    await employee.goto("/events");
    await expect(employee.getByRole("heading", { name: "Live shows", level: 1 })).toBeVisible();
    await expect(employee.getByRole("link", { name: "Friday Fireside with Maria" })).toBeVisible();
    await expect(employee.getByRole("link", { name: "Schedule a show" })).toHaveCount(0);
    expect((await employee.goto("/events/new"))?.status()).toBe(403);
    await expect(employee.getByRole("heading", { level: 1, name: "Schedule a live show" })).toBeVisible();
    await employee.context().close();

    const leader = await newSignedInPage(browser, users.ceo.email);
    await leader.goto("/events/new");
    await leader.getByLabel("Title").fill("Hi");
    await leader.getByLabel("Starts").fill(await localInput(leader, -120));
    await leader.getByLabel("Stream or recording URL (optional)").fill("http://insecure.example/live");
    await leader.getByRole("button", { name: "Schedule the show" }).click();
    await expect(leader.getByRole("alert").filter({ hasText: "Check the 2 fields marked above." })).toBeVisible();
    await expect(leader.getByLabel("Title")).toHaveAccessibleDescription(
      "Give the show a title (at least 3 characters)",
    );
    await expect(leader.getByLabel("Stream or recording URL (optional)")).toHaveAccessibleDescription(
      "Use a full https:// address for the stream",
    );
    await expect(leader.getByLabel("Title")).toHaveValue("Hi");
    await expect(leader.getByLabel("Stream or recording URL (optional)")).toHaveValue("http://insecure.example/live");
    await leader.context().close();
  });

  test("a live show: RSVP and a question ahead, comments live between two browsers, a thank-you seen live, and the replay", async ({
    browser,
  }) => {
    const host = await newSignedInPage(browser, users.ceo.email);
    const title = `Town hall ${Date.now()}`;
    await host.goto("/events/new");
    await host.getByLabel("Title").fill(title);
    await host.getByLabel("Starts").fill(await localInput(host, 60));
    await host.getByLabel("Length (minutes)").fill("30");
    await host.getByRole("button", { name: "Schedule the show" }).click();
    await expect(host.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    const showUrl = new URL(host.url()).pathname;

    const sophie = await newSignedInPage(browser, users.employee.email);
    await sophie.goto(showUrl);
    await expectLive(sophie);
    await sophie.getByRole("button", { name: "RSVP" }).click();
    await expect(sophie.getByTestId("rsvp-count")).toHaveText("1 person going");
    await sophie.getByLabel("Your question").fill("What are you most proud of this year?");
    await sophie.getByRole("button", { name: "Ask", exact: true }).click();
    await expect(sophie.getByRole("heading", { name: "What are you most proud of this year?" })).toBeVisible();

    const lotte = await newSignedInPage(browser, users.salesManager.email);
    await lotte.goto(showUrl);
    await expectLive(lotte);
    await expect(lotte.getByRole("heading", { name: "What are you most proud of this year?" })).toBeVisible();

    // The host goes live; the viewers' pages turn live without a reload.
    await host.getByRole("button", { name: "Go live" }).click();
    await expect(host.getByTestId("show-status")).toHaveText("Live now");
    await expect(sophie.getByTestId("show-status")).toHaveText("Live now");
    await expect(lotte.getByLabel("Your comment")).toBeVisible();
    await expect(host.getByTestId("viewer-count")).toHaveText("3");

    // Sophie → Lotte, live: the comment appears on Lotte's screen without a reload. The latency is printed as a
    // figure, not asserted: a wall-clock budget fails on a busy machine (npm run test:stress -- --e2e) without a bug.
    const sophieSays = `Hello from Amsterdam ${Date.now()}`;
    const seenByLotte = await watchForComment(lotte, sophieSays);
    await sophie.getByLabel("Your comment").fill(sophieSays);
    const sentAt = Date.now();
    await sophie.getByLabel("Your comment").press("Enter");
    const latency = (await seenByLotte()) - sentAt;
    console.log(`[SHOWS] live comment reached the other viewer in ${latency} ms`);
    await expect(sophie.getByLabel("Your comment")).toHaveValue("");

    // And back: Lotte → Sophie.
    const lotteSays = `Greetings from the sales floor ${Date.now()}`;
    await lotte.getByLabel("Your comment").fill(lotteSays);
    await lotte.getByRole("button", { name: "Send" }).click();
    await expect(sophie.getByTestId("live-comments")).toContainText(lotteSays);
    await expect(host.getByTestId("live-comments")).toContainText(lotteSays);

    // The host thanks Sophie and highlights Lotte; both show for everyone, live.
    const sophieLine = host.getByTestId("live-comment").filter({ hasText: sophieSays });
    await sophieLine.getByRole("button", { name: "Thank Sophie" }).click();
    await expect(
      sophie.getByTestId("live-comment").filter({ hasText: sophieSays }).getByTestId("thanked-badge"),
    ).toHaveText("Thanked by Maria van den Berg");
    await expect(sophieLine.getByRole("button", { name: "Thank Sophie" })).toHaveCount(0);
    await host
      .getByTestId("live-comment")
      .filter({ hasText: lotteSays })
      .getByRole("button", { name: /Highlight/ })
      .click();
    await expect(lotte.getByTestId("live-comment").filter({ hasText: lotteSays })).toHaveAttribute(
      "data-highlighted",
      "true",
    );
    // Employees get no host tools.
    await expect(sophie.getByRole("button", { name: /Thank|Highlight/ })).toHaveCount(0);

    // The host ends the show; everyone's page becomes the replay with the saved log.
    host.once("dialog", (dialog) => void dialog.accept());
    await host.getByRole("button", { name: "End show" }).click();
    await expect(sophie.getByTestId("show-status")).toHaveText("Replay");
    await expect(sophie.getByRole("heading", { name: /Comment log/ })).toBeVisible();
    const log = sophie.getByTestId("live-comments");
    await expect(log.getByTestId("live-comment")).toHaveCount(2);
    await expect(log.getByTestId("live-comment").first()).toContainText(sophieSays);
    await expect(log.getByTestId("live-comment").nth(1)).toHaveAttribute("data-highlighted", "true");
    await expect(log.getByTestId("live-comment").first()).toContainText("+00:");
    await expect(sophie.getByTestId("thanked-list")).toContainText("Sophie de Jong");
    await expect(sophie.getByLabel("Your comment")).toHaveCount(0);
    await expect(sophie.getByTestId("attendance")).toHaveCount(0);

    await host.reload();
    const attendance = host.getByTestId("attendance");
    await expect(attendance).toContainText("Unique viewers");
    await expect(attendance.getByText("RSVPs who came").locator("..")).toContainText("1 / 1");
    await expect(attendance.getByText("Comments", { exact: true }).locator("..")).toContainText("2");

    // Sophie was told she was thanked.
    await sophie.goto("/notifications");
    await expect(sophie.getByText("Maria van den Berg thanked you").first()).toBeVisible();
    for (const page of [host, sophie, lotte]) await page.context().close();
  });

  test("on a phone, a live show puts the comments right under the stream with the comment box at the bottom", async ({
    browser,
  }) => {
    const host = await newSignedInPage(browser, users.ceo.email);
    const title = `Phone check-in ${Date.now()}`;
    await host.goto("/events/new");
    await host.getByLabel("Title").fill(title);
    await host.getByLabel("Starts").fill(await localInput(host, 60 * 24 * 20));
    await host
      .getByRole("textbox", { name: "What is it about? (optional)" })
      .fill("A short chat about the week, **from the warehouse**.");
    await host.getByRole("button", { name: "Schedule the show" }).click();
    await expect(host.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const showUrl = new URL(host.url()).pathname;

    const phone = await newSignedInPage(browser, users.employee.email, { width: 375, height: 812 });
    await phone.goto(showUrl);
    await expectLive(phone);
    // Before the show: no black box, but the host, the time and what to expect; RSVP is open.
    const waiting = phone.getByTestId("show-no-stream");
    await expect(waiting).toContainText("The stream starts soon");
    await expect(waiting).toContainText("Maria goes live on");
    await expect(phone.getByTestId("rsvp-count")).toHaveText("0 people going");

    await host.getByRole("button", { name: "Go live" }).click();
    await expect(phone.getByTestId("show-status")).toHaveText("Live now");
    await expect(waiting).toContainText("Live in the comments");
    // While live: no RSVP, the description folded, the comments right after the stream, the box at the bottom.
    await expect(phone.getByTestId("rsvp-count")).toHaveCount(0);
    await expect(phone.getByText("About the show")).toBeVisible();
    await expect(phone.getByText("from the warehouse")).toBeHidden();
    const composer = phone.getByTestId("live-composer");
    await expect(composer).toBeInViewport();
    const box = await composer.boundingBox();
    expect(Math.round(box!.y + box!.height)).toBe(812);
    const player = await waiting.boundingBox();
    const comments = await phone.getByRole("region", { name: "Live comments" }).boundingBox();
    expect(comments!.y).toBeGreaterThan(player!.y);
    expect(comments!.y - (player!.y + player!.height)).toBeLessThan(40);
    await phone.getByLabel("Your comment").fill("Hello from my phone");
    await phone.getByLabel("Your comment").press("Enter");
    await expect(phone.getByTestId("live-comments")).toContainText("Hello from my phone");

    host.once("dialog", (confirm) => void confirm.accept());
    await host.getByRole("button", { name: "End show" }).click();
    await expect(host.getByTestId("show-status")).toHaveText("Replay");
    await phone.context().close();
    await host.context().close();
  });
});
