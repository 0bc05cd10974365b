// Where to send someone after signing in. Only paths on this site are accepted: a callbackUrl
// of "https://evil.example" or "//evil.example" (a protocol-relative URL) would make our
// sign-in page an open redirect that phishing links could borrow.

export const defaultCallbackPath = "/account";

const authPages = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"];

export function safeCallbackPath(candidate: unknown, fallback = defaultCallbackPath): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/")) return fallback;
  // Browsers treat "/\evil.example" like "//evil.example".
  if (candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  // Resolving against a placeholder origin catches every other trick: if the result lands on
  // another origin, the path was not a path.
  const url = new URL(candidate, "http://storefront.invalid");
  if (url.origin !== "http://storefront.invalid") return fallback;
  // Coming back to the sign-in form after signing in would look like the sign-in failed.
  if (authPages.includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function signInPath(callbackPath: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}
