// `npm run storage:migrate [-- --from DIR]`: copies the local uploads (HEARTH_DATA_DIR/uploads, or DIR) into the
// S3 bucket named by S3_BUCKET and the other S3_* settings, verifies each object (size + SHA-256 read back), and
// prints a summary. Safe to run again: objects already there and intact are skipped. Local files are kept.
import { existsSync } from "node:fs";
import path from "node:path";
import { formatEnvError, ZEnv } from "@/lib/env";
import { createUploadStorage, localUploadsDir } from "@/lib/uploads/create-storage";
import { formatSummary, migrateToS3 } from "@/lib/uploads/migrate-to-s3";
import { S3Storage } from "@/lib/uploads/s3-storage";
import { runScript } from "./run-script";

await runScript(async () => {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // Only the storage settings matter here; the database and sign-in settings are not used by this script.
  const parsed = ZEnv.safeParse({
    DATABASE_URL: "postgresql://unused/unused",
    AUTH_SECRET: "-".repeat(32),
    ...process.env,
  });
  if (!parsed.success) throw new Error(formatEnvError(parsed.error));
  const settings = parsed.data;
  const target = createUploadStorage(settings);
  if (!(target instanceof S3Storage))
    throw new Error(
      "S3_BUCKET is not set: storage:migrate copies the local uploads into that bucket. Set S3_BUCKET, S3_ENDPOINT, " +
        "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (see README.md, section Configuration) and run it again.",
    );
  const fromIndex = process.argv.indexOf("--from");
  const source = path.resolve(fromIndex > 0 ? process.argv[fromIndex + 1]! : localUploadsDir(settings));
  if (!existsSync(source)) throw new Error(`There is no uploads folder at ${source}: nothing to migrate.`);

  try {
    await target.check().catch((error: unknown) => {
      const cause = (error as { cause?: unknown }).cause;
      const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(error);
      throw new Error(`Cannot reach bucket ${target.bucket} (${settings.S3_ENDPOINT ?? "AWS S3"}): ${detail}`);
    });
    console.log(`Copying ${source} to bucket ${target.bucket}…`);
    let done = 0;
    const summary = await migrateToS3(source, target, {
      onFile: () => {
        if (++done % 100 === 0) console.log(`  ${done} files…`);
      },
    });
    console.log(formatSummary(summary, target.bucket));
    if (summary.failed.length) process.exitCode = 1;
  } finally {
    await target.close();
  }
  if (process.exitCode === 1) throw new Error(`storage:migrate: some files failed (listed above).`);
});
