import { Badge } from '@/components/ui';
import type { Messages } from '@/lib/i18n/messages';

export function ActiveBadge({ active, t }: { active: boolean; t: Messages }) {
  return active ? (
    <Badge tone="success">{t.employees.activeBadge}</Badge>
  ) : (
    <Badge tone="neutral" data-testid="inactive-badge">
      {t.employees.inactiveBadge}
    </Badge>
  );
}
