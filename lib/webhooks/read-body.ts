export type BodyResult = { ok: true; text: string } | { ok: false; status: number; error: string };

// Reads the raw body exactly once, as the bytes Fintoc signed, and stops reading past the limit
// so an oversized request cannot exhaust memory.
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return tooLarge(maxBytes);
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)),
    };
  } catch {
    return { ok: false, status: 400, error: "body is not valid UTF-8" };
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, status: 413, error: `body larger than ${maxBytes} bytes` };
}
