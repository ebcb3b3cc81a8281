import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

// People no other spec writes questions as, so the per-person question limit never bites across specs.
const asker = { email: "noor@northwind.example", name: "Noor El Amrani", handle: "noor-el-amrani" };
const voter = { email: "bram@northwind.example" };
const employee = { email: "daan@northwind.example" };
const host = { email: "jan@northwind.example" };

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId("unread-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

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

test.describe("[ASK]", () => {
  test("an anonymous question goes live, is upvoted and answered live, and the CEO sees no trace of who asked", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, asker.email);
    const colleague = await newSignedInPage(browser, voter.email);
    await author.goto("/ask");
    await colleague.goto("/ask");
    await expectLive(author);
    await expectLive(colleague);

    const title = `Will the canteen open on Saturdays? (${Date.now()})`;
    const form = author.getByRole("form", { name: "Ask leadership a question" });
    await form.getByLabel("Your question", { exact: true }).fill(title);
    await form.getByLabel("Details (optional)", { exact: true }).fill("The weekend shift has **nowhere** to eat.");
    await form.getByLabel("Ask anonymously", { exact: true }).check();
    await expect(form.getByText("Nobody — leaders and admins included — can see who asked.")).toBeVisible();
    await form.getByRole("button", { name: "Ask anonymously" }).click();
    await expect(form.getByLabel("Your question", { exact: true })).toHaveValue("");

    const mine = author.getByTestId("question-card").filter({ hasText: title });
    await expect(mine).toContainText("You asked this");
    await expect(mine).toContainText("Anonymous");
    await expect(mine.getByRole("button", { name: "Upvote (0 votes)" })).toBeDisabled();

    // The colleague sees a pill, not a jump; the question is anonymous and not theirs.
    await colleague.getByRole("button", { name: "1 new question" }).click();
    const theirs = colleague.getByTestId("question-card").filter({ hasText: title });
    await expect(theirs).toContainText("Anonymous");
    await expect(theirs).not.toContainText("You asked this");
    await expect(theirs).not.toContainText(asker.name);
    await theirs.getByRole("button", { name: "Upvote (0 votes)" }).click();
    await expect(theirs.getByRole("button", { name: "Upvote (1 vote)" })).toHaveAttribute("aria-pressed", "true");
    // …and the asker's count follows live.
    await expect(mine.getByRole("button", { name: "Upvote (1 vote)" })).toBeVisible();

    // The asker waits on the question's page.
    await mine.getByRole("link", { name: title }).click();
    await expect(author).toHaveURL(/\/ask\/[^/]+$/);
    const questionPath = new URL(author.url()).pathname;
    const questionId = questionPath.split("/").at(-1)!;
    await expectLive(author);
    const unreadBefore = await unreadCount(author);
    await expect(author.getByRole("button", { name: "Upvote (1 vote)" })).toBeDisabled();
    await expect(author.getByRole("form", { name: "Answer this question" })).toHaveCount(0);

    // The CEO answers. Everything the CEO's browser receives is recorded.
    const ceo = await newSignedInPage(browser, users.ceo.email);
    const received: { url: string; body: Promise<string> }[] = [];
    ceo.on("response", (response: Response) => {
      const type = response.headers()["content-type"] ?? "";
      if (/json|html|x-component|text\/plain/.test(type))
        received.push({ url: response.url(), body: response.text().catch(() => "") });
    });
    await ceo.goto(questionPath);
    await expectLive(ceo);
    await expect(ceo.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const answer = ceo.getByRole("form", { name: "Answer this question" });
    await answer
      .getByLabel("Your answer", { exact: true })
      .fill("Yes, from next month the canteen opens **every Saturday** from 11:00 to 14:00.");
    await answer.getByRole("button", { name: "Publish answer" }).click();
    await expect(ceo.getByTestId("answer").filter({ hasText: "every Saturday" })).toBeVisible();

    // The asker sees it live, and hears of it.
    await expect(author.getByTestId("answer").filter({ hasText: "every Saturday" })).toBeVisible();
    await expect(author.getByTestId("answer").getByRole("link", { name: users.ceo.name })).toBeVisible();
    await expect(author.getByText("Answered", { exact: true }).first()).toBeVisible();
    await expect.poll(() => unreadCount(author)).toBeGreaterThan(unreadBefore);
    await author.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
    await author
      .getByRole("link", { name: new RegExp(`${users.ceo.name} answered a question you follow`) })
      .first()
      .click();
    // An anonymous asker's notification names no question (it would link the asker to it in the database): it opens
    // Ask leadership, where their own question shows as theirs.
    await expect(author).toHaveURL("/ask");
    await expect(author.getByRole("link", { name: title })).toBeVisible();

    // No trace of the asker anywhere the CEO looks: pages, their live payloads, and the JSON API.
    const me = (await (await author.request.get("/api/me")).json()) as { user: { id: string } };
    const traces = [me.user.id, asker.name, asker.handle, asker.email];
    await ceo.goto("/ask");
    // Inside <main>: while React holds back a streamed Suspense reveal, the page's content also sits in a hidden
    // copy at the end of <body> (Next's streaming), which strict mode would count as a second card.
    await expect(ceo.getByRole("main").getByTestId("question-card").filter({ hasText: title })).toContainText(
      "Anonymous",
    );
    const pages = [await ceo.content()];
    await ceo.goto(questionPath);
    await expect(ceo.getByTestId("answer")).toHaveCount(1);
    pages.push(await ceo.content());
    const api = [
      "/api/questions",
      "/api/questions?sort=newest",
      "/api/questions?sort=unanswered",
      `/api/questions?ids=${questionId}`,
      `/api/questions/${questionId}`,
      "/api/questions/responsiveness",
      "/api/notifications",
    ];
    const apiBodies = await Promise.all(
      api.map(async (path) => [path, await (await ceo.request.get(path)).text()] as const),
    );
    expect(apiBodies.find(([path]) => path === "/api/questions?sort=newest")![1]).toContain(questionId);
    const seen = [
      ...pages.map((html, i) => [`page ${i}`, html] as const),
      ...apiBodies,
      ...(await Promise.all(received.map(async (r) => [r.url, await r.body] as const))),
    ];
    for (const [where, body] of seen) {
      for (const trace of traces) expect(body.includes(trace), `${where} contains ${trace}`).toBe(false);
    }
    await Promise.all([author.context().close(), colleague.context().close(), ceo.context().close()]);
  });

  test("a refused question keeps what was typed; employees get no answer form", async ({ browser }) => {
    const page = await newSignedInPage(browser, employee.email);
    await page.goto("/ask");
    await expectAccessible(page, "/ask");
    const form = page.getByRole("form", { name: "Ask leadership a question" });
    await form.getByLabel("Details (optional)", { exact: true }).fill("Context I do not want to type twice.");
    await form.getByLabel("Who should answer?", { exact: true }).selectOption({ label: "Jan Visser, Sales Director" });
    await form.getByLabel("Ask anonymously", { exact: true }).check();
    await form.getByRole("button", { name: "Ask anonymously" }).click();
    await expect(form.getByText("Write your question first")).toBeVisible();
    // The summary sits under the form: it names no direction and puts the focus on the field to fix.
    await expect(form.getByRole("alert")).toHaveText("Check the marked field.");
    await expect(form.getByLabel("Your question", { exact: true })).toBeFocused();
    await expect(form.getByLabel("Details (optional)", { exact: true })).toHaveValue(
      "Context I do not want to type twice.",
    );
    // Everything chosen survives too: the leader, and above all the anonymity.
    await expect(form.getByLabel("Who should answer?", { exact: true }).locator("option:checked")).toHaveText(
      "Jan Visser, Sales Director",
    );
    await expect(form.getByLabel("Ask anonymously", { exact: true })).toBeChecked();
    await expect(form.getByLabel("Your question", { exact: true })).toHaveAttribute("aria-invalid", "true");

    const title = `Could sales get demo kits for every region? (${Date.now()})`;
    await form.getByLabel("Your question", { exact: true }).fill(title);
    await form.getByRole("button", { name: "Ask anonymously" }).click();
    const card = page.getByTestId("question-card").filter({ hasText: title });
    await expect(card).toContainText("Jan Visser");
    await expect(card).toContainText("Anonymous");
    await expect(card).toContainText("You asked this");
    await expect(card).not.toContainText("Daan Smit");
    await card.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("form", { name: "Answer this question" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();
    await expectAccessible(page, "a question");
    await page.context().close();
  });

  test("an AMA outside its window refuses questions with a clear message; a live one takes them until it ends", async ({
    browser,
  }) => {
    const leader = await newSignedInPage(browser, host.email);
    await leader.goto("/ask");
    await leader.getByRole("link", { name: "Host an AMA" }).click();
    const form = leader.getByRole("form", { name: "Host an AMA" });
    await form.getByLabel("Title", { exact: true }).fill("Ask Jan about the spring range");
    await form.getByLabel("Starts", { exact: true }).fill(localInput(new Date(Date.now() + 26 * 3_600_000)));
    await form.getByLabel("Ends", { exact: true }).fill(localInput(new Date(Date.now() + 25 * 3_600_000)));
    await form.getByRole("button", { name: "Open the AMA" }).click();
    await expect(form.getByText("End must be after the start")).toBeVisible();
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Ask Jan about the spring range");
    await form.getByRole("button", { name: "1 hour" }).click();
    await form.getByRole("button", { name: "Open the AMA" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "Ask Jan about the spring range" })).toBeVisible();
    const upcomingPath = new URL(leader.url()).pathname;

    const person = await newSignedInPage(browser, employee.email);
    await person.goto(upcomingPath);
    await expect(
      person.getByRole("status").filter({ hasText: "This AMA has not started yet: it opens for questions in 1 day." }),
    ).toBeVisible();
    await expect(person.getByRole("form", { name: /Ask Jan a question/ })).toHaveCount(0);
    await expectAccessible(person, "an upcoming AMA");

    // A live one: questions go in until the host ends it, then the page says so.
    await leader.goto("/ask/ama/new");
    await form.getByLabel("Title", { exact: true }).fill("Ask Jan anything, right now");
    await form.getByRole("button", { name: "1 hour" }).click();
    await form.getByRole("button", { name: "Open the AMA" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "Ask Jan anything, right now" })).toBeVisible();
    await person.goto(new URL(leader.url()).pathname);
    await expectLive(person);
    const ask = person.getByRole("form", { name: "Ask Jan a question" });
    await ask.getByLabel("Your question", { exact: true }).fill("Which product are you proudest of this year?");
    await ask.getByRole("button", { name: "Ask", exact: true }).click();
    await expect(
      person.getByTestId("question-card").filter({ hasText: "Which product are you proudest of this year?" }),
    ).toBeVisible();
    await expect(
      leader.getByTestId("question-card").filter({ hasText: "Which product are you proudest of this year?" }),
    ).toBeVisible();
    leader.once("dialog", (dialog) => void dialog.accept());
    await leader.getByRole("button", { name: "End AMA now" }).click();
    await expect(
      person.getByRole("status").filter({ hasText: "This AMA has just ended and no longer takes questions." }),
    ).toBeVisible();
    await expect(person.getByRole("form", { name: "Ask Jan a question" })).toHaveCount(0);
    await Promise.all([leader.context().close(), person.context().close()]);
  });
});
