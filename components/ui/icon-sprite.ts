import * as icons from './icons';

/** The attributes lucide puts on every icon's root; on each symbol, its children inherit them as in lucide's `<svg>`. */
const DRAWING = 'viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

const isSpriteIcon = (value: unknown): value is icons.SpriteIcon => typeof value === 'function' && 'symbol' in value;

/**
 * Every icon of components/ui/icons.tsx as a `<symbol>` named as lucide names it, in one SVG
 * document. Read from the module's namespace, so a bundler cannot leave out an icon that no page
 * of this bundle happens to draw.
 */
export const ICON_SPRITE = `<svg xmlns="http://www.w3.org/2000/svg">${Object.values(icons)
  .filter(isSpriteIcon)
  .map(({ symbol }) => `<symbol id="${symbol.id}" ${DRAWING}>${symbol.markup}</symbol>`)
  .join('')}</svg>`;
