import { NextRequest } from "next/server";

// Auth.js' HTTP endpoints, called in process the way Next would call the route handler: signing
// in with the credentials form, and reading the session a cookie stands for.

export const origin = "http://localhost:3000";

async function loadHandlers() {
  return (await import("@/lib/auth")).handlers;
}

export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export async function postCredentials(
  email: string,
  password: string,
  address: string,
  base = origin,
) {
  const handlers = await loadHandlers();
  const csrf = await handlers.GET(new NextRequest(`${base}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return handlers.POST(
    new NextRequest(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: cookieHeader(csrf),
        "x-forwarded-for": address,
      },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/account` }),
    }),
  );
}

export async function sessionFor(cookie: string) {
  const handlers = await loadHandlers();
  const response = await handlers.GET(
    new NextRequest(`${origin}/api/auth/session`, { headers: { cookie } }),
  );
  return response.json();
}
