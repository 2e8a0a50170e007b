import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';

/**
 * The sender's details, from the COMPANY_* settings. `stopUrl`: in a mail to a client, the link that
 * stops their e-mail messages in one click (issue 18).
 */
export type Company = {
  name: string;
  phone: string;
  email: string;
  address: string;
  stopUrl?: string;
  /** A mail to a client that carries the ticket's reply address (INBOUND_DOMAIN set): it invites a reply. */
  replies?: boolean;
};

/** Shared by every template; the values come from COMPANY_* settings. */
export const previewCompany: Company = {
  name: 'Service Desk',
  phone: '+7 495 000-00-00',
  email: 'support@service-desk.local',
  address: 'Москва, ул. Примерная, 1',
};

export const styles = {
  body: { backgroundColor: '#f1f5f9', fontFamily: 'Arial, Helvetica, sans-serif', color: '#0f172a', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: '8px', maxWidth: '600px', padding: '24px 28px', border: '1px solid #e2e8f0' },
  brand: { fontSize: '14px', fontWeight: 700, color: '#1d4ed8', margin: '0 0 16px' },
  heading: { fontSize: '20px', lineHeight: '28px', margin: '0 0 12px' },
  text: { fontSize: '15px', lineHeight: '22px', margin: '0 0 12px' },
  muted: { fontSize: '13px', lineHeight: '19px', color: '#64748b', margin: '0 0 6px' },
  button: { backgroundColor: '#1d4ed8', color: '#ffffff', borderRadius: '6px', padding: '12px 18px', fontSize: '15px', fontWeight: 600, textDecoration: 'none' },
  label: { fontSize: '13px', color: '#64748b', padding: '4px 12px 4px 0', verticalAlign: 'top' as const, whiteSpace: 'nowrap' as const },
  value: { fontSize: '15px', padding: '4px 0', verticalAlign: 'top' as const },
  link: { color: '#1d4ed8', wordBreak: 'break-all' as const },
} satisfies Record<string, CSSProperties>;

export function PrimaryButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '8px 0 20px' }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

/** "Follow your request at any time: <link>", spelled out for mail clients that hide the button. */
export function StatusLinkLine({ locale, statusUrl }: { locale: Locale; statusUrl: string }) {
  return (
    <Text style={styles.muted}>
      {messagesFor(locale).notifications.email.statusChanged.more}{' '}
      <Link href={statusUrl} style={styles.link}>
        {statusUrl}
      </Link>
    </Text>
  );
}

/** The frame of every e-mail: preview line, company name, content, and the company's contacts. */
export function EmailLayout({
  locale,
  company,
  preview,
  heading,
  children,
  footerNote,
}: {
  locale: Locale;
  company: Company;
  preview: string;
  heading: string;
  children: ReactNode;
  footerNote?: string;
}) {
  const s = messagesFor(locale).notifications.email;
  const contacts = [company.phone, company.email, company.address].filter(Boolean).join(' · ');
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{company.name}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: '#e2e8f0', margin: '24px 0 12px' }} />
          {footerNote && <Text style={styles.muted}>{footerNote}</Text>}
          <Text style={styles.muted}>
            {company.name}
            {contacts && ` · ${s.contacts}: ${contacts}`}
          </Text>
          <Text style={styles.muted}>{company.replies ? s.canReply : s.automatic}</Text>
          {company.stopUrl && (
            <Text style={styles.muted}>
              <Link href={company.stopUrl} style={{ color: '#64748b' }}>
                {s.stopEmails}
              </Link>
            </Text>
          )}
        </Container>
      </Body>
    </Html>
  );
}
