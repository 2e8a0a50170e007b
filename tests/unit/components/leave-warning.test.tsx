// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLeaveWarning } from '../../../components/forms/use-leave-warning';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Page({ uploading }: { uploading: boolean }) {
  useLeaveWarning(uploading, 'Files are still uploading. Leave the page and lose them?');
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link is what the hook must catch
    <a href="/tickets" onClick={(e) => e.preventDefault()}>
      All tickets
    </a>
  );
}

/** Clicks the link and says whether the navigation was let through. */
function follow(): boolean {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  let reached = false;
  screen.getByRole('link').addEventListener('click', () => (reached = true), { once: true });
  screen.getByRole('link').dispatchEvent(click);
  return reached;
}

describe('leaving a page while files upload', () => {
  it('asks before following a link, and stays when the answer is no', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<Page uploading />);
    expect(follow()).toBe(false);
    expect(confirm).toHaveBeenCalledWith('Files are still uploading. Leave the page and lose them?');
    confirm.mockReturnValue(true);
    expect(follow()).toBe(true);
  });

  it('has the browser ask before the tab closes or reloads', () => {
    render(<Page uploading />);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('asks nothing once the uploads are done', () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { rerender } = render(<Page uploading />);
    rerender(<Page uploading={false} />);
    expect(follow()).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });
});
