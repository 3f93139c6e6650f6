// @ts-check

// Documents are uploaded through server actions (app/(app)/conferences/[conferenceId]/documents/actions.ts),
// so an upload takes the same path as every form: session, permission, zod, messages in the user's
// language, and the Origin check Next applies to every action. Next caps an action's body at 1 MB and
// the body proxy.ts may buffer at 10 MB (silently cutting off the rest), so both are raised to the
// largest document (DOCUMENT_MAX_BYTES, validated in lib/env.ts, 20 MB by default) plus 1 MB for the
// multipart envelope and the form's other fields. The use case still refuses anything over the limit.
const documentMaxBytes = Number(process.env.DOCUMENT_MAX_BYTES) || 20 * 1024 * 1024;
const uploadBodyLimit = documentMaxBytes + 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: uploadBodyLimit },
    proxyClientMaxBodySize: uploadBodyLimit,
  },
  // Native and WebAssembly packages that must be loaded by Node at run time, not bundled. Vega too: it
  // draws the dashboard's charts on the server only, so Node loads it as the tests do, optional top-level
  // `await import('canvas')` included, instead of the bundler compiling its 49 modules.
  serverExternalPackages: ['@node-rs/argon2', '@prisma/client', 'pg', 'vega'],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run bench` builds into its own folder (NEXT_DIST_DIR=.next-bench) so that measuring never
  // replaces the .next a developer is running or building at the same time; everything else uses .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The bench's build (scripts/bench/full/build.ts) measures run time only; type errors are
  // `npm run typecheck`'s job, and work in progress elsewhere in the tree must not stop a measurement.
  typescript: { ignoreBuildErrors: process.env.BENCH_BUILD === '1' },
};

export default nextConfig;
