import type { ComponentProps } from 'react';
import { cn } from './cn';
import { html, type HtmlPart, type SafeHtml } from './html';

// The look of each part is one class of app/globals.css: a ticket page shows a dozen cards, and their
// class lists, written out, were sent in its HTML and again in its React payload.

export function Card({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('card', className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('card-header', className)}
      {...props}
    />
  );
}

export type CardTitleProps = ComponentProps<'h2'> & { as?: 'h2' | 'h3' | 'h4' };

/** An h2 by default; pick the level that fits the page outline. */
export function CardTitle({ as: Heading = 'h2', className, ...props }: CardTitleProps) {
  return <Heading className={cn('card-title', className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('card-content', className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('card-footer', className)}
      {...props}
    />
  );
}

/** A card's title as markup (an h2, like CardTitle's default), for a header built as one HTML string. */
export function cardTitleHtml(title: HtmlPart, id?: string): SafeHtml {
  return html`<h2 class="card-title"${id && html` id="${id}"`}>${title}</h2>`;
}

/** A card's header as markup: its title and what sits beside it. */
export function cardHeaderHtml(title: HtmlPart, { id, extra }: { id?: string; extra?: HtmlPart } = {}): SafeHtml {
  return html`<div class="card-header">${cardTitleHtml(title, id)}${extra}</div>`;
}
