import type { z } from "zod";
import { FintocApiError, FintocUnavailableError } from "./errors";
import { fintocErrorBodySchema } from "./schemas";
import { nodeTransport, type FintocHttpResponse, type FintocTransport } from "./transport";

export type FintocHttpOptions = {
  baseUrl: string;
  secretKey: string;
  apiVersion: string;
  timeoutMs?: number;
  maxRetries?: number;
  transport?: FintocTransport;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  // Told about every call that failed for good (after its retries), for the logs.
  onFailure?: (failure: FintocCallFailure) => void;
};

export type FintocCallFailure = {
  method: string;
  path: string;
  status: number | null;
  requestId: string | null;
  attempts: number;
  message: string;
};

export type FintocRequest<T> = {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  // Required on every POST: a retry after a timeout must not create a second object.
  idempotencyKey?: string;
  schema: z.ZodType<T>;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Fintoc's guidance for 429s: exponential backoff from 1 s with up to 1 s of jitter. We use a
// shorter base because a shopper is waiting on the other end of a server action.
export function backoffDelay(attempt: number, random: () => number): number {
  return Math.min(250 * 2 ** attempt, 4000) + Math.floor(random() * 250);
}

export async function fintocRequest<T>(
  options: FintocHttpOptions,
  request: FintocRequest<T>,
): Promise<T> {
  if (request.method === "POST" && !request.idempotencyKey) {
    throw new Error(`POST ${request.path} needs an idempotency key`);
  }
  const { maxRetries = 3, sleep = defaultSleep, random = Math.random } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce(options, request);
    } catch (error) {
      const retryable =
        error instanceof FintocUnavailableError ||
        (error instanceof FintocApiError && error.retryable);
      if (!retryable || attempt >= maxRetries) {
        options.onFailure?.(describeFailure(request, error, attempt + 1));
        throw error;
      }
      await sleep(backoffDelay(attempt, random));
    }
  }
}

async function sendOnce<T>(options: FintocHttpOptions, request: FintocRequest<T>): Promise<T> {
  const url = new URL(request.path, options.baseUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  const headers: Record<string, string> = {
    Authorization: options.secretKey,
    "Fintoc-Version": options.apiVersion,
    Accept: "application/json",
  };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  if (request.idempotencyKey) headers["Idempotency-Key"] = request.idempotencyKey;

  let response: FintocHttpResponse;
  try {
    response = await (options.transport ?? nodeTransport)({
      url,
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      timeoutMs: options.timeoutMs ?? 10_000,
    });
  } catch (cause) {
    throw new FintocUnavailableError(`${request.method} ${url.pathname} did not answer`, { cause });
  }

  const json = parseJson(response.body);
  if (response.status < 200 || response.status >= 300) {
    throw toApiError(response, json, `${request.method} ${url.pathname}`);
  }

  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    throw new FintocUnavailableError(
      `${request.method} ${url.pathname} answered an unexpected body: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeFailure(
  request: FintocRequest<unknown>,
  error: unknown,
  attempts: number,
): FintocCallFailure {
  const api = error instanceof FintocApiError ? error : null;
  return {
    method: request.method,
    path: request.path,
    status: api?.status ?? null,
    requestId: api?.requestId ?? null,
    attempts,
    message: error instanceof Error ? error.message : String(error),
  };
}

function toApiError(response: FintocHttpResponse, json: unknown, what: string): FintocApiError {
  const { status } = response;
  const requestId = response.requestId ?? null;
  const body = fintocErrorBodySchema.safeParse(json);
  if (!body.success) {
    return new FintocApiError(
      status,
      "api_error",
      null,
      null,
      `${what} failed with HTTP ${status}`,
      requestId,
    );
  }
  const { type, code, param, message } = body.data.error;
  const text = message ?? `${what} failed`;
  return new FintocApiError(status, type, code ?? null, param ?? null, text, requestId);
}
