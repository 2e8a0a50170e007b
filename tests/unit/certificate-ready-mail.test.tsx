import { render, toPlainText } from '@react-email/render';
import { describe, expect, it } from 'vitest';
import StatusChangedEmail, { type StatusChangedEmailProps } from '@/emails/status-changed';

const base: StatusChangedEmailProps = {
  locale: 'ru',
  company: { name: 'Service Desk', phone: '+7 495 000-00-00', email: 'support@service-desk.local', address: '' },
  recipientName: 'Иван',
  ticket: { id: 42, title: 'Ноутбук' },
  from: 'in_progress',
  to: 'ready',
  statusUrl: 'http://localhost:3000/status/tok',
};

async function mail(props: Partial<StatusChangedEmailProps>) {
  const html = await render(<StatusChangedEmail {...base} {...props} />);
  return { html, text: toPlainText(html).replace(/\s+/g, ' ') };
}

describe("the client's 'ready' mail", () => {
  it('names what to bring (the receipt or its number, and an ID) and the balance due', async () => {
    const { text } = await mail({ balanceDueMinor: 200_100, currency: 'RUB' });
    expect(text).toContain('возьмите с собой квитанцию о приёме (или назовите её номер — SC-000042) и документ, удостоверяющий личность');
    expect(text).toContain('К оплате при выдаче: 2 001,00 ₽.');
  });

  it('says nothing about money when nothing is due, and speaks English to an English client', async () => {
    const ru = await mail({});
    expect(ru.text).toContain('квитанцию о приёме');
    expect(ru.text).not.toContain('К оплате');
    const en = await mail({ locale: 'en', balanceDueMinor: 5_000, currency: 'RUB' });
    expect(en.text).toContain('please bring the intake receipt (or tell us its number, SC-000042) and an identity document');
    expect(en.text).toContain('Balance to pay at handover: RUB 50.00.');
  });

  it('is only in the ready mail', async () => {
    const { text } = await mail({ from: 'new', to: 'diagnostics', balanceDueMinor: 5_000, currency: 'RUB' });
    expect(text).not.toContain('квитанцию о приёме');
    expect(text).not.toContain('К оплате');
  });
});
