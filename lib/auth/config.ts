import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateWithPassword } from "./authenticate";
import { signInSchema } from "./schemas";
import { isSessionCurrent } from "./session-version";
import { clientAddress } from "@/lib/limits/client-address";
import { errorFields, log } from "@/lib/log";

// Thrown from authorize() so the sign-in action can say how long to wait. Through the HTTP
// route it becomes ?error=CredentialsSignin&code=rate_limited on the sign-in page.
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

const credentialsInput = signInSchema.pick({ email: true, password: true });

// A function, not an object, so env() runs on the first request rather than at import:
// `next build` needs no secrets.
export function authConfig(): NextAuthConfig {
  return {
    // JWT sessions signed with AUTH_SECRET from the validated configuration: they survive a
    // restart and any instance can read them, with no session table.
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt" },
    // The storefront runs behind proxies whose host we cannot list in advance.
    trustHost: true,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        // Both ways in (our sign-in action and POST /api/auth/callback/credentials) land
        // here, so the rate limit cannot be sidestepped.
        async authorize(credentials, request) {
          const parsed = credentialsInput.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticateWithPassword({
            ...parsed.data,
            address: clientAddress(request.headers, env().TRUSTED_PROXY_HOPS),
          });
          if (result.ok) return result.user;
          if (result.reason === "rate_limited")
            throw new SignInRateLimited(result.retryAfterSeconds);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // `user` is only present right after authorize(); later calls keep the token's claims,
        // and refuse (sign out) a token issued before the password's last reset.
        if (user) {
          if (user.role) token.role = user.role;
          token.sessionVersion = user.sessionVersion ?? 0;
          return token;
        }
        return (await isSessionCurrent(token)) ? token : null;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.sub ?? "",
          email: token.email ?? "",
          name: token.name ?? "",
          role: token.role ?? "SHOPPER",
        };
        return session;
      },
    },
    logger: {
      // A wrong password is an everyday event, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        log.error(errorFields(error), "auth error");
      },
    },
  };
}
