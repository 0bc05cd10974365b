import { Hono, type Context, type MiddlewareHandler } from "hono";
import type { Deps } from "../deps";
import {
  institutions,
  isValidRut,
  mexicanTestLogin,
  testAccounts,
  testPassword,
} from "../domain/banks";
import { cancelSession, finishPayment, finishSetup, type PaymentOutcome } from "../domain/outcomes";
import { openPaymentIntent } from "../domain/payment-intents";
import { expireIfDue, isOpen, markInProgress } from "../domain/sessions";
import type { BankAccount, StoredSession } from "../types";
import { finishSubscription } from "../domain/subscription-outcome";
import { loginPage, senderPreset } from "./pages/login";
import { mandatePage } from "./pages/mandate";
import { payPage, savedMethodPage, setupAccountPage } from "./pages/pay";
import { notFoundPage, resultPage } from "./pages/result";
import { embeddedOnlyPage } from "../widget/pages";
import { frameMessages, inFrame } from "../widget/frame";

const outcomes: readonly PaymentOutcome[] = ["succeeded", "failed", "rejected", "pending"];

function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === "string" ? value.trim() : "";
}

function pickAccount(form: Record<string, unknown>, session: StoredSession): BankAccount {
  const account = testAccounts[Number(field(form, "account"))] ?? testAccounts[0];
  const hosted = session.hosted;
  if (!hosted || !account) throw new Error(`session ${session.id} has no bank login`);
  return {
    holder_id: hosted.holder_id,
    institution_id: hosted.institution_id,
    number: account.number,
    type: account.type,
  };
}

function validLogin(session: StoredSession, rut: string, password: string): boolean {
  if (password !== testPassword) return false;
  return isValidRut(rut) || (session.currency === "MXN" && rut === mexicanTestLogin);
}

// The hosted checkout page: plain HTML forms and 303 redirects (works with no JavaScript).
// Opening it moves the session to in_progress; each final step redirects the browser to the
// merchant's success_url or cancel_url, with no query parameters added (none are documented).
export function hostedRoutes(deps: Deps): Hono {
  const routes = new Hono();
  const pageUrl = (session: StoredSession) => `/checkout/${session.id}`;
  const leave = (c: Context, session: StoredSession, url: string | null) =>
    c.redirect(url ?? pageUrl(session), 303);

  const load = (c: Context): StoredSession | null => {
    const session = deps.store.sessions.get(c.req.param("id") ?? "");
    if (session) expireIfDue(deps, session);
    return session ?? null;
  };
  // A page of a session the widget opened carries the frame script and what it should post.
  const show = (c: Context, session: StoredSession, markup: string, status: 200 | 422 = 200) => {
    const origin = session.widget?.parent_origin;
    return c.html(origin ? inFrame(markup, origin, frameMessages(deps, session)) : markup, status);
  };

  // An embedded session is paid inside the merchant's page: its pages open only through the
  // widget (GET /widget/frame binds them to the page that opened it).
  const embeddedOnly: MiddlewareHandler = async (c, next) => {
    const session = deps.store.sessions.get(c.req.param("id") ?? "");
    if (session?.ui_mode === "embedded" && !session.widget)
      return c.html(embeddedOnlyPage(deps, session), 409);
    await next();
  };
  routes.use("/:id", embeddedOnly);
  routes.use("/:id/*", embeddedOnly);

  routes.get("/:id", (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    if (!isOpen(session)) return show(c, session, resultPage(deps, session));
    markInProgress(deps, session);
    const saved = session.payment_method
      ? deps.store.paymentMethods.get(session.payment_method)
      : undefined;
    if (saved) return show(c, session, savedMethodPage(deps, session, saved));
    if (!session.hosted) return show(c, session, loginPage(deps, session));
    if (session.flow === "subscription") return show(c, session, mandatePage(deps, session));
    return show(
      c,
      session,
      session.flow === "setup" ? setupAccountPage(deps, session) : payPage(deps, session),
    );
  });

  routes.post("/:id/login", async (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    if (!isOpen(session)) return c.redirect(pageUrl(session), 303);
    const form = await c.req.parseBody();
    const institutionId = senderPreset(session).institutionId ?? field(form, "institution_id");
    const rut = field(form, "rut");
    const knownBank = (institutions[session.currency] ?? []).some(
      (bank) => bank.id === institutionId,
    );
    if (!knownBank || !validLogin(session, rut, field(form, "password"))) {
      const error = knownBank
        ? "RUT o clave incorrectos. Usa las credenciales de prueba."
        : "Elige tu banco.";
      const page = loginPage(deps, session, { institutionId, holderId: rut, error });
      return show(c, session, page, 422);
    }
    markInProgress(deps, session);
    session.hosted = { institution_id: institutionId, holder_id: rut };
    if (session.flow === "payment") openPaymentIntent(deps, session, null);
    deps.store.changed();
    return c.redirect(pageUrl(session), 303);
  });

  routes.post("/:id/pay", async (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    const saved = session.payment_method !== null;
    if (!isOpen(session) || session.flow !== "payment" || (!saved && !session.hosted))
      return c.redirect(pageUrl(session), 303);
    const form = await c.req.parseBody();
    const outcome = field(form, "outcome") as PaymentOutcome;
    if (!outcomes.includes(outcome)) return c.text("Resultado desconocido", 400);
    const save =
      !saved &&
      field(form, "save") === "on" &&
      session.save_payment_method === "enabled" &&
      outcome === "succeeded";
    finishPayment(deps, session, {
      outcome,
      errorReason: field(form, "error_reason") || null,
      sender: saved ? null : pickAccount(form, session),
      save,
    });
    return leave(
      c,
      session,
      outcome === "succeeded" || outcome === "pending" ? session.success_url : session.cancel_url,
    );
  });

  routes.post("/:id/setup", async (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    if (!isOpen(session) || session.flow !== "setup" || !session.hosted)
      return c.redirect(pageUrl(session), 303);
    finishSetup(deps, session, pickAccount(await c.req.parseBody(), session));
    return leave(c, session, session.success_url);
  });

  routes.post("/:id/subscribe", async (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    if (!isOpen(session) || session.flow !== "subscription" || !session.hosted)
      return c.redirect(pageUrl(session), 303);
    const form = await c.req.parseBody();
    const mandate = field(form, "mandate");
    const activate = mandate === "active" ? true : mandate === "pending" ? false : undefined;
    finishSubscription(deps, session, pickAccount(form, session), activate);
    return leave(c, session, session.success_url);
  });

  routes.post("/:id/cancel", (c) => {
    const session = load(c);
    if (!session) return c.html(notFoundPage(deps), 404);
    if (!isOpen(session)) return c.redirect(pageUrl(session), 303);
    cancelSession(deps, session);
    return leave(c, session, session.cancel_url);
  });

  return routes;
}
