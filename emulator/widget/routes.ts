import { Hono } from "hono";
import type { Deps } from "../deps";
import { checkWidgetAccess, refusalCopy, type WidgetRefusal } from "./access";
import { frameHeaders, inFrame, parentOrigin } from "./frame";
import { refusalPage } from "./pages";
import { frameScript, widgetScript } from "./widget-script";

const refusalStatus: Record<WidgetRefusal, 403 | 404 | 410> = {
  secret_key: 403,
  invalid_public_key: 403,
  mode_mismatch: 403,
  unknown_session: 404,
  expired_session: 410,
  finished_session: 410,
};

const javascript = {
  "Content-Type": "text/javascript; charset=utf-8",
  "Cache-Control": "no-cache",
};

// GET /widget/v1 is the emulator's js.fintoc.com/v1; GET /widget/frame is what the widget's
// iframe opens: it checks the key and the token, binds the session to the page that opened
// it (its origin becomes the frame's only allowed ancestor and message target) and continues
// on the session's checkout steps.
export function widgetRoutes(deps: Deps): Hono {
  const routes = new Hono();
  routes.get("/v1", (c) => c.body(widgetScript, 200, javascript));
  routes.get("/frame.js", (c) => c.body(frameScript, 200, javascript));

  // The frame's headers name the opener's origin as its only allowed ancestor.
  routes.use("/frame", (c, next) => frameHeaders(parentOrigin(c.req.query("origin")))(c, next));
  routes.get("/frame", (c) => {
    const origin = parentOrigin(c.req.query("origin"));
    if (!origin) {
      const page = refusalPage(
        "No se pudo abrir el pago",
        "Falta el origen de la página que abrió el widget.",
      );
      return c.html(page, 400);
    }
    const access = checkWidgetAccess(
      deps,
      c.req.query("public_key") ?? "",
      c.req.query("session_token") ?? "",
    );
    if (!access.ok) {
      const copy = refusalCopy[access.reason];
      const page = refusalPage(copy.title, copy.text);
      const exit = { type: "exit", reason: access.reason } as const;
      return c.html(inFrame(page, origin, [exit]), refusalStatus[access.reason]);
    }
    access.session.widget = { parent_origin: origin };
    deps.store.changed();
    return c.redirect(`/checkout/${access.session.id}`, 303);
  });
  return routes;
}
