// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@node-rs/argon2', '@prisma/client', 'pg'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
