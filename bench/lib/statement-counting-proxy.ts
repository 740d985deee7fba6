import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that counts the SQL statements clients send: each simple Query
 * ('Q') and each extended-protocol Execute ('E') message. Used only to count statements per request,
 * never while timing (the extra hop would cost every server the same, but it costs).
 */
export async function startStatementCountingProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.pipe(client);
    let startup = true;
    let buffer = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          // Startup-phase messages have no type byte: length, then a code (SSLRequest/GSSENCRequest come before the real one).
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          startup = code === 80877103 || code === 80877104;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1) + 1;
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        if (type === 'Q' || type === 'E') statements++;
        buffer = buffer.subarray(length);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.href,
    /** Statements seen since the last call. */
    take: () => {
      const seen = statements;
      statements = 0;
      return seen;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
