import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage } from "./fixtures/auth";

// People no other spec writes as, so per-person limits and "one entry each" never bite across specs.
const creator = { email: "thomas@northwind.example", name: "Thomas Bakker" };
const cookA = { email: "mila@northwind.example", name: "Mila Schneider" };
const cookB = { email: "felix@northwind.example", name: "Felix Wagner" };
const voter = { email: "oskar@northwind.example" };
const VIDEO = path.join(process.cwd(), "prisma/seed/media/pan-flip.webm");

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
    label,
  ).toEqual([]);
}

/** "2026-03-01T14:00" in this machine's zone (the browser's too), as a datetime-local input takes it. */
function localInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

async function enterWithVideo(page: Page, slug: string, body: string) {
  await page.goto(`/challenges/${slug}`);
  const form = page.getByRole("form", { name: "Your entry" });
  await form.getByLabel("Tell colleagues about it").fill(body);
  await form.getByLabel("Add a video").setInputFiles(VIDEO);
  // The poster frame was captured in this browser and uploaded beside the video.
  await expect(form.getByTestId("attached-video")).toHaveAttribute("poster", /\/api\/uploads\/videos\/.+\/poster$/);
  await form.getByRole("button", { name: "Enter the challenge" }).click();
  await expect(page.getByText("You have entered this challenge. Good luck!")).toBeVisible();
}

test.describe("[CHALLENGES]", () => {
  test("a challenge runs through entries, voting (own entry refused) and close, announcing the winner; video entries play", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const host = await newSignedInPage(browser, creator.email);

    // The create form refuses voting before entries open, names the field and keeps what was typed.
    await host.goto("/challenges");
    await host.getByRole("link", { name: "Start a challenge" }).click();
    const title = `Soup showdown ${Date.now()}`;
    const form = host.getByRole("form", { name: "Start a challenge" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Entries open").fill(localInput(new Date(Date.now() + 2 * 3_600_000)));
    await form.getByLabel("Voting opens").fill(localInput(new Date(Date.now() + 3_600_000)));
    await form.getByRole("button", { name: "Start the challenge" }).click();
    await expect(form.getByText("Voting cannot open before entries open")).toBeVisible();
    await expect(form.getByLabel("Title")).toHaveValue(title);
    await expectAccessible(host, "create form with an error");

    // Entries open now and voting opens with them; counts stay hidden until the close.
    await form.getByLabel("Entries open").clear();
    await form.getByLabel("Voting opens").clear();
    await form.getByLabel("Votes per person").fill("1");
    await form.getByRole("button", { name: "Start the challenge" }).click();
    await expect(host.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const slug = host.url().split("/challenges/")[1]!;

    const a = await newSignedInPage(browser, cookA.email);
    const b = await newSignedInPage(browser, cookB.email);
    await enterWithVideo(a, slug, "Soup with a **lid that never rattles**.");
    await enterWithVideo(b, slug, "Pancake soup? Pancake soup.");

    // Own entry: no vote, just "Your entry". Another's: a vote, counted once, never shown while hidden.
    await a.reload();
    await expectLive(a);
    const own = a.getByTestId("challenge-entry").filter({ hasText: cookA.name });
    await expect(own.getByText("Your entry")).toBeVisible();
    await expect(own.getByRole("button", { name: /Vote for/ })).toHaveCount(0);
    await a.getByRole("button", { name: `Vote for ${cookB.name}'s entry` }).click();
    await expect(a.getByRole("button", { name: `Take back your vote for ${cookB.name}'s entry` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(a.getByTestId("vote-budget")).toContainText("You have used all your votes");
    await expect(a.getByTestId("entry-votes")).toHaveCount(0);

    const fan = await newSignedInPage(browser, voter.email);
    await fan.goto(`/challenges/${slug}`);
    await fan.getByRole("button", { name: `Vote for ${cookB.name}'s entry` }).click();
    await expect(fan.getByTestId("vote-budget")).toContainText("You have used all your votes");
    // The only vote left is refused by the server with the reason, not silently.
    await fan.getByRole("button", { name: `Vote for ${cookA.name}'s entry` }).click();
    await expect(fan.getByRole("alert").filter({ hasText: "You have used your vote in this challenge" })).toBeVisible();
    // Hidden counts are in no read: not the page's HTML nor its RSC payload.
    const html = await (await fan.request.get(`/challenges/${slug}`)).text();
    expect(html).toContain("2 entries");
    expect(html).not.toMatch(/voteCount\\?":\s*\d/);
    expect(html).not.toContain('data-testid="entry-votes"');
    await expectAccessible(fan, "challenge in voting");

    // A video entry plays: poster, metadata loaded through the authorised route, seeking by Range (206).
    const video = fan.getByTestId("post-video").first();
    await expect(video).toHaveAttribute("poster", /\/poster$/);
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    const src = (await video.getAttribute("src"))!;
    const partial = await fan.request.get(src, { headers: { Range: "bytes=0-99" } });
    expect(partial.status()).toBe(206);
    expect(partial.headers()).toMatchObject({
      "content-type": "video/webm",
      "x-content-type-options": "nosniff",
      "accept-ranges": "bytes",
    });
    expect((await partial.body()).length).toBe(100); // the server may stream it chunked rather than with a length
    expect(partial.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`http://localhost:${new URL(fan.url()).port}${src}`)).status()).toBe(401);
    await anonymous.close();
    // A renamed text file is refused by its bytes, with the reason.
    const fake = await fan.request.post("/api/uploads/videos", {
      multipart: {
        file: { name: "clip.mp4", mimeType: "video/mp4", buffer: Buffer.from("not a video at all\n".repeat(100)) },
      },
    });
    expect(fake.status()).toBe(400);
    expect((await fake.json()).error.message).toBe("That file is not an MP4 or WebM video.");

    // The creator ends voting; the winner is announced as a moment of pride, live on the cooks' pages.
    await host.reload();
    host.once("dialog", (dialog) => void dialog.accept());
    await host.getByRole("button", { name: "End voting now" }).click();
    await expect(host.getByRole("heading", { name: "Final results" })).toBeVisible();
    await expect(b.getByText("Winner", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(
      b.getByTestId("challenge-entry").filter({ hasText: cookB.name }).getByTestId("entry-votes"),
    ).toHaveText("2 votes · place 1");
    await b.getByRole("link", { name: /announced as a moment of pride/ }).click();
    await expect(b.getByText(`Congratulations to @${cookB.name}, who won with 2 votes.`)).toBeVisible();
    await b.goto("/notifications");
    await expect(b.getByText("You won a challenge!").first()).toBeVisible();
  });

  test("an employee cannot start a challenge: no button, and the form is a 403 saying who may", async ({ browser }) => {
    const page = await newSignedInPage(browser, voter.email);
    await page.goto("/challenges");
    await expect(page.getByRole("heading", { name: "Cook-off with our products" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start a challenge" })).toHaveCount(0);
    const response = await page.goto("/challenges/new");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Start a challenge" })).toBeVisible();
  });
});
