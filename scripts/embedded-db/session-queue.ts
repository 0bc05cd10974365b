import type { PGlite } from "@electric-sql/pglite";

// PGlite is a single PostgreSQL session shared by every socket connection. The stock queue of
// @electric-sql/pglite-socket 0.2.17 runs messages one at a time in arrival order, so the
// extended-protocol messages of two connections interleave: B's Parse replaces the unnamed
// statement A is about to Bind, and A gets B's row back (electric-sql/pglite#1046, PR #977).
// This queue hands the session to one connection from its first extended-protocol message
// until its Sync, and for as long as it keeps a transaction open.

// Parse, Bind, Describe, Execute, Close, Flush: the batch stays open until Sync.
const EXTENDED_PROTOCOL = new Set([..."PBDECH"].map((letter) => letter.charCodeAt(0)));
const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);
const ROLLBACK = simpleQuery("ROLLBACK");

interface Pending {
  connection: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

// Implements the four methods PGLiteSocketHandler calls on its queue.
export class SessionQueue {
  private pending: Pending[] = [];
  private owner: number | null = null;
  private draining = false;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly db: PGlite) {}

  enqueue(
    connection: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ connection, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  clearQueueForHandler(connection: number): void {
    const dropped = this.pending.filter((item) => item.connection === connection);
    this.pending = this.pending.filter((item) => item.connection !== connection);
    for (const item of dropped) item.reject(new Error("Connection closed"));
  }

  // A connection that disconnects while holding the session must not leave it mid-batch (the
  // backend would skip the next connection's messages until a Sync) or inside its transaction.
  async clearTransactionIfNeeded(connection: number): Promise<void> {
    // One of its messages may be running right now and about to make it the owner.
    await this.inFlight;
    if (this.owner !== connection || this.db.closed) return;
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRaw(SYNC);
      if (this.db.isInTransaction()) await this.db.execProtocolRaw(ROLLBACK);
    });
    this.owner = null;
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.takeNext(); item; item = this.takeNext()) {
        this.inFlight = this.run(item);
        await this.inFlight;
      }
    } finally {
      this.draining = false;
    }
  }

  // While a connection owns the session only its messages run; the others wait their turn.
  private takeNext(): Pending | undefined {
    const index =
      this.owner === null ? 0 : this.pending.findIndex((item) => item.connection === this.owner);
    return index === -1 ? undefined : this.pending.splice(index, 1)[0];
  }

  private async run(item: Pending): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
    } catch (error) {
      this.owner = null;
      item.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const holdsSession = EXTENDED_PROTOCOL.has(item.message[0] ?? 0) || this.db.isInTransaction();
    this.owner = holdsSession ? item.connection : null;
    item.resolve(bytes);
  }
}
