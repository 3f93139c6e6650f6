// TCP ports: is one free before we start a server on it, and is the server answering yet.
import net from 'node:net';

/** True if we could listen on host:port (and we let go of it at once). */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Waits until something accepts connections on host:port, so we print "open this URL" only once it
 * works. Gives up (false) when `giveUp` settles first, e.g. the server process exited.
 */
export async function waitForPort(host: string, port: number, giveUp: Promise<unknown>): Promise<boolean> {
  let gaveUp = false;
  const stop = () => {
    gaveUp = true;
  };
  giveUp.then(stop, stop);
  while (!gaveUp) {
    if (await canConnect(host, port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
