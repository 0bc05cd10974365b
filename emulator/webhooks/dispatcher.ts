import type { EmulatorConfig } from "../config";
import type { Store } from "../store";
import type { Delivery, FintocEvent } from "../types";
import { createDelivery, endpointsFor } from "./deliveries";
import { sendWebhook, succeeded } from "./send";

// Fintoc retries a failed delivery (non-2xx or timeout) with exponential backoff starting
// 3 s after the failure, up to 17 retries (docs.fintoc.com, webhooks). The time scale shrinks the
// delays so tests and demos see retries in milliseconds.
const FIRST_RETRY_MS = 3_000;
export const MAX_RETRIES = 17;

export function retryDelayMs(retry: number, timeScale: number): number {
  return FIRST_RETRY_MS * 2 ** (retry - 1) * timeScale;
}

// Posts every event to every endpoint of its mode, at most `deliveryConcurrency` at a time.
// Deliveries and their attempts live in the store, so the dashboard can show them and a
// restart resumes pending retries.
export class Dispatcher {
  private ready: string[] = [];
  private active = 0;
  private timers = new Map<string, NodeJS.Timeout>();
  private idleWaiters: Array<() => void> = [];
  private stopped = false;

  constructor(
    private store: Store,
    private config: EmulatorConfig,
  ) {}

  enqueueEvent(event: FintocEvent): void {
    for (const endpoint of endpointsFor(this.store, event)) {
      this.queue(createDelivery(this.store, event, endpoint, "event"));
      if (this.store.settings.duplicate_deliveries)
        this.queue(createDelivery(this.store, event, endpoint, "duplicate"));
    }
  }

  // Due deliveries wait in `held` while deliveries are on hold.
  queue(delivery: Delivery): void {
    delivery.next_attempt_at = null;
    delivery.status = this.store.settings.hold_deliveries ? "held" : "pending";
    if (delivery.status === "pending") this.ready.push(delivery.id);
    this.store.changed();
    this.pump();
  }

  // Sends one attempt now, bypassing hold and the queue (the control plane's explicit sends).
  async attemptNow(delivery: Delivery): Promise<Delivery> {
    this.active++;
    delivery.status = "in_flight";
    delivery.next_attempt_at = null;
    const event = this.store.events.get(delivery.event_id);
    const endpoint = this.store.endpoints.get(delivery.endpoint_id);
    try {
      if (!event || !endpoint) {
        delivery.status = "failed";
        return delivery;
      }
      const attempt = await sendWebhook({
        url: endpoint.url,
        secret: endpoint.secret,
        body: JSON.stringify(event),
        signature: delivery.signature,
        timeoutMs: this.config.deliveryTimeoutMs,
      });
      delivery.attempts.push(attempt);
      if (succeeded(attempt)) delivery.status = "succeeded";
      else if (delivery.retries && delivery.attempts.length <= MAX_RETRIES) {
        this.scheduleRetry(delivery, retryDelayMs(delivery.attempts.length, this.config.timeScale));
      } else delivery.status = "failed";
      return delivery;
    } finally {
      this.active--;
      this.store.changed();
      this.pump();
    }
  }

  // A stopped dispatcher only records when the retry is due; resume() picks it up.
  private scheduleRetry(delivery: Delivery, delayMs: number): void {
    delivery.status = "pending";
    delivery.next_attempt_at = Date.now() + delayMs;
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(delivery.id);
      this.queue(delivery);
    }, delayMs);
    timer.unref();
    this.timers.set(delivery.id, timer);
  }

  private pump(): void {
    while (
      !this.stopped &&
      this.active < this.config.deliveryConcurrency &&
      this.ready.length > 0
    ) {
      const delivery = this.store.deliveries.get(this.ready.shift() as string);
      if (delivery?.status === "pending") void this.attemptNow(delivery);
    }
    if (this.active === 0 && this.ready.length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  // Resolves once nothing is queued or in flight (scheduled retries may still be waiting).
  idle(): Promise<void> {
    if (this.active === 0 && this.ready.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // After a restart: deliveries that were queued, in flight or waiting for a retry go on.
  resume(): void {
    this.stopped = false;
    for (const delivery of this.store.deliveries.values()) {
      if (
        delivery.status === "in_flight" ||
        (delivery.status === "pending" && delivery.next_attempt_at === null)
      ) {
        this.queue(delivery);
      } else if (delivery.status === "pending" && delivery.next_attempt_at !== null) {
        this.scheduleRetry(delivery, Math.max(0, delivery.next_attempt_at - Date.now()));
      }
    }
  }

  // Forgets queued work (reset); deliveries already in flight finish on their own.
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.ready = [];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clear();
    const deadline = Date.now() + this.config.deliveryTimeoutMs;
    while (this.active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }
}
