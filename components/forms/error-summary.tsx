'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { CircleAlert } from '@/components/ui/icons';
import type { ActionState } from '@/lib/action';

type Problem = { name: string; message: string };
type Target = { id?: string; label?: string };

/** The field's control in this form, found by its name, and the text of its label. */
function targetOf(form: HTMLFormElement | null, name: string): Target {
  const found = form?.elements.namedItem(name);
  const control = found instanceof RadioNodeList ? (found[0] as HTMLInputElement | undefined) : (found as HTMLInputElement | null);
  if (!control || control.type === 'hidden') {
    // A value kept in a hidden input (the chosen client) is shown by a control of its own.
    const shown = form?.querySelector<HTMLInputElement>(`[data-error-for="${name}"]`) ?? document.querySelector<HTMLInputElement>(`[data-error-for="${name}"]`);
    return { id: shown?.id || undefined, label: labelText(shown) };
  }
  return { id: control.id || undefined, label: labelText(control) };
}

function labelText(control: HTMLInputElement | null | undefined): string | undefined {
  return control?.labels?.[0]?.textContent?.replace(/\*$/, '').trim() || undefined;
}

/** The fields the server refused, each with its first message. */
function problemsOf(state: ActionState | undefined): Problem[] {
  return Object.entries(state?.fieldErrors ?? {}).flatMap(([name, messages]) => (messages?.[0] ? [{ name, message: messages[0] }] : []));
}

/**
 * After a refused submit, the list of what to fix at the top of the form: focus moves here and
 * the page scrolls to it, so an error never waits unseen far above the button. Each entry links
 * to its field (following it focuses the field). The title comes translated with the state;
 * the field labels are read from the form itself, so no form has to repeat them.
 */
export function ErrorSummary({ state }: { state: ActionState | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const [targets, setTargets] = useState<Record<string, Target>>({});
  const problems = problemsOf(state);
  const count = problems.length;

  // Every refused submit returns a new state object: look up the fields, then show and announce.
  useEffect(() => {
    const names = problemsOf(state).map(({ name }) => name);
    if (names.length === 0 || !box.current) return;
    const form = box.current.closest('form');
    setTargets(Object.fromEntries(names.map((name) => [name, targetOf(form, name)])));
    box.current.focus({ preventScroll: true });
    box.current.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [state]);

  if (count === 0) return null;
  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const control = document.getElementById(id);
    if (!control) return;
    event.preventDefault();
    control.scrollIntoView({ block: 'center', behavior: 'instant' });
    control.focus({ preventScroll: true });
  };

  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      className="scroll-mt-4 rounded-lg border border-danger-100 bg-danger-50 px-4 py-3 text-sm text-danger-800 outline-none focus-visible:ring-2 focus-visible:ring-danger-600"
      data-testid="error-summary"
    >
      <p className="flex items-center gap-2 font-semibold">
        <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
        {state?.summary}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {problems.map(({ name, message }) => {
          const { id, label } = targets[name] ?? {};
          const text = label ? `${label}: ${message}` : message;
          return (
            <li key={name}>
              {id ? (
                <a href={`#${id}`} onClick={(event) => goTo(event, id)} className="underline underline-offset-2 hover:no-underline">
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
