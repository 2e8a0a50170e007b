import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { NextConfig } from 'next';

/**
 * The icons' sprite is fetched by an address that names its version, so browsers keep it for good:
 * the version follows the modules that list the icons and build the sprite, and lucide's release
 * that draws them: the same in every build of the same source (instances behind one balancer agree).
 */
const iconSpriteVersion = createHash('sha256')
  .update(readFileSync('components/ui/icons.tsx'))
  .update(readFileSync('components/ui/icon-sprite.ts'))
  .update(readFileSync(createRequire(import.meta.url).resolve('lucide-react/package.json')))
  .digest('base64url')
  .slice(0, 10);

const nextConfig: NextConfig = {
  // Parallel builds (one per developer task) can use their own directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native addons must be loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // npm start compresses as COMPRESSION says (scripts/lib/compress.ts); Next's own is gzip at level 6 only.
  compress: false,
  env: { ICON_SPRITE_VERSION: iconSpriteVersion },
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
