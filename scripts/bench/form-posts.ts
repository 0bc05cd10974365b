import { randomUUID } from "node:crypto";
import type { HttpClient } from "./http";

// A server-action form as a browser without JavaScript posts it: the hidden fields React
// rendered into the form, plus the shopper's fields, as multipart/form-data.

export type Post = { cookie: string; body: Buffer; contentType: string };

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

// The hidden fields React renders into a server-action form (action id, bound state, key), as
// the page serves them. Read from the page rather than hard-coded: the ids change every build.
async function formFields(
  app: HttpClient,
  path: string,
  cookie: string,
): Promise<[string, string][]> {
  const page = await app.send("GET", path, { cookie });
  const form = page.body.match(
    /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="checkoutToken"[\s\S]*?<\/form>/,
  )?.[0];
  if (page.status !== 200 || !form)
    throw new Error(`GET ${path} did not show a checkout form (HTTP ${page.status})`);
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1];
    if (name && name !== "checkoutToken")
      fields.push([
        decodeEntities(name),
        decodeEntities(input[0].match(/value="([^"]*)"/)?.[1] ?? ""),
      ]);
  }
  return fields;
}

export async function formPosts(app: HttpClient, path: string, cookies: string[]): Promise<Post[]> {
  const hidden = await formFields(app, path, cookies[0]!);
  return Promise.all(
    cookies.map(async (cookie, i) => {
      const form = new FormData();
      for (const [name, value] of [
        ...hidden,
        ["checkoutToken", randomUUID()],
        ["email", `comprador${i}@example.cl`],
        ["rut", ""],
      ]) {
        form.append(name!, value!);
      }
      const request = new Request("http://bench.invalid/", { method: "POST", body: form });
      return {
        cookie,
        body: Buffer.from(await request.arrayBuffer()),
        contentType: request.headers.get("content-type")!,
      };
    }),
  );
}
