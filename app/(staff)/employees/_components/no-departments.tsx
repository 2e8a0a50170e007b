import Link from 'next/link';
import { Alert } from '@/components/ui';
import type { Messages } from '@/lib/i18n/messages';

/** An employee needs a department; with none yet, say where to make one. */
export function NoDepartments({ t }: { t: Messages }) {
  return (
    <Alert tone="warning">
      {t.employees.noDepartments}{' '}
      <Link href="/departments/new" className="font-medium underline">
        {t.employees.createDepartment}
      </Link>
    </Alert>
  );
}
