"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import type { ActionState } from "@/lib/action-state";
import type { SignInLimit } from "@/lib/auth/verify-credentials";

/** Only same-site paths: a crafted callbackUrl must not send people elsewhere. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

// The limits behind each code are in lib/auth/verify-credentials.ts.
const SIGN_IN_REFUSALS: Record<SignInLimit, string> = {
  rate_limited: "Too many wrong passwords for this email from your device. Wait five minutes and try again.",
  ip_rate_limited: "Too many wrong passwords from your network. Wait five minutes and try again.",
  account_rate_limited:
    "This account is getting too many wrong passwords from elsewhere. Sign in from a device you used before, or wait five minutes.",
  password_disabled: "Password sign-in is switched off here. Use the single sign-on button above.",
};

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
      const code = (error as { code?: string }).code;
      return {
        status: "error",
        message:
          (code && code in SIGN_IN_REFUSALS ? SIGN_IN_REFUSALS[code as SignInLimit] : undefined) ??
          "That email and password do not match an account. Check both and try again.",
        values,
      };
    }
    throw error; // the success redirect, and real failures
  }
}

/** Starts OpenID Connect sign-in: Auth.js sets the state, nonce and PKCE cookies and sends the browser to the provider. */
export async function ssoSignInAction(formData: FormData) {
  await signIn("oidc", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
