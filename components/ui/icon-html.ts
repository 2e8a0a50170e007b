import { html, type SafeHtml } from './html';
import { ICON_SPRITE_URL, type SpriteIcon } from './icons';

/** A decorative icon as markup, for a card built as one HTML string: what `<Icon aria-hidden className=… />` renders. */
export function iconHtml(icon: SpriteIcon, className?: string): SafeHtml {
  return html`<svg class="lucide${className && html` ${className}`}" aria-hidden="true"><use href="${ICON_SPRITE_URL}#${icon.symbol.id}"></use></svg>`;
}
