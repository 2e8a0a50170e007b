import { env } from '@/lib/env';

/**
 * The executor as the consumer-service rules want it on a receipt or an act: the trading name,
 * and the legal name, tax and registration numbers when the settings give them; then the
 * address and contacts.
 */
export function CompanyDetails({ labels }: { labels: { taxId: string; regId: string } }) {
  const { COMPANY_NAME, COMPANY_LEGAL_NAME, COMPANY_TAX_ID, COMPANY_REG_ID, COMPANY_ADDRESS, COMPANY_PHONE, COMPANY_EMAIL } = env();
  const ids = [COMPANY_TAX_ID && `${labels.taxId} ${COMPANY_TAX_ID}`, COMPANY_REG_ID && `${labels.regId} ${COMPANY_REG_ID}`].filter(Boolean);
  return (
    <div data-testid="company-details">
      <p className="text-[1.35em] font-semibold">{COMPANY_NAME}</p>
      {COMPANY_LEGAL_NAME && COMPANY_LEGAL_NAME !== COMPANY_NAME && <p data-testid="company-legal-name">{COMPANY_LEGAL_NAME}</p>}
      {ids.length > 0 && <p data-testid="company-ids">{ids.join(' · ')}</p>}
      <p className="text-slate-700">{[COMPANY_ADDRESS, COMPANY_PHONE, COMPANY_EMAIL].filter(Boolean).join(' · ')}</p>
    </div>
  );
}
