export { auth, handlers, signIn, signOut } from "./next-auth";
export { getSessionUser, requireUser } from "./session";
export type { SessionUser } from "./session";
export { SignInRateLimited } from "./config";
export { safeCallbackPath, signInPath } from "./callback-url";
