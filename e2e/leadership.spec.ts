import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

// People no other spec asks or assigns as, so per-person limits never bite across specs.
const asker = { email: "mats@northwind.example", name: "Mats Olsen", handle: "mats-olsen" };
const voter = { email: "elif@northwind.example" };
const manager = { email: "ruben@northwind.example", name: "Ruben Peeters" };

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

async function traceFree(page: Page, traces: string[], where: string) {
  const html = await page.content();
  for (const trace of traces) expect(html.includes(trace), `${where} contains ${trace}`).toBe(false);
}

test.describe("[LEADERSHIP]", () => {
  test("an anonymous question is upvoted, answered by the CEO, turned into an action item a manager completes — live for the asker, with no trace of them", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, asker.email);
    const colleague = await newSignedInPage(browser, voter.email);
    const me = (await (await author.request.get("/api/me")).json()) as { user: { id: string } };
    const traces = [me.user.id, asker.name, asker.handle, asker.email];

    // Ask anonymously.
    await author.goto("/ask");
    await expectLive(author);
    const title = `Could the Rotterdam night shift get a proper break room? (${Date.now()})`;
    const form = author.getByRole("form", { name: "Ask leadership a question" });
    await form.getByLabel("Your question", { exact: true }).fill(title);
    await form.getByLabel("Ask anonymously", { exact: true }).check();
    await form.getByRole("button", { name: "Ask anonymously" }).click();
    const card = author.getByTestId("question-card").filter({ hasText: title });
    await expect(card).toContainText("You asked this");
    await card.getByRole("link", { name: title }).click();
    await expect(author).toHaveURL(/\/ask\/[^/]+$/);
    const questionPath = new URL(author.url()).pathname;
    await expectLive(author);

    // A colleague upvotes; the asker sees the count move.
    await colleague.goto(questionPath);
    await colleague.getByRole("button", { name: "Upvote (0 votes)" }).click();
    await expect(author.getByRole("button", { name: "Upvote (1 vote)" })).toBeVisible();

    // The CEO answers in the open and assigns an action item from the answer.
    const ceo = await newSignedInPage(browser, users.ceo.email);
    await ceo.goto(questionPath);
    await expectLive(ceo);
    const answerForm = ceo.getByRole("form", { name: "Answer this question" });
    await answerForm
      .getByLabel("Your answer", { exact: true })
      .fill("Yes. Ruben will find a room and furnish it before the holidays.");
    await answerForm.getByRole("button", { name: "Publish answer" }).click();
    const answer = ceo.getByTestId("answer").filter({ hasText: "furnish it before the holidays" });
    await expect(answer).toBeVisible();
    await expect(author.getByTestId("answer").filter({ hasText: "furnish it before the holidays" })).toBeVisible();

    await answer.getByRole("button", { name: "Assign an action item" }).click();
    const dialog = ceo.getByRole("dialog", { name: "Assign an action item" });
    const itemTitle = `Set up a break room for the night shift ${Date.now()}`;
    await dialog.getByLabel("Title").fill(itemTitle);
    await dialog.getByLabel("Due date (optional)").fill(inTwoWeeks());
    await dialog.getByRole("combobox", { name: "Assign to" }).pressSequentially("Ruben");
    await dialog.getByRole("option", { name: /Ruben Peeters/ }).click();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByText("Assigned. Everyone can follow it now.")).toBeVisible();
    await dialog.getByRole("button", { name: "Close", exact: true }).last().click();

    // The asker sees the promise under the answer, live.
    const chip = author.getByTestId("action-chip").filter({ hasText: itemTitle });
    await expect(chip).toContainText(`assigned to ${manager.name} by ${users.ceo.name} (CEO), open, due`);

    // The manager works it through.
    const ruben = await newSignedInPage(browser, manager.email);
    await ruben.goto("/actions?view=mine");
    await ruben
      .getByTestId("action-card")
      .filter({ hasText: itemTitle })
      .getByRole("link", { name: itemTitle })
      .click();
    await expect(ruben.getByRole("link", { name: /From Maria's answer to/ })).toHaveAttribute("href", questionPath);
    await ruben.getByLabel("Progress update").fill("Found a room next to the loading dock; chairs are ordered.");
    await ruben.getByRole("button", { name: "Post update" }).click();
    await ruben.getByRole("button", { name: "Start working on it" }).click();
    await expect(chip).toContainText(", in progress");
    await ruben.getByRole("button", { name: "Mark as done" }).click();
    await expect(chip).toContainText(", done");

    // Nothing the CEO can see names the asker: the question, the list, the item and its JSON.
    await ceo.goto(questionPath);
    await expect(ceo.getByTestId("action-chip").filter({ hasText: itemTitle })).toContainText(", done");
    await traceFree(ceo, traces, "question page");
    await ceo.goto("/ask?sort=newest");
    await traceFree(ceo, traces, "/ask");
    await ceo.goto(ruben.url());
    await traceFree(ceo, traces, "action item page");
    const questionId = questionPath.split("/").at(-1)!;
    for (const path of [
      `/api/questions/${questionId}`,
      "/api/questions?sort=newest",
      "/api/action-items?view=board",
      "/api/notifications",
    ]) {
      const body = await (await ceo.request.get(path)).text();
      for (const trace of traces) expect(body.includes(trace), `${path} contains ${trace}`).toBe(false);
    }
    await Promise.all([author, colleague, ceo, ruben].map((page) => page.context().close()));
  });
});
