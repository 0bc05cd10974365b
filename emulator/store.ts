import type {
  Customer,
  Delivery,
  FintocEvent,
  IdempotencyRecord,
  Invoice,
  PaymentIntent,
  PaymentMethod,
  Refund,
  Settings,
  StoredSession,
  Subscription,
  WebhookEndpoint,
} from "./types";

// All emulator state lives here, in insertion order (so "newest first" is a reverse walk and
// never depends on timestamps that can tie). Writers call `changed()`; persistence decides
// when to write.

export const defaultSettings: Settings = {
  payment_method_activation: "immediate",
  invoice_charges: "succeeded",
  invoice_retries: 3,
  duplicate_deliveries: false,
  hold_deliveries: false,
};

export interface Snapshot {
  version: 1;
  clock_offset_ms: number;
  settings: Settings;
  sessions: StoredSession[];
  customers: Customer[];
  payment_intents: PaymentIntent[];
  payment_methods: PaymentMethod[];
  refunds?: Refund[];
  subscriptions?: Subscription[];
  invoices?: Invoice[];
  events: FintocEvent[];
  endpoints: WebhookEndpoint[];
  deliveries: Delivery[];
  idempotency: IdempotencyRecord[];
}

function byId<T extends { id: string }>(items: T[] = []): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export class Store {
  sessions = new Map<string, StoredSession>();
  customers = new Map<string, Customer>();
  paymentIntents = new Map<string, PaymentIntent>();
  paymentMethods = new Map<string, PaymentMethod>();
  refunds = new Map<string, Refund>();
  subscriptions = new Map<string, Subscription>();
  invoices = new Map<string, Invoice>();
  events = new Map<string, FintocEvent>();
  endpoints = new Map<string, WebhookEndpoint>();
  deliveries = new Map<string, Delivery>();
  idempotency = new Map<string, IdempotencyRecord>();
  deliveriesByEvent = new Map<string, string[]>();
  settings: Settings = { ...defaultSettings };
  clockOffsetMs = 0;
  private listeners: Array<() => void> = [];

  constructor(snapshot?: Snapshot) {
    if (snapshot) this.load(snapshot);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  addDelivery(delivery: Delivery): void {
    this.deliveries.set(delivery.id, delivery);
    const list = this.deliveriesByEvent.get(delivery.event_id) ?? [];
    list.push(delivery.id);
    this.deliveriesByEvent.set(delivery.event_id, list);
  }

  deliveriesOf(eventId: string): Delivery[] {
    return (this.deliveriesByEvent.get(eventId) ?? []).flatMap(
      (id) => this.deliveries.get(id) ?? [],
    );
  }

  clear(): void {
    this.load({ version: 1, clock_offset_ms: 0, settings: { ...defaultSettings } } as Snapshot);
  }

  snapshot(): Snapshot {
    return {
      version: 1,
      clock_offset_ms: this.clockOffsetMs,
      settings: this.settings,
      sessions: [...this.sessions.values()],
      customers: [...this.customers.values()],
      payment_intents: [...this.paymentIntents.values()],
      payment_methods: [...this.paymentMethods.values()],
      refunds: [...this.refunds.values()],
      subscriptions: [...this.subscriptions.values()],
      invoices: [...this.invoices.values()],
      events: [...this.events.values()],
      endpoints: [...this.endpoints.values()],
      deliveries: [...this.deliveries.values()],
      idempotency: [...this.idempotency.values()],
    };
  }

  private load(snapshot: Snapshot): void {
    this.clockOffsetMs = snapshot.clock_offset_ms ?? 0;
    this.settings = { ...defaultSettings, ...snapshot.settings };
    this.sessions = byId(snapshot.sessions);
    this.customers = byId(snapshot.customers);
    this.paymentIntents = byId(snapshot.payment_intents);
    this.paymentMethods = byId(snapshot.payment_methods);
    this.refunds = byId(snapshot.refunds);
    this.subscriptions = byId(snapshot.subscriptions);
    this.invoices = byId(snapshot.invoices);
    this.events = byId(snapshot.events);
    this.endpoints = byId(snapshot.endpoints);
    this.deliveries = new Map();
    this.deliveriesByEvent = new Map();
    for (const delivery of snapshot.deliveries ?? []) this.addDelivery(delivery);
    this.idempotency = new Map((snapshot.idempotency ?? []).map((r) => [r.key, r]));
  }
}

// Newest first, as every Fintoc list is.
export function newestFirst<T>(items: Map<string, T>, keep: (item: T) => boolean): T[] {
  const all = [...items.values()];
  const out: T[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const item = all[i] as T;
    if (keep(item)) out.push(item);
  }
  return out;
}
