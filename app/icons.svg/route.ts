import { ICON_SPRITE } from '@/components/ui/icon-sprite';

/**
 * The icons' sprite (components/ui/icon-sprite.ts). Pages ask for it by a versioned address that
 * changes with its content, so the browser keeps it for good. It shows nothing but drawings, so
 * anyone may fetch it: the sign-in and the client's status pages draw icons too (proxy.ts).
 */
export function GET() {
  return new Response(ICON_SPRITE, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
