'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { buttonClasses } from './button';
import { ICON_SPRITE_URL } from './icons';
import { useHydrated } from './use-hydrated';

type Props = {
  /** The region's id, and the value of the page's `open` parameter that shows it open. */
  id: string;
  label: string;
  /**
   * The button's icon: its symbol in the sprite (`Plus.symbol.id`). A name rather than an element,
   * which the page's payload would carry on every view.
   */
  icon?: string;
  /** The page's own address, without `open`. */
  pageHref: string;
  /** The page was asked for with `open=<id>`. */
  initiallyOpen: boolean;
  /**
   * What opens. Left out when its data is loaded only for a page asked with `open=<id>` (the
   * assignee picker's staff list): then opening asks the server for that page.
   */
  children?: ReactNode;
  testId: string;
};

/**
 * A form the desk needs now and then (a payment, a refund, a discount, another assignee), shown
 * on request instead of on every view of the page: a closed one costs the server nothing to
 * render. With JavaScript the button opens it in place and puts the focus in it; without, the
 * same control is a link to the page with `?open=<id>`, which the server renders open.
 */
export function Disclosure({ id, label, icon, pageHref, initiallyOpen, children, testId }: Props) {
  // The link until hydrated (the markup matches the server's), then the button.
  const hydrated = useHydrated();
  const router = useRouter();
  // The user's own choice on this page; until there is one, the address decides.
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = (choice ?? initiallyOpen) && children !== undefined;
  const focusWhenOpen = useRef(false);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || !focusWhenOpen.current) return;
    focusWhenOpen.current = false;
    region.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button')?.focus();
  }, [open]);

  const openHref = `${pageHref}?open=${id}`;
  function toggle() {
    if (open) return setChoice(false);
    focusWhenOpen.current = true;
    if (children !== undefined) return setChoice(true);
    setChoice(null);
    router.push(openHref, { scroll: false });
  }

  const look = buttonClasses('secondary', 'sm');
  const drawn = icon && (
    <svg className="lucide" aria-hidden="true">
      <use href={`${ICON_SPRITE_URL}#${icon}`} />
    </svg>
  );
  // Open, it takes a row of its own when it sits in a row of such buttons.
  return (
    <div className={open ? 'basis-full space-y-3' : undefined}>
      {hydrated ? (
        <button type="button" className={look} aria-expanded={open} aria-controls={open ? id : undefined} onClick={toggle} data-testid={testId}>
          {drawn}
          {label}
        </button>
      ) : (
        <a href={open ? pageHref : `${openHref}#${id}`} className={look} data-testid={testId}>
          {drawn}
          {label}
        </a>
      )}
      {open && (
        <div id={id} ref={region} className="scroll-mt-4">
          {children}
        </div>
      )}
    </div>
  );
}
