import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Parallel builds (one per developer task) can use their own directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native addons must be loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    // Attachments are uploaded one file (at most 10 MB) per action call: room for that plus the
    // multipart overhead. The proxy buffers request bodies too, and silently cuts them at its limit.
    serverActions: { bodySizeLimit: '25mb' },
    proxyClientMaxBodySize: '25mb',
  },
};

export default nextConfig;
