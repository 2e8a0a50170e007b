import type { ComponentProps } from 'react';
import { cn } from './cn';
import { html, type HtmlPart, type SafeHtml } from './html';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'primary';

/** The look is two classes of app/globals.css, `badge` and its tone: written out, a badge's utilities were 130 bytes each time. */
export function badgeClasses(tone: BadgeTone = 'neutral', className?: string): string {
  return cn('badge', `badge-${tone}`, className);
}

export type BadgeProps = ComponentProps<'span'> & { tone?: BadgeTone };

/** A short label; the text carries the meaning, colour only reinforces it. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return <span className={badgeClasses(tone, className)} {...props} />;
}

/** The same badge as markup, for a card built as one HTML string. */
export function badgeHtml(tone: BadgeTone, content: HtmlPart, testId?: string): SafeHtml {
  return html`<span class="${badgeClasses(tone)}"${testId && html` data-testid="${testId}"`}>${content}</span>`;
}
