import { connect, type Socket } from "node:net";

// A minimal PostgreSQL wire-protocol client that, like postgres.js and other drivers that
// describe a statement before binding it, sends Parse + Describe + Flush, waits for the
// description, and only then sends Bind + Execute + Sync. Its batches reach the server in two
// reads, which is the case a socket server must not interleave with other connections.

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

const cstring = (text: string) => Buffer.from(`${text}\0`);
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};

function bind(params: string[]): Buffer {
  const values = params.map((param) =>
    Buffer.concat([int32(Buffer.byteLength(param)), Buffer.from(param)]),
  );
  return message(
    "B",
    Buffer.concat([cstring(""), cstring(""), int16(0), int16(params.length), ...values, int16(0)]),
  );
}

export interface DescribeFirstResult {
  rows: string[][];
  error?: string;
}

export class DescribeFirstClient {
  private buffer = Buffer.alloc(0);
  private waiter?: () => void;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      this.waiter?.();
    });
  }

  static async connect(port: number): Promise<DescribeFirstClient> {
    const socket = connect({ host: "127.0.0.1", port });
    await new Promise<void>((resolve, reject) =>
      socket.once("connect", resolve).once("error", reject),
    );
    const client = new DescribeFirstClient(socket);
    const params = Buffer.concat([
      cstring("user"),
      cstring("postgres"),
      cstring("database"),
      cstring("postgres"),
      cstring(""),
    ]);
    const body = Buffer.concat([int32(196608), params]);
    socket.write(Buffer.concat([int32(4 + body.length), body]));
    await client.readUntil("Z");
    return client;
  }

  // Parse + Describe + Flush: the first half of a batch, which leaves it open.
  async describeOnly(sql: string): Promise<{ type: string; body: Buffer }[]> {
    const parse = message("P", Buffer.concat([cstring(""), cstring(sql), int16(0)]));
    this.socket.write(
      Buffer.concat([parse, message("D", Buffer.from("S\0")), message("H", Buffer.alloc(0))]),
    );
    return this.readUntil("T", "n", "E");
  }

  async query(sql: string, params: string[]): Promise<DescribeFirstResult> {
    const described = await this.describeOnly(sql);
    const execute = message("E", Buffer.concat([cstring(""), int32(0)]));
    this.socket.write(Buffer.concat([bind(params), execute, message("S", Buffer.alloc(0))]));
    const messages = [...described, ...(await this.readUntil("Z"))];
    const error = messages.find((m) => m.type === "E");
    return {
      rows: messages.filter((m) => m.type === "D").map((m) => dataRow(m.body)),
      error: error?.body.toString("latin1").replace(/\0/g, " ").trim(),
    };
  }

  close(): void {
    this.socket.end(message("X", Buffer.alloc(0)));
  }

  // Resolves with every message received up to and including the first of the given types.
  private async readUntil(...types: string[]): Promise<{ type: string; body: Buffer }[]> {
    const messages: { type: string; body: Buffer }[] = [];
    for (;;) {
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const length = this.buffer.readInt32BE(1);
        const type = String.fromCharCode(this.buffer[0] ?? 0);
        messages.push({ type, body: this.buffer.subarray(5, 1 + length) });
        this.buffer = this.buffer.subarray(1 + length);
        if (types.includes(type)) return messages;
      }
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }
}

function dataRow(body: Buffer): string[] {
  const values: string[] = [];
  let offset = 2;
  for (let column = 0; column < body.readInt16BE(0); column += 1) {
    const length = body.readInt32BE(offset);
    values.push(length < 0 ? "" : body.toString("utf8", offset + 4, offset + 4 + length));
    offset += 4 + Math.max(length, 0);
  }
  return values;
}
