import type { ReactNode } from 'react';
import { env } from '@/lib/env';

/** The client's side: no staff navigation, the company's name on top, narrow enough for a phone. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-2xl px-4 py-3 text-base font-semibold text-slate-900" data-testid="company-name">
          {env().COMPANY_NAME}
        </p>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6 sm:py-10">
        {children}
      </main>
    </div>
  );
}
