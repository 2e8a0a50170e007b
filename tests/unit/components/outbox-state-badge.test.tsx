// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StateBadge } from '@/app/(staff)/outbox/_components/state-badge';
import { notificationsEn, notificationsRu } from '@/lib/i18n/messages/features/notifications';

afterEach(cleanup);

const en = notificationsEn.outbox;
const ru = notificationsRu.outbox;

describe('the outbox state badge', () => {
  it('shows a mail kept for want of a mail service as kept, in a neutral style, not as sent in green', () => {
    render(<StateBadge row={{ state: 'sent', transport: 'outbox' }} labels={en} />);
    const badge = screen.getByText('Kept (no mail service)');
    expect(badge).toHaveAttribute('data-state', 'kept');
    expect(badge.className).toContain('badge-neutral');
    expect(badge.className).not.toMatch(/success/);
    expect(screen.queryByText('Sent')).toBeNull();
  });

  it('says the same in Russian', () => {
    render(<StateBadge row={{ state: 'sent', transport: 'outbox' }} labels={ru} />);
    expect(screen.getByText('Сохранено (нет почтового сервиса)')).toHaveAttribute('data-state', 'kept');
  });

  it('keeps green for a mail the mail service accepted, and the other states as they were', () => {
    const { rerender } = render(<StateBadge row={{ state: 'sent', transport: 'resend' }} labels={en} />);
    expect(screen.getByText('Sent').className).toContain('badge-success');
    rerender(<StateBadge row={{ state: 'pending', transport: null }} labels={en} />);
    expect(screen.getByText('Pending')).toHaveAttribute('data-state', 'pending');
    // A failed attempt of the embedded transport is not "kept": only a finished row is.
    rerender(<StateBadge row={{ state: 'failed', transport: 'outbox' }} labels={en} />);
    expect(screen.getByText('Failed').className).toContain('badge-danger');
  });
});
