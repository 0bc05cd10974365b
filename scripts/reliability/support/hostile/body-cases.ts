import { CaseList, eventBody, randomHex, signatureHeader } from "./builder";

// The route reads at most this much (app/api/webhooks/fintoc/route.ts).
const MAX_BODY = 256 * 1024;

// Correctly signed requests whose body is not a Fintoc event (not JSON, cut short, the wrong
// shape, repeated keys, not UTF-8), bodies too large to read, and methods the route lacks.
export function addBodyCases(list: CaseList): void {
  const notJson = [
    "{",
    "not json",
    "",
    "null",
    "[]",
    '"evt"',
    "42",
    "true",
    '{"id":',
    "{'id':'evt_1'}",
  ];
  notJson.push("{id: 1}", "NaN", '{"id":"evt_1",}', "\u0000", "[{}]");
  for (const body of notJson) list.post("malformed JSON (signed)", body, list.signed(body));
  list.repeat(16, (full, index) => {
    const body = full.slice(0, Math.max(1, Math.floor((full.length * index) / 16)));
    list.post("truncated JSON (signed)", body, list.signed(body));
  });

  for (const bytes of [MAX_BODY + 1, 300_000, 1_000_000, 5_000_000]) {
    const body = JSON.stringify({
      id: "evt_huge",
      object: "event",
      type: "checkout_session.finished",
      data: { padding: "x".repeat(bytes) },
    });
    list.post("huge body (signed)", body, list.signed(body), { expectedStatus: 413 });
    list.post("huge body, chunked (signed)", body, list.signed(body), {
      chunked: true,
      expectedStatus: 413,
    });
    list.post("huge body (unsigned)", body, null, { expectedStatus: 413 });
  }

  const event = JSON.parse(eventBody()) as Record<string, unknown>;
  const wrongTypes: unknown[] = [
    ...[42, null, "", "e".repeat(300), ["evt_1"]].map((id) => ({ ...event, id })),
    ...["evento", null].map((object) => ({ ...event, object })),
    ...[7, "", { name: "x" }].map((type) => ({ ...event, type })),
    ...[[], "x", null].map((data) => ({ ...event, data })),
    { ...event, created_at: 1700000000 },
    { ...event, mode: false },
    ...["id", "object", "type", "data"].map((key) =>
      Object.fromEntries(Object.entries(event).filter(([name]) => name !== key)),
    ),
    [event, event],
  ];
  for (const body of wrongTypes.map((value) => JSON.stringify(value)))
    list.post("wrong types (signed)", body, list.signed(body));

  // JSON.parse keeps the last of repeated keys: here the last one is always the wrong one.
  const open = eventBody().slice(0, -1);
  for (const repeated of ['"id":42', '"id":""', '"data":[]', '"object":"evento"', '"type":null']) {
    const body = `${open},${repeated}}`;
    list.post("duplicate keys (signed)", body, list.signed(body));
    list.post(
      "duplicate keys, bad signature",
      body,
      signatureHeader(Math.floor(Date.now() / 1000), randomHex()),
    );
  }

  const notUtf8 = [
    Buffer.from([0xff, 0xfe, 0xfd]),
    Buffer.concat([Buffer.from('{"id":"evt_'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
  ];
  for (const body of notUtf8) {
    list.post("invalid UTF-8 (signed)", body, list.signed(body));
    list.post(
      "invalid UTF-8, bad signature",
      body,
      signatureHeader(Math.floor(Date.now() / 1000), randomHex()),
    );
  }

  for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
    const body = Buffer.from(method === "GET" ? "" : eventBody());
    list.cases.push({
      kind: "wrong method",
      request: { method, headers: [["Fintoc-Signature", list.signed(body)]], body },
      expectedStatus: 405,
    });
  }
}
