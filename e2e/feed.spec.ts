import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectLive, newSignedInPage, unreadCount, users } from "./fixtures/auth";

test.describe("[FEED]", () => {
  test("a mention with an image goes live to a colleague, who comments and reacts; the author hears of it live", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.salesManager.email);
    const reader = await newSignedInPage(browser, users.employee.email);
    await reader.goto("/");
    await expectLive(reader);
    await author.goto("/");
    await expectLive(author);
    const readerUnreadBefore = await unreadCount(reader);
    const authorUnreadBefore = await unreadCount(author);

    // Compose: mention through the autocomplete, an image, a live preview.
    const stamp = Date.now();
    const composer = author.getByRole("form", { name: "New post" });
    const text = composer.getByRole("combobox", { name: "Post text" });
    await text.fill(`Signed the Jansen account today, thanks to `);
    await text.pressSequentially("@soph");
    await expect(author.getByRole("option", { name: /Sophie de Jong/ })).toBeVisible();
    await text.press("Enter");
    await expect(text).toHaveValue(`Signed the Jansen account today, thanks to @sophie-de-jong `);
    await text.pressSequentially(`for **the demo** (${stamp})`);
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#c2410c" } })
      .png()
      .toBuffer();
    await composer.getByLabel("Add images").setInputFiles({ name: "deal.png", mimeType: "image/png", buffer: png });
    await expect(composer.getByRole("img", { name: "Attached image" })).toBeVisible();
    await composer.getByRole("tab", { name: "Preview" }).click();
    await expect(composer.getByRole("link", { name: "@Sophie de Jong" })).toBeVisible();
    await expect(composer.locator("strong", { hasText: "the demo" })).toBeVisible();
    await composer.getByRole("button", { name: "Post" }).click();

    const authorPost = author.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(authorPost).toBeVisible();
    await expect(text).toHaveValue("");
    const image = authorPost.getByRole("img", { name: `Image 1 of 1 shared by ${users.salesManager.name}` });
    await expect(image).toBeVisible();
    expect(await image.evaluate((node: HTMLImageElement) => node.naturalWidth)).toBe(320);

    // The reader sees a pill, not a jump, and opens it.
    const pill = reader.getByRole("button", { name: "1 new post" });
    await expect(pill).toBeVisible();
    await expect(reader.getByTestId("post-card").filter({ hasText: String(stamp) })).toHaveCount(0);
    await pill.click();
    const readerPost = reader.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(readerPost).toBeVisible();
    await expect(readerPost.getByRole("link", { name: "@Sophie de Jong" })).toHaveAttribute(
      "href",
      `/people/${users.employee.handle}`,
    );
    // Mentioned: the reader's bell counted up live.
    await expect.poll(() => unreadCount(reader)).toBeGreaterThan(readerUnreadBefore);

    // React: the author's card counts up live.
    await readerPost.getByRole("button", { name: "Celebrate" }).click();
    await expect(readerPost.getByRole("button", { name: "Celebrate (1)" })).toHaveAttribute("aria-pressed", "true");
    await expect(authorPost.getByRole("button", { name: "Celebrate (1)" })).toBeVisible();

    // Comment on the post page while the author watches it.
    await readerPost.getByRole("link", { name: "Comment" }).click();
    await expect(reader).toHaveURL(/\/posts\/.+#comments$/);
    const postUrl = reader.url().replace(/#comments$/, "");
    await author.goto(postUrl);
    await expectLive(author);
    await reader.getByRole("combobox", { name: "Write a comment" }).fill("Congratulations, well deserved! 🎉");
    await reader.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(reader.getByText("Congratulations, well deserved!")).toBeVisible();
    await expect(author.getByText("Congratulations, well deserved!")).toBeVisible();
    await expect(author.getByRole("link", { name: "1 comment" })).toBeVisible();

    // The comment's options are a menu; the dialog opened from it gives focus back to the menu button.
    const commentOptions = author.getByRole("button", { name: "Comment options" });
    await commentOptions.click();
    const report = author.getByRole("menuitem", { name: "Report" });
    await expect(report).toBeVisible();
    await expect(author.getByRole("menuitem", { name: "Delete" })).toHaveCount(0); // not hers to delete
    await report.click();
    const reportDialog = author.getByRole("dialog", { name: `Report ${users.employee.name}'s comment` });
    await expect(reportDialog).toBeVisible();
    await author.keyboard.press("Escape");
    await expect(reportDialog).toHaveCount(0);
    await expect(commentOptions).toBeFocused();

    // The author's bell counted the reaction and the comment; the notification leads to the post.
    await expect.poll(() => unreadCount(author)).toBeGreaterThanOrEqual(authorUnreadBefore + 2);
    await author.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
    await author.getByRole("link", { name: /Sophie de Jong commented on your post/ }).click();
    await expect(author).toHaveURL(new RegExp(`${new URL(postUrl).pathname}#comment-`));
    await expect(author.getByText("Congratulations, well deserved!")).toBeVisible();

    await author.context().close();
    await reader.context().close();
  });

  test("hostile input renders inert in posts, comments and previews", async ({ browser }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    await page.goto("/");
    const hostile = [
      "<script>window.__pwned = 1</script>",
      "[click me](javascript:window.__pwned=2)",
      '<img src=x onerror="window.__pwned=3">',
      "<svg onload=window.__pwned=4>",
      `marker-${Date.now()}`,
    ].join("\n\n");
    const composer = page.getByRole("form", { name: "New post" });
    await composer.getByRole("combobox", { name: "Post text" }).fill(hostile);
    await composer.getByRole("tab", { name: "Preview" }).click();
    await expect(composer.locator("[aria-live]").getByText("<script>window.__pwned = 1</script>")).toBeVisible();
    await composer.getByRole("button", { name: "Post" }).click();
    const post = page.getByTestId("post-card").filter({ hasText: "marker-" }).first();
    await expect(post).toBeVisible();
    await expect(post.getByText("[click me](javascript:window.__pwned=2)")).toBeVisible();
    expect(await post.locator("script, img, svg[onload], [onerror]").count()).toBe(0);
    await post.getByRole("link", { name: "Comment" }).click();
    await page
      .getByRole("combobox", { name: "Write a comment" })
      .fill('<img src=x onerror="window.__pwned=5"> [x](javascript:alert(1))');
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(page.getByText('<img src=x onerror="window.__pwned=5">', { exact: false })).toBeVisible();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main a[href^='javascript']").count()).toBe(0);
    await page.context().close();
  });

  test("a fake or oversized image gets a clear message and the draft survives", async ({ browser }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    await page.goto("/");
    const composer = page.getByRole("form", { name: "New post" });
    await composer.getByRole("combobox", { name: "Post text" }).fill("Keep this text");
    await composer.getByLabel("Add images").setInputFiles({
      name: "photo.png",
      mimeType: "image/png",
      buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
    });
    await expect(composer.getByRole("alert")).toContainText(
      "photo.png: That file is not a JPEG, PNG, WebP or GIF image.",
    );
    await composer
      .getByLabel("Add images")
      .setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
    await expect(composer.getByRole("alert")).toContainText("huge.jpg: images can be at most 10 MB.");
    await expect(composer.getByRole("combobox", { name: "Post text" })).toHaveValue("Keep this text");

    // The server refuses the same on its own, whatever the browser does.
    const tooBig = await page.request.post("/api/uploads/images", {
      multipart: { file: { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) } },
    });
    expect(tooBig.status()).toBe(413);
    expect((await tooBig.json()).error.message).toBe("Images can be at most 10 MB.");
    const fake = await page.request.post("/api/uploads/images", {
      multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("<html>not an image</html>") } },
    });
    expect(fake.status()).toBe(400);
    await page.context().close();
  });

  test("a 1.2 MB post is refused by field in the browser and by the server, and the draft survives", async ({
    browser,
  }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    await page.goto("/");
    const composer = page.getByRole("form", { name: "New post" });
    const text = composer.getByRole("combobox", { name: "Post text" });
    const huge = "Too long. ".repeat(120_000); // 1.2 MB, as a paste would bring it
    const actionsSent: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) actionsSent.push(request.url());
    });

    // The browser refuses before sending: the field says why, the button is off, a submit anyway stays here.
    await text.evaluate((element, value) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(element, value);
      element.dispatchEvent(new Event("input", { bubbles: true }));
    }, huge);
    await expect(composer.getByText("Posts can be at most 5000 characters.")).toBeVisible();
    await expect(composer.getByRole("button", { name: "Post" })).toBeDisabled();
    await composer.evaluate((form: HTMLFormElement) => form.requestSubmit());
    await expect(text).toBeFocused();
    expect(await text.inputValue()).toHaveLength(huge.length);

    // The server answers the same by field (not a 500) when a body that size arrives anyway.
    await text.fill("Keep this draft");
    await page.route("**/*", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      await route.continue({ postData: request.postData()?.replace("Keep this draft", huge) });
    });
    await composer.getByRole("button", { name: "Post" }).click();
    await expect(composer.getByText(/^Posts can be at most 5000 characters(?!\.)/)).toBeVisible();
    await expect(text).toHaveValue("Keep this draft");
    expect(actionsSent).toHaveLength(1); // the refused submit above sent nothing
    await page.unrouteAll();

    // Above the limit for any form (a 10 MB cover and its fields), a clear 413 before the action runs.
    const tooLarge = await page.request.post("/", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(12 * 1024 * 1024),
    });
    expect(tooLarge.status()).toBe(413);
    expect(await tooLarge.text()).toMatch(/too large/);
    await page.context().close();
  });

  test("an image of a post is served only to signed-in people, with nosniff", async ({ browser, request }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const upload = await page.request.post("/api/uploads/images", {
      multipart: { file: { name: "a.png", mimeType: "image/png", buffer: png } },
    });
    expect(upload.status()).toBe(200);
    const { url } = (await upload.json()) as { url: string };
    const mine = await page.request.get(url);
    expect(mine.status()).toBe(200);
    expect(mine.headers()["content-type"]).toBe("image/webp");
    expect(mine.headers()["x-content-type-options"]).toBe("nosniff");
    // Pending images belong to their uploader alone; nobody signed out sees anything.
    const other = await newSignedInPage(browser, users.ceo.email);
    expect((await other.request.get(url)).status()).toBe(404);
    expect((await request.get(url)).status()).toBe(401);
    await other.context().close();
    await page.context().close();
  });

  test("a leader's pinned announcement notifies everyone live and stands above the feed; employees cannot announce", async ({
    browser,
  }) => {
    const employee = await newSignedInPage(browser, users.employee.email);
    await employee.goto("/");
    await expectLive(employee);
    await expect(employee.getByLabel("Post as an announcement (notifies everyone)")).toHaveCount(0);
    const before = await unreadCount(employee);

    const ceo = await newSignedInPage(browser, users.ceo.email);
    await ceo.goto("/");
    const composer = ceo.getByRole("form", { name: "New post" });
    const title = `Town hall on Friday at 15:00 — ${Date.now()}`;
    await composer.getByRole("combobox", { name: "Post text" }).fill(title);
    await composer.getByLabel("Post as an announcement (notifies everyone)").check();
    await composer.getByLabel("Pin until").fill("2000-01-01");
    await composer.getByRole("button", { name: "Post" }).click();
    await expect(composer.getByText("Pin until must be in the future")).toBeVisible();
    await expect(composer.getByRole("combobox", { name: "Post text" })).toHaveValue(title);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await composer.getByLabel("Pin until").fill(nextWeek);
    await composer.getByRole("button", { name: "Post" }).click();
    await expect(composer.getByRole("combobox", { name: "Post text" })).toHaveValue("");

    await expect.poll(() => unreadCount(employee)).toBe(before + 1);
    await employee.reload();
    const pinned = employee.getByRole("region", { name: "Pinned announcements" });
    // One line (the demo's must-read travel policy leads it: must-read ones come first); it opens to all of them.
    await expect(pinned.getByTestId("pinned-summary")).toContainText("Must read");
    await pinned.getByTestId("pinned-summary").click();
    await expect(pinned.getByTestId("post-card").filter({ hasText: title })).toContainText("Pinned");
    await employee.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
    await expect(
      employee.getByRole("link", { name: /Maria van den Berg posted an announcement/ }).first(),
    ).toBeVisible();
    await ceo.context().close();
    await employee.context().close();
  });
});
