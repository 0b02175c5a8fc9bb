import net from 'node:net';

/**
 * A hostile "server" on loopback that speaks just enough of PostgreSQL's protocol to ask the client for its password
 * in clear text (AuthenticationCleartextPassword), keeps what it is sent, and then refuses. For tests that a password
 * is never sent where it does not belong.
 */
export interface PasswordCatcher {
  port: number;
  /** Every byte the clients sent after the request for a password, as text. */
  caught: () => string;
  close: () => Promise<void>;
}

const SSL_REQUEST = 80877103;

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function refuse(): Buffer {
  const fields = Buffer.from('SFATAL\0C28P01\0Mno\0\0', 'latin1');
  return message('E', fields);
}

export function startPasswordCatcher(): Promise<PasswordCatcher> {
  const caught: Buffer[] = [];
  const server = net.createServer((socket) => {
    let asked = false;
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      if (asked) {
        caught.push(chunk);
        socket.end(refuse());
        return;
      }
      pending = Buffer.concat([pending, chunk]);
      if (pending.length < 8) return;
      const length = pending.readInt32BE(0);
      if (pending.length < length) return;
      const code = pending.readInt32BE(4);
      pending = pending.subarray(length);
      if (code === SSL_REQUEST) {
        socket.write('N');
        return;
      }
      asked = true;
      const body = Buffer.alloc(4);
      body.writeInt32BE(3, 0);
      socket.write(message('R', body));
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      resolve({
        port: address.port,
        caught: () => Buffer.concat(caught).toString('latin1'),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
