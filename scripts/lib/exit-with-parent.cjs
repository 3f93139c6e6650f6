'use strict';
// Preloaded into the Next.js server by scripts/start.ts (`node --require`). Ctrl-C reaches Next
// directly, but if start.ts itself is killed outright (kill -9), nothing would stop Next and it would
// keep the port. When our parent is gone we are re-parented (ppid changes): stop as Ctrl-C would.
// (Polling rather than an IPC channel: `next dev` breaks when it inherits one.)
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
