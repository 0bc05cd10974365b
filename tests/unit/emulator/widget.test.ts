import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkWidgetAccess } from "@/emulator/widget/access";
import { frameScript, widgetScript } from "@/emulator/widget/widget-script";
import { LIVE_KEY, createSession, startEmulator, type TestEmulator, type Wire } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator({ merchantName: "Tienda Andina" });
});
afterEach(() => emulator.close());

const SHOP = "http://shop.test:3000";
const embedded = { amount: 12990, currency: "CLP", ui_mode: "embedded" };
const login = { institution_id: "cl_banco_estado", rut: "41614850-3", password: "jonsnow" };

async function embeddedSession(params: object = {}): Promise<Wire> {
  // createSession's defaults carry URLs; an embedded session must not.
  const response = await emulator.api("POST", "/v2/checkout_sessions", { ...embedded, ...params });
  expect(response.status).toBe(201);
  return response.json();
}

const access = (publicKey: string, token: string) =>
  checkWidgetAccess(emulator.deps, publicKey, token);

function frameUrl(publicKey: string, token: string, origin = SHOP): string {
  const query = new URLSearchParams({
    public_key: publicKey,
    session_token: token,
    product: "payments",
    origin,
  });
  return `/widget/frame?${query}`;
}

// The frame's meta tag, decoded: what its script posts to the page that opened the widget.
function frameConfig(html: string): { parentOrigin: string; messages: unknown[] } | null {
  const match = /<meta name="fintoc-frame" content="([^"]*)"/.exec(html);
  if (!match?.[1]) return null;
  return JSON.parse(match[1].replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
}

describe("session_token and ui_mode", () => {
  it("an embedded session has a token and no redirect_url; URLs with embedded are refused", async () => {
    const session = await embeddedSession();
    expect(session.session_token).toMatch(new RegExp(`^${session.id}_sec_[A-Za-z0-9]+$`));
    expect(session.redirect_url).toBeNull();
    expect(session.ui_mode).toBe("embedded");
    const refused = await emulator.api("POST", "/v2/checkout_sessions", {
      ...embedded,
      success_url: "https://shop.test/ok",
      cancel_url: "https://shop.test/no",
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.code).toBe("invalid_params");
  });

  it("a hosted session has a token exactly when both URLs are absent", async () => {
    const withUrls = await createSession(emulator);
    expect(withUrls.session_token).toBeNull();
    expect(withUrls.redirect_url).toContain(`/checkout/${withUrls.id}`);
    const withoutUrls = await createSession(emulator, {
      success_url: undefined,
      cancel_url: undefined,
    });
    expect(withoutUrls.session_token).toMatch(/_sec_/);
    const onlyOne = await createSession(emulator, { cancel_url: undefined });
    expect(onlyOne.session_token).toMatch(/_sec_/);
  });
});

describe("the widget's key and token rules", () => {
  it("opens an open session of the key's mode", async () => {
    const session = await embeddedSession();
    const result = access("pk_test_abc123", session.session_token);
    expect(result.ok && result.session.id).toBe(session.id);
  });

  it("refuses a secret key as publicKey, and a malformed key", async () => {
    const session = await embeddedSession();
    expect(access("sk_test_emulator_tests", session.session_token)).toEqual({
      ok: false,
      reason: "secret_key",
    });
    expect(access("sk_live_x", session.session_token)).toMatchObject({ reason: "secret_key" });
    for (const key of ["", "pk_prod_x", "pk_test_", "pk_test_a b", "whsec_test_x"])
      expect(access(key, session.session_token), key).toMatchObject({
        reason: "invalid_public_key",
      });
  });

  it("a pk_test_ key cannot open a live session, nor pk_live_ a test one", async () => {
    const test = await embeddedSession();
    const liveResponse = await emulator.api("POST", "/v2/checkout_sessions", embedded, {
      Authorization: LIVE_KEY,
    });
    const live: Wire = await liveResponse.json();
    expect(live.mode).toBe("live");
    expect(access("pk_test_abc", live.session_token)).toMatchObject({ reason: "mode_mismatch" });
    expect(access("pk_live_abc", test.session_token)).toMatchObject({ reason: "mode_mismatch" });
    expect(access("pk_live_abc", live.session_token).ok).toBe(true);
  });

  it("refuses unknown tokens: guessed, altered, another session's id", async () => {
    const session = await embeddedSession();
    const other = await embeddedSession();
    const token: string = session.session_token;
    const tail = token.slice(token.indexOf("_sec_"));
    for (const guess of [
      "",
      "cs_nope_sec_abc",
      `${token}x`,
      token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"),
      `${other.id}${tail}`,
      session.id,
    ])
      expect(access("pk_test_abc", guess), guess).toMatchObject({ reason: "unknown_session" });
  });

  it("refuses an expired session, also one only overdue, and a finished one", async () => {
    const expired = await embeddedSession();
    await emulator.control("POST", `/_emulator/checkout_sessions/${expired.id}/expire`);
    expect(access("pk_test_abc", expired.session_token)).toMatchObject({
      reason: "expired_session",
    });

    const overdue = await embeddedSession();
    await emulator.control("POST", "/_emulator/clock", { advance_seconds: 25 * 3600 });
    expect(access("pk_test_abc", overdue.session_token)).toMatchObject({
      reason: "expired_session",
    });

    const finished = await embeddedSession();
    await emulator.control("POST", `/_emulator/checkout_sessions/${finished.id}/finish`, {
      outcome: "succeeded",
    });
    expect(access("pk_test_abc", finished.session_token)).toMatchObject({
      reason: "finished_session",
    });
  });
});

describe("the widget frame", () => {
  it("binds the session to the opener and walks the hosted steps inside the frame", async () => {
    const session = await embeddedSession();
    const opened = await emulator.app.request(frameUrl("pk_test_abc", session.session_token));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/checkout/${session.id}`);

    const loginPage = await emulator.app.request(`/checkout/${session.id}`);
    expect(loginPage.status).toBe(200);
    const policy = loginPage.headers.get("content-security-policy") ?? "";
    expect(policy).toContain(`frame-ancestors ${SHOP}`);
    expect(policy).toContain("script-src 'self'");
    expect(loginPage.headers.get("x-frame-options")).toBeNull();
    const html = await loginPage.text();
    expect(html).toContain('<script src="/widget/frame.js" defer></script>');
    expect(frameConfig(html)).toEqual({
      parentOrigin: SHOP,
      messages: [
        { type: "event", name: "on_available_institutions" },
        { type: "event", name: "on_authentication_form" },
      ],
    });

    const afterLogin = await emulator.form(`/checkout/${session.id}/login`, login);
    expect(afterLogin.status).toBe(303);
    const payPage = await (await emulator.app.request(`/checkout/${session.id}`)).text();
    expect(frameConfig(payPage)?.messages).toEqual([]);
    const paid = await emulator.form(`/checkout/${session.id}/pay`, {
      account: "0",
      outcome: "succeeded",
    });
    // No success_url: the frame stays on the emulator's own result page.
    expect(paid.headers.get("location")).toBe(`/checkout/${session.id}`);
    const result = await (await emulator.app.request(`/checkout/${session.id}`)).text();
    expect(result).toContain("Pago exitoso");
    expect(frameConfig(result)?.messages).toEqual([{ type: "success" }]);
  });

  it("a failed payment or a cancel inside the frame ends in an exit", async () => {
    for (const [path, fields] of [
      ["pay", { account: "0", outcome: "rejected" }],
      ["cancel", {}],
    ] as const) {
      const session = await embeddedSession();
      await emulator.app.request(frameUrl("pk_test_abc", session.session_token));
      await emulator.form(`/checkout/${session.id}/login`, login);
      await emulator.form(`/checkout/${session.id}/${path}`, fields);
      const html = await (await emulator.app.request(`/checkout/${session.id}`)).text();
      expect(frameConfig(html)?.messages, path).toEqual([
        { type: "exit", reason: path === "pay" ? "payment_rejected" : "expired_session" },
      ]);
    }
  });

  it("shows a refusal in the frame and tells the opener to exit", async () => {
    const session = await embeddedSession();
    const cases = [
      ["sk_test_emulator_tests", session.session_token, 403, "secret_key", "Clave no permitida"],
      [
        "pk_test_abc",
        `${session.session_token}x`,
        404,
        "unknown_session",
        "Sesión de pago desconocida",
      ],
    ] as const;
    for (const [key, token, code, reason, title] of cases) {
      const response = await emulator.app.request(frameUrl(key, token));
      expect(response.status, reason).toBe(code);
      expect(response.headers.get("content-security-policy")).toContain(`frame-ancestors ${SHOP}`);
      const html = await response.text();
      expect(html).toContain(title);
      expect(frameConfig(html)).toEqual({
        parentOrigin: SHOP,
        messages: [{ type: "exit", reason }],
      });
    }
    // Refused before binding: the session's own page still is not reachable.
    expect((await emulator.app.request(`/checkout/${session.id}`)).status).toBe(409);
  });

  it("refuses an opener origin that is not exactly an http(s) origin, and frames for nobody", async () => {
    const session = await embeddedSession();
    for (const origin of ["", "javascript:alert(1)", `${SHOP}/`, `${SHOP}/checkout`, "null"]) {
      const response = await emulator.app.request(
        frameUrl("pk_test_abc", session.session_token, origin),
      );
      expect(response.status, origin).toBe(400);
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("an embedded session's page is not reachable outside the widget", async () => {
    const session = await embeddedSession();
    const page = await emulator.app.request(`/checkout/${session.id}`);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain("Este pago se hace en la tienda");
    expect((await emulator.form(`/checkout/${session.id}/login`, login)).status).toBe(409);
    expect((await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)).status).toBe(200);
    const stillCreated = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(stillCreated.status).toBe("created");
  });

  it("a hosted page not opened by the widget keeps its no-script, no-framing policy", async () => {
    const session = await createSession(emulator);
    const page = await emulator.app.request(`/checkout/${session.id}`);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await page.text()).not.toContain("fintoc-frame");
  });

  it("serves the widget and frame scripts as JavaScript that parses", async () => {
    for (const [path, source] of [
      ["/widget/v1", widgetScript],
      ["/widget/frame.js", frameScript],
    ] as const) {
      const response = await emulator.app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/javascript");
      expect(await response.text()).toBe(source);
      expect(() => new Function(source)).not.toThrow();
    }
    // The origin checks the parent side relies on are in the script itself.
    expect(widgetScript).toContain("event.origin !== origin");
    expect(widgetScript).toContain("event.source !== iframe.contentWindow");
    expect(frameScript).toContain("window.parent.postMessage(message, config.parentOrigin)");
  });
});
