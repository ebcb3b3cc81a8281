import { ssoSignInAction } from "@/app/signin/actions";
import { Button } from "@/components/ui/button";

/** "Sign in with <provider>": a plain form post, so it works before JavaScript has loaded. */
export function SsoButton({ name, callbackUrl, primary }: { name: string; callbackUrl: string; primary: boolean }) {
  return (
    <form action={ssoSignInAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant={primary ? "primary" : "secondary"} className="w-full">
        Sign in with {name}
      </Button>
    </form>
  );
}
