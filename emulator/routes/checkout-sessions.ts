import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { renderSession } from "../domain/render";
import { createSession, expireByApi, expireIfDue, getSession } from "../domain/sessions";
import { newestFirst } from "../store";

export function checkoutSessionRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.post("/", (c) => {
    const session = createSession(deps, c.get("mode"), c.get("body"));
    return c.json(renderSession(deps, session), 201);
  });

  routes.get("/", (c) => {
    const mode = c.get("mode");
    const sessions = newestFirst(deps.store.sessions, (session) => session.mode === mode);
    for (const session of sessions) expireIfDue(deps, session);
    return paginate(c, sessions, deps.config.publicUrl, (session) => renderSession(deps, session));
  });

  routes.get("/:id", (c) => {
    const session = getSession(deps, c.get("mode"), c.req.param("id"));
    expireIfDue(deps, session);
    return c.json(renderSession(deps, session));
  });

  routes.post("/:id/expire", (c) => {
    const session = getSession(deps, c.get("mode"), c.req.param("id"));
    expireIfDue(deps, session);
    expireByApi(deps, session);
    return c.json(renderSession(deps, session));
  });

  return routes;
}
