/**
 * Next.js answers a path whose percent-encoding does not decode ("/tickets/%E0") with a bare 500
 * before any app code runs. `npm start`'s server sends such requests here instead: no route
 * matches, so the app's own "page not found" answers, with a 404 and the security headers.
 */
export const MALFORMED_URL_PATH = '/_malformed-url';

export function hasMalformedPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
