"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import type { ActionState } from "@/lib/action-state";

/** Only same-site paths: a crafted callbackUrl must not send people elsewhere. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const email = String(formData.get("email") ?? "").trim();
  const values = { email };
  if (!email || !String(formData.get("password") ?? "")) {
    return {
      status: "error",
      message: "Enter your email and password.",
      fieldErrors: {
        ...(!email && { email: "Enter your email" }),
        ...(!formData.get("password") && { password: "Enter your password" }),
      },
      values,
    };
  }
  try {
    await signIn("credentials", {
      email,
      password: formData.get("password"),
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
    return { status: "ok" };
  } catch (error) {
    if (error instanceof AuthError) {
      const limited = (error as { code?: string }).code === "rate_limited";
      return {
        status: "error",
        message: limited
          ? "Too many sign-in attempts for this email. Wait a minute and try again."
          : "That email and password do not match an account. Check both and try again.",
        values,
      };
    }
    throw error; // the success redirect, and real failures
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
