import "server-only";
import { render } from "@react-email/components";
import type { ReactElement } from "react";

// One component gives both parts of an email: the HTML, and the plain text React Email derives
// from it (for clients that show no HTML, and for spam filters that want both).
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
