// SQL statements per request without touching the app: a TCP relay between a server and PostgreSQL that
// reads the client's side of the wire protocol and counts what the server is asked to run, i.e. each
// simple Query ('Q') and each Execute ('E') of the extended protocol (node-postgres, hence Prisma's
// adapter, sends Parse/Bind/Execute/Sync per statement). BEGIN and COMMIT count: they are round trips too.
// Only the counting servers go through it; the timed ones talk to PostgreSQL directly.
// Protocol: https://www.postgresql.org/docs/current/protocol-message-formats.html
import net from 'node:net';

export interface StatementCounter {
  /** A connection string like `databaseUrl` whose host and port are the relay's. */
  readonly url: string;
  /** Statements run since the relay started. */
  statements(): number;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(client).add(upstream);
    let buffered = Buffer.alloc(0);
    let startup = true; // the first messages (startup, SSLRequest) have no type byte
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (startup) {
          if (buffered.length < 8) break;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) break;
          const code = buffered.readInt32BE(4);
          buffered = buffered.subarray(length);
          if (code !== SSL_REQUEST && code !== GSS_REQUEST) startup = false;
          continue;
        }
        if (buffered.length < 5) break;
        const length = buffered.readInt32BE(1);
        if (buffered.length < 1 + length) break;
        const type = String.fromCharCode(buffered[0]!);
        if (type === 'Q' || type === 'E') count++;
        buffered = buffered.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    statements: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
