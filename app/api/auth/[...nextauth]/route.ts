import { handlers } from "@/lib/auth";
import { withRequestLogging } from "@/lib/log/request-context";

// Auth.js's HTTP endpoints (session, CSRF token, sign-out, the credentials callback). Our forms
// use server actions instead; a POST straight to the credentials callback still goes through
// the same rate-limited authorize().
export const GET = withRequestLogging(handlers.GET);
export const POST = withRequestLogging(handlers.POST);
