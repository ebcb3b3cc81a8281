import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { newSignedInPage, users } from "../fixtures/auth";
import { setStorage } from "./control";

// Hearth with S3_* set: uploads go to an S3-protocol server over HTTP (s3rver), through the same client as production.
const SHOTS = process.env.HEARTH_SHOTS_DIR;
const UNREACHABLE =
  "Hearth cannot reach its file storage right now, so the file was not saved. Please try again in a minute.";

const png = (background: string) =>
  sharp({ create: { width: 320, height: 200, channels: 3, background } })
    .png()
    .toBuffer();

test.describe("[STORAGE] uploads on S3", () => {
  test.afterEach(async () => {
    await setStorage("up"); // whatever a failed test left behind
  });

  test("an image is uploaded to the bucket, posted and seen by a colleague; a video seeks by range", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.salesManager.email);
    await author.goto("/");
    const stamp = Date.now();
    const composer = author.getByRole("form", { name: "New post" });
    await composer.getByRole("combobox", { name: "Post text" }).fill(`Stored in the bucket (${stamp})`);
    await composer
      .getByLabel("Add images")
      .setInputFiles({ name: "bucket.png", mimeType: "image/png", buffer: await png("#0f766e") });
    await expect(composer.getByRole("img", { name: "Attached image" })).toBeVisible();
    await composer.getByRole("button", { name: "Post" }).click();
    const post = author.getByTestId("post-card").filter({ hasText: String(stamp) });
    const image = post.getByRole("img", { name: `Image 1 of 1 shared by ${users.salesManager.name}` });
    await expect(image).toBeVisible();
    expect(await image.evaluate((node: HTMLImageElement) => node.naturalWidth)).toBe(320);

    const reader = await newSignedInPage(browser, users.employee.email);
    await reader.goto("/");
    const seen = reader
      .getByTestId("post-card")
      .filter({ hasText: String(stamp) })
      .getByRole("img", { name: /Image 1 of 1/ });
    await expect(seen).toBeVisible();
    expect(await seen.evaluate((node: HTMLImageElement) => node.naturalWidth)).toBe(320);
    const src = await seen.getAttribute("src");
    expect(src).toMatch(/^\/api\/uploads\/images\//); // the app's authorised route, never a bucket address
    const served = await reader.request.get(src!);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    if (SHOTS) await reader.screenshot({ path: path.join(SHOTS, "s3-image-post-1440.png") });

    // A video through the bucket: uploaded, then read by range as a player seeks.
    const webm = await readFile(path.join(process.cwd(), "prisma/seed/media/pan-flip.webm"));
    const upload = await author.request.post("/api/uploads/videos", {
      multipart: { file: { name: "pan.webm", mimeType: "video/webm", buffer: webm } },
    });
    expect(upload.status()).toBe(200);
    const { url } = (await upload.json()) as { url: string };
    const ranged = await author.request.get(url, { headers: { Range: "bytes=100-1099" } });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()["content-range"]).toBe(`bytes 100-1099/${webm.length}`);
    expect((await ranged.body()).equals(webm.subarray(100, 1100))).toBe(true);
    expect((await author.request.get(url)).status()).toBe(200);
    // Pending: the colleague gets nothing.
    expect((await reader.request.get(url)).status()).toBe(404);
    await author.context().close();
    await reader.context().close();
  });

  test("storage unreachable: the upload fails with a clear sentence, the draft survives, and it works once storage is back", async ({
    browser,
  }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    await page.goto("/");
    const composer = page.getByRole("form", { name: "New post" });
    const text = composer.getByRole("combobox", { name: "Post text" });
    const stamp = Date.now();
    await text.fill(`A draft worth keeping (${stamp})`);

    await setStorage("down");
    await composer
      .getByLabel("Add images")
      .setInputFiles({ name: "lunch.png", mimeType: "image/png", buffer: await png("#b45309") });
    await expect(composer.getByRole("alert").filter({ hasText: "lunch.png" })).toContainText(
      `lunch.png: ${UNREACHABLE}`,
    );
    await expect(text).toHaveValue(`A draft worth keeping (${stamp})`);
    await expect(composer.getByRole("img", { name: "Attached image" })).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "s3-storage-down-composer-1440.png") });

    // The server's answer: 503 with the sentence and a Retry-After, not a 500.
    const direct = await page.request.post("/api/uploads/images", {
      multipart: { file: { name: "x.png", mimeType: "image/png", buffer: await png("#b45309") } },
    });
    expect(direct.status()).toBe(503);
    expect(direct.headers()["retry-after"]).toBeDefined();
    expect((await direct.json()).error.message).toBe(UNREACHABLE);

    // Storage back: the same draft gets its image and is posted.
    await setStorage("up");
    await composer
      .getByLabel("Add images")
      .setInputFiles({ name: "lunch.png", mimeType: "image/png", buffer: await png("#b45309") });
    await expect(composer.getByRole("img", { name: "Attached image" })).toBeVisible();
    await composer.getByRole("button", { name: "Post" }).click();
    const post = page.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(post.getByRole("img", { name: /Image 1 of 1/ })).toBeVisible();
    await page.context().close();
  });
});
