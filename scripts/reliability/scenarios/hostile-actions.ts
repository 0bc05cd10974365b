import { EMULATOR_PORT, STOREFRONT_PORTS, storefrontUrl } from "../config";
import { startFintocTripwire } from "../support/fintoc-tripwire";
import { callAction, type ActionAnswer } from "../support/hostile-actions/action-request";
import {
  actionPlans,
  casesFor,
  unknownActionCases,
  type ActionCase,
  type Expectation,
} from "../support/hostile-actions/cases";
import { builtActions } from "../support/hostile-actions/manifest";
import { castOfHostileSuite } from "../support/hostile-actions/people";
import { routeCases, type RouteCase } from "../support/hostile-actions/route-cases";
import { inParallel } from "../support/parallel";
import { changedTables, tableFingerprints } from "../support/table-fingerprints";
import type { Scenario } from "./scenario";

// Tampered forms at every server action of the build and hostile requests at the route
// handlers, from a guest, a shopper reaching for a victim's things and a shopper posing as an
// admin: each refused with a clear answer, within a bounded time, no row changed, nothing sent to
// Fintoc (a tripwire stands in its place), and the server still up afterwards.
const ANSWER_WITHIN_MS = 5_000;

function problemWith(answer: ActionAnswer, expectation: Expectation): string | null {
  if (answer.status === 0) return `no answer (${answer.error})`;
  if (answer.ms > ANSWER_WITHIN_MS) return `answered after ${answer.ms} ms`;
  const got = `${answer.status}${answer.redirectedTo ? ` → ${answer.redirectedTo}` : ""}${answer.result ? ` ${JSON.stringify(answer.result)}` : ""}`;
  if ("harmless" in expectation) return answer.status >= 500 ? `a server error: ${got}` : null;
  if ("rejected" in expectation)
    return answer.status >= 400 && !answer.redirectedTo ? null : `not rejected: ${got}`;
  const { result } = answer;
  // A guest at a signed-in area's page is sent to sign in by proxy.ts before any action runs.
  if (expectation.signIn && answer.status === 307 && answer.redirectedTo?.startsWith("/sign-in?"))
    return null;
  if (answer.status !== 200 || answer.redirectedTo || result?.ok !== false || !result.error)
    return `not refused with a message: ${got}`;
  if (expectation.error && !expectation.error.test(result.error))
    return `refused with "${result.error}", expected ${expectation.error}`;
  return null;
}

async function sendRoute(baseUrl: string, route: RouteCase): Promise<string | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${route.path}`, {
      method: route.method,
      headers: route.headers,
      body: route.body,
      redirect: "manual",
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS * 2),
    });
    const body = await response.text();
    const ms = performance.now() - started;
    if (!route.statuses.includes(response.status))
      return `${response.status} instead of ${route.statuses.join(" or ")}: ${body.slice(0, 160)}`;
    if (ms > ANSWER_WITHIN_MS) return `answered after ${Math.round(ms)} ms`;
    if (route.bodyCheck && !route.bodyCheck(body)) return `answered ${body.slice(0, 160)}`;
    return null;
  } catch (error) {
    return `no answer (${(error as Error).message})`;
  }
}

export const hostileActions: Scenario = {
  name: "hostile actions",
  async run(suite) {
    const [port] = STOREFRONT_PORTS;
    const baseUrl = storefrontUrl(port);
    await suite.stopEmulator();
    const tripwire = await startFintocTripwire(EMULATOR_PORT);
    const problems: string[] = [];
    try {
      const cast = await castOfHostileSuite(suite.db);
      const built = builtActions();
      const cases: ActionCase[] = [];
      for (const action of built) {
        const plan = actionPlans[action.name];
        if (!plan) {
          problems.push(
            `server action ${action.name} (${action.file}) has no hostile cases: add it to scripts/reliability/support/hostile-actions/cases.ts`,
          );
          continue;
        }
        cases.push(...casesFor(action, plan, cast));
      }
      for (const name of Object.keys(actionPlans))
        if (!built.some((action) => action.name === name))
          problems.push(`cases.ts plans for ${name}, which the build no longer has`);
      const byName = new Map(built.map((action) => [action.name, action]));
      const firstPath = built[0]?.path ?? "/";
      const unknown = unknownActionCases(cast);
      const routes = routeCases(cast);

      const before = await tableFingerprints(suite.db);
      const answers = await inParallel([...cases, ...unknown], 4, (hostileCase) => {
        const action = byName.get(hostileCase.action);
        return callAction(baseUrl, {
          actionId: action?.id ?? hostileCase.action,
          path: action?.path ?? firstPath,
          ...hostileCase.call,
        });
      });
      const routeProblems = await inParallel(routes, 4, (route) => sendRoute(baseUrl, route));
      const after = await tableFingerprints(suite.db);

      answers.forEach((answer, index) => {
        const hostileCase = [...cases, ...unknown][index] as ActionCase;
        const problem = problemWith(answer, hostileCase.expect);
        if (problem) problems.push(`${hostileCase.kind}: ${problem}`);
      });
      routeProblems.forEach((problem, index) => {
        if (problem) problems.push(`${(routes[index] as RouteCase).kind}: ${problem}`);
      });
      problems.push(...changedTables(before, after));
      for (const request of tripwire.requests) problems.push(`reached Fintoc: ${request}`);
      if (!suite.storefront(port).isRunning()) problems.push("the storefront process died");
      const alive = await fetch(`${baseUrl}/api/shopper`).catch(() => null);
      if (alive?.status !== 200)
        problems.push(`GET /api/shopper after the barrage: ${alive?.status ?? "no answer"}`);

      const statuses = new Map<string, number>();
      for (const answer of answers) {
        const key = answer.result ? `${answer.status} refused` : String(answer.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
      return {
        cases: `${answers.length} action posts to ${built.length} actions, ${routes.length} route requests`,
        lost: null,
        duplicated: null,
        problems,
        notes: [
          `actions answered: ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(", ")}; slowest ${Math.max(...answers.map((answer) => answer.ms))} ms`,
        ],
      };
    } finally {
      await tripwire.close();
    }
  },
};
