import { randomUUID } from "node:crypto";
import { redirectToFintoc } from "./actions";
import { RedirectForm } from "./redirect-form";

// The form page of the checkout benchmark's baseline; scripts/bench copies this folder into the
// benchmark's own build as app/bench/action/.
export default function RedirectActionPage() {
  return <RedirectForm action={redirectToFintoc} checkoutToken={randomUUID()} />;
}
