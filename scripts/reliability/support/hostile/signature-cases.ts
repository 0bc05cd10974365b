import { CaseList, eventBody, hmac, nowSeconds, randomHex, signatureHeader } from "./builder";

// Requests whose Fintoc-Signature is missing, malformed, forged, out of time or made with
// another secret: refused before the body is even parsed.
export function addSignatureCases(list: CaseList): void {
  const now = nowSeconds();
  const forged = () => signatureHeader(nowSeconds(), randomHex());
  list.repeat(16, (body) => list.post("missing signature", body, null));
  list.repeat(4, (body) => list.post("empty signature", body, ""));
  const malformed = [
    "garbage",
    "t=",
    "v1=",
    "t=,v1=",
    `t=abc,v1=${randomHex()}`,
    `t=${now}`,
    `t=${now},v1=`,
    `t=${now},v1=zz${randomHex().slice(2)}`,
    `t=-5,v1=${randomHex()}`,
    `t=1e9,v1=${randomHex()}`,
    `t=${now},v0=${randomHex()}`,
    `v1=${randomHex()},v1=${randomHex()}`,
    `t=${now};v1=${randomHex()}`,
    `t=${now},v1=${randomHex()}${"a".repeat(16_000)}`,
    `t=${now},v1=${randomHex().slice(0, 63)}`,
  ];
  for (const value of malformed) list.post("malformed signature header", eventBody(), value);
  list.repeat(16, (body) => list.post("bad signature", body, forged()));
  list.repeat(16, (body) => list.post("signature of another body", body, list.signed(eventBody())));
  // Two headers, one genuine: joined into one value, they no longer parse as a signature.
  list.repeat(4, (body) =>
    list.post("repeated signature header", body, [list.signed(body), forged()]),
  );

  for (const age of [301, 302, 600, 3_600, 86_400, 30 * 86_400, 10 * 365 * 86_400, now]) {
    list.repeat(2, (body) => list.post("stale timestamp", body, list.signed(body, now - age)));
  }
  // The tolerance is 300 s either way. A timestamp just ahead of it would slide into it while
  // the requests before it are sent, so the nearest one here leaves a minute to spare.
  for (const ahead of [360, 600, 3_600, 365 * 86_400, 999_999_999_999 - now]) {
    list.repeat(2, (body) => list.post("future timestamp", body, list.signed(body, now + ahead)));
  }

  // A trailing newline or a missing prefix is how a real secret usually ends up wrong.
  const { secret } = list;
  const wrongSecrets = [
    `${secret}\n`,
    ` ${secret}`,
    secret.toUpperCase(),
    secret.slice(0, -1),
    secret.replace(/^whsec_test_/, ""),
    `whsec_test_${randomHex()}`,
  ];
  list.repeat(18, (body, index) => {
    const wrong = wrongSecrets[index % wrongSecrets.length] as string;
    list.post("wrong secret", body, signatureHeader(now, hmac(wrong, now, body)));
  });

  const unknownTypes = [
    "account.created",
    "payout.paid",
    "charge.refunded",
    "checkout_session.hacked",
    "x".repeat(200),
    "../../etc/passwd",
    "payment_intent.succeeded ",
  ];
  for (let index = 0; index < 16; index++) {
    const body = eventBody(unknownTypes[index % unknownTypes.length]);
    const signature = index % 2 ? forged() : list.signed(body, now - 3_600);
    list.post("unknown event type, bad signature", body, signature);
  }
}
