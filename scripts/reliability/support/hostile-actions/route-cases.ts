import { randomUUID } from "node:crypto";
import { signCartId } from "@/lib/cart/signing";
import { CRON_SECRET } from "../../config";
import type { Cast } from "./people";

// The route handlers besides the webhook (which has its own 212 requests: ../hostile): the
// header's shopper read, the reconciliation cron and Auth.js' endpoints. Each hostile request
// gets one of the statuses listed, within the time, and changes nothing.

export interface RouteCase {
  kind: string;
  path: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
  statuses: number[];
  // For 200s: what the body must say (a forged cookie reads as nobody).
  bodyCheck?: (body: string) => boolean;
}

const asNobody = (body: string) =>
  body.includes('"user":null') && body.includes('"cartItemCount":0');

export function routeCases(cast: Cast): RouteCase[] {
  const cases: RouteCase[] = [];
  for (const method of ["POST", "PUT", "PATCH", "DELETE"])
    cases.push({
      kind: `shopper: ${method}`,
      path: "/api/shopper",
      method,
      body: "{}",
      statuses: [405],
    });
  const forged: [string, string][] = [
    ["a session cookie that is not one", "authjs.session-token=eyJhbGciOiJub25lIn0.e30."],
    ["a session cookie signed with another secret", "authjs.session-token=" + "A".repeat(300)],
    ["the victim's cart id, unsigned", `guest_cart=${cast.victim.orderId}`],
    [
      "a cart id signed with another secret",
      `guest_cart=${signCartId(randomUUID(), "not-our-secret-not-our-secret!!")}`,
    ],
    ["a cookie of 6 KB", `guest_cart=${"x".repeat(6_000)}`],
  ];
  for (const [kind, cookie] of forged)
    cases.push({
      kind: `shopper: ${kind}`,
      path: "/api/shopper",
      method: "GET",
      headers: { Cookie: cookie },
      statuses: [200],
      bodyCheck: asNobody,
    });

  const cron = "/api/cron/reconcile";
  cases.push(
    { kind: "cron: no Authorization", path: cron, method: "GET", statuses: [401] },
    {
      kind: "cron: a wrong secret",
      path: cron,
      method: "GET",
      headers: { Authorization: "Bearer wrong-secret-of-some-length" },
      statuses: [401],
    },
    {
      kind: "cron: the secret, one character longer",
      path: cron,
      method: "GET",
      headers: { Authorization: `Bearer ${CRON_SECRET}x` },
      statuses: [401],
    },
    {
      kind: "cron: the secret without Bearer",
      path: cron,
      method: "GET",
      headers: { Authorization: CRON_SECRET },
      statuses: [401],
    },
    {
      kind: "cron: a POST",
      path: cron,
      method: "POST",
      headers: { Authorization: `Bearer ${CRON_SECRET}` },
      statuses: [405],
    },
  );
  for (const value of ["-5", "abc", "1e400", "Infinity"])
    cases.push({
      kind: `cron: olderThanMinutes=${value}`,
      path: `${cron}?olderThanMinutes=${encodeURIComponent(value)}`,
      method: "GET",
      headers: { Authorization: `Bearer ${CRON_SECRET}` },
      statuses: [400],
    });

  // Auth.js refuses a credentials sign-in or a sign-out without its CSRF token by sending the
  // browser to the sign-in page with the error named; unknown actions are a 400.
  const form = { "Content-Type": "application/x-www-form-urlencoded" };
  cases.push(
    {
      kind: "auth: credentials without the CSRF token",
      path: "/api/auth/callback/credentials",
      method: "POST",
      headers: form,
      body: "email=nadie%40example.cl&password=adivinanza",
      statuses: [302],
    },
    {
      kind: "auth: sign-out without the CSRF token",
      path: "/api/auth/signout",
      method: "POST",
      headers: { ...form, Cookie: cast.attacker.cookie },
      body: "",
      statuses: [302],
    },
    {
      kind: "auth: an unknown action",
      path: "/api/auth/robar-sesion",
      method: "GET",
      statuses: [400],
    },
    {
      kind: "auth: an unknown provider",
      path: "/api/auth/callback/github",
      method: "POST",
      headers: form,
      body: "code=x",
      statuses: [302, 400],
    },
  );
  return cases;
}
