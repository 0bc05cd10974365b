import { crash } from "./crash";
import { hostile } from "./hostile";
import { hostileActions } from "./hostile-actions";
import { outage } from "./outage";
import { scaleOut } from "./scale-out";
import type { Scenario } from "./scenario";
import { storm } from "./storm";

// In this order: the plain storm first (a failure there explains the others), hostile input
// (the webhook's, then the actions' and routes') last, on a storefront that has by then been
// crashed, scaled out and cut off.
export const scenarios: Scenario[] = [storm, crash, scaleOut, outage, hostile, hostileActions];
