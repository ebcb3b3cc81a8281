"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { fileReport } from "@/lib/moderation/file-report";
import { countOpenReports } from "@/lib/moderation/list-reports";
import { removeContent } from "@/lib/moderation/remove-content";
import { resolveReport } from "@/lib/moderation/resolve-report";
import { restoreContent } from "@/lib/moderation/restore-content";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function fileReportAction(input: { target: string; targetId: string; reason: string; details: string }) {
  return runAction(async () => fileReport(await currentActor(), input));
}

export async function removeContentAction(input: { targetType: "POST" | "COMMENT"; targetId: string; reason: string }) {
  return runAction(async () => removeContent(await currentActor(), input));
}

export async function resolveReportAction(input: { reportId: string; action: string; reason: string }) {
  const result = await runAction(async () => resolveReport(await currentActor(), input));
  if (result.ok) revalidateQueues();
  return result;
}

export async function restoreContentAction(input: { targetType: "POST" | "COMMENT"; targetId: string }) {
  const result = await runAction(async () => restoreContent(await currentActor(), input));
  if (result.ok) revalidateQueues();
  return result;
}

export async function countOpenReportsAction(scope: "communities" | "all") {
  return runAction(async () => countOpenReports(await currentActor(), { scope }));
}

function revalidateQueues() {
  revalidatePath("/moderation");
  revalidatePath("/admin/moderation");
}
