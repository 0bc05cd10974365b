// Auth.js' session cookie, "__Secure-" prefixed over HTTPS and split into ".0", ".1"… when large.
// Its presence says nothing about who is signed in (only Auth.js can tell, with the secret); its
// absence means nobody is.
const sessionCookieName = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookies: { name: string }[]): boolean {
  return cookies.some((cookie) => sessionCookieName.test(cookie.name));
}
