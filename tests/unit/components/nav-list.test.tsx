// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';

vi.mock('next/navigation', () => ({ usePathname: () => '/tickets/SC-000042' }));

const { NavList } = await import('@/components/layout/nav-list');

afterEach(cleanup);

const names = messagesFor('en').nav;

describe('the navigation', () => {
  it('lists the sections a manager may open, marks the current one and shows what waits', () => {
    render(<NavList role="manager" names={names} counts={{ replies: 3 }} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/', '/tickets', '/clients', '/employees', '/departments', '/catalog', '/reports/payments', '/settings/notifications', '/outbox', '/replies']);
    expect(screen.getByRole('link', { name: names.tickets })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: names.dashboard })).not.toHaveAttribute('aria-current');
    expect(screen.getByTestId('nav-count-replies')).toHaveTextContent('3');
  });

  it('leaves out the managers’ sections for a technician', () => {
    render(<NavList role="technician" names={names} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/', '/tickets', '/clients', '/employees', '/departments', '/catalog']);
    expect(screen.queryByTestId('nav-count-replies')).toBeNull();
  });
});
