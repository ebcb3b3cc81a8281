import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { newSignedInPage, users } from "./fixtures/auth";

/** One picture per section (a whole page is too tall to look at), kept with the test's output. */
async function screenshotSections(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`insights-${name}-top.png`) });
  for (const section of ["Adoption", "Authenticity", "Pride", "Community", "Fun"])
    await page
      .getByRole("region", { name: section })
      .screenshot({ path: info.outputPath(`insights-${name}-${section.toLowerCase()}.png`) });
}

test.describe("[INSIGHTS]", () => {
  test("an admin sees the organisation: every pillar, every department, CSV of each section", async ({
    browser,
  }, info) => {
    const page = await newSignedInPage(browser, users.admin.email, { width: 1440, height: 1000 });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
    await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
    await expect(page.getByText("The whole organisation.")).toBeVisible();
    for (const section of ["Adoption", "Authenticity", "Pride", "Community", "Fun"])
      await expect(page.getByRole("heading", { name: section, level: 2 })).toBeVisible();
    const adoption = page.getByRole("region", { name: "Adoption" });
    const byDepartment = adoption.getByRole("table", { name: "By department" });
    for (const department of ["Sales", "Operations", "Marketing"])
      await expect(byDepartment.getByRole("rowheader", { name: department })).toBeVisible();
    // Twelve weeks of demo history: the trend has a figure in its first week.
    await adoption.getByText("Active people per week: the numbers").click();
    const trend = adoption.getByRole("table", { name: /Active people per week/ });
    await expect(trend.getByRole("row")).toHaveCount(13);
    await expect(trend.getByRole("row").nth(1).getByRole("cell").first()).not.toHaveText(/^0$|fewer/);
    const community = page.getByRole("region", { name: "Community" });
    await expect(community.getByRole("rowheader", { name: "Rebut the top 3 buyer objections" })).toBeVisible();

    const csv = await page.request.get("/insights/csv/adoption");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain('"monthly active","Operations"');

    await screenshotSections(page, info, "admin-1440");
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshotSections(page, info, "admin-375");
  });

  test("a department manager sees their team, and not the rest of the organisation", async ({ browser }, info) => {
    const page = await newSignedInPage(browser, users.salesManager.email, { width: 1440, height: 1000 });
    await page.goto("/insights");
    await expect(page.getByText("Your team.")).toBeVisible();
    const byDepartment = page.getByRole("region", { name: "Adoption" }).getByRole("table", { name: "By department" });
    await expect(byDepartment.getByRole("rowheader", { name: "Sales" })).toBeVisible();
    await expect(byDepartment.getByRole("rowheader")).toHaveCount(1);
    await expect(page.getByText("Operations")).toHaveCount(0);
    const csv = await page.request.get("/insights/csv/pride");
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain('"Sales"');
    expect(text).not.toContain("Operations");
    await screenshotSections(page, info, "manager-1440");
  });

  test("an employee has no Insights link, learns what the page is for, and gets no figures", async ({ browser }) => {
    const page = await newSignedInPage(browser, users.employee.email, { width: 1440, height: 1000 });
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" })).toHaveCount(0);
    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Insights are for leaders and managers" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Adoption" })).toHaveCount(0);
    const csv = await page.request.get("/insights/csv/adoption");
    expect(csv.status()).toBe(403);
  });
});
