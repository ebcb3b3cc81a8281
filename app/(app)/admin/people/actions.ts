"use server";

import { revalidatePath } from "next/cache";
import { runAction, runFormAction, type ActionResult, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { applyPeopleImport, previewPeopleImport, type ImportPreview } from "@/lib/people/admin/import-people";
import { changeRole, deactivateAccount, inviteAccount, reactivateAccount } from "@/lib/people/admin/manage-accounts";
import { createScimToken, revokeScimToken } from "@/lib/scim/scim-tokens";
import { setPasswordSignIn } from "@/lib/sso/auth-settings";

export async function changeRoleAction(userId: string, role: string): Promise<ActionResult<{ changed: boolean }>> {
  const result = await runAction(async () => changeRole(await currentActor(), { userId, role }));
  revalidatePath("/admin/people");
  return result;
}

export async function deactivateAction(userId: string): Promise<ActionResult<{ changed: boolean }>> {
  const result = await runAction(async () => deactivateAccount(await currentActor(), { userId }));
  revalidatePath("/admin/people");
  return result;
}

export async function reactivateAction(userId: string): Promise<ActionResult<{ changed: boolean }>> {
  const result = await runAction(async () => reactivateAccount(await currentActor(), { userId }));
  revalidatePath("/admin/people");
  return result;
}

export async function inviteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await inviteAccount(await currentActor(), values);
    return `${values.name} is added. They sign in with single sign-on using ${values.email}.`;
  });
  revalidatePath("/admin/people");
  return state;
}

export async function passwordSignInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    const { passwordSignIn } = await setPasswordSignIn(await currentActor(), values);
    return passwordSignIn ? "Password sign-in is on." : "Password sign-in is off: everyone signs in with SSO.";
  });
  revalidatePath("/admin/people");
  return state;
}

export async function createScimTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    const { token } = await createScimToken(await currentActor(), values);
    return token;
  });
  revalidatePath("/admin/people");
  return state;
}

export async function revokeScimTokenAction(tokenId: string): Promise<ActionResult<void>> {
  const result = await runAction(async () => revokeScimToken(await currentActor(), { tokenId }));
  revalidatePath("/admin/people");
  return result;
}

export type ImportState = ActionState & { preview?: ImportPreview; csv?: string; applied?: boolean };

async function csvOf(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.text();
  const text = formData.get("csv");
  return typeof text === "string" ? text : "";
}

export async function importPeopleAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const csv = await csvOf(formData);
  const apply = formData.get("intent") === "apply";
  let preview: ImportPreview | undefined;
  const state = await runFormAction(formData, async () => {
    const actor = await currentActor();
    preview = apply ? await applyPeopleImport(actor, { csv }) : await previewPeopleImport(actor, { csv });
    const { create, update, unchanged, skip } = preview.counts;
    return apply
      ? `Imported: ${create} added, ${update} updated, ${unchanged} unchanged, ${skip} skipped.`
      : `Ready: ${create} to add, ${update} to update, ${unchanged} unchanged, ${skip} with errors (skipped).`;
  });
  if (apply) revalidatePath("/admin/people");
  return { ...state, preview, csv: state.status === "ok" && !apply ? csv : undefined, applied: apply };
}
