import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Parallel builds (one per developer task) can use their own directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native addons must be loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true },
};

export default nextConfig;
