// Everything that can go wrong when calling Fintoc, as values a caller can act on.

export class FintocApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string | null,
    readonly param: string | null,
    message: string,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = "FintocApiError";
  }

  // Worth retrying with the same idempotency key: Fintoc did not (durably) act on it.
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

// No usable answer: the network failed, the call timed out, or the body was not what Fintoc
// documents. The request may or may not have been applied; retry with the same idempotency key.
export class FintocUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FintocUnavailableError";
  }
}
