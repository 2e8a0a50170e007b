import Form from 'next/form';
import Link from 'next/link';
import { Button, Input, Select, buttonClasses } from '@/components/ui';

type Option = { value: string; label: string };

/** The search box and sort choice of a list: a GET form, so it works without JavaScript and can be bookmarked. */
export function ListToolbar({
  action,
  q,
  sort,
  sortOptions,
  labels,
}: {
  action: string;
  q: string | undefined;
  sort: string;
  sortOptions: Option[];
  labels: { search: string; searchPlaceholder: string; sort: string; apply: string; reset: string };
}) {
  return (
    <Form action={action} className="flex flex-wrap items-end gap-2" role="search">
      <label className="grid flex-1 gap-1 text-sm" style={{ minWidth: '14rem' }}>
        <span className="font-medium">{labels.search}</span>
        <Input type="search" name="q" defaultValue={q} placeholder={labels.searchPlaceholder} />
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">{labels.sort}</span>
        <Select name="sort" defaultValue={sort}>
          {sortOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {labels.apply}
      </Button>
      {(q || sort !== sortOptions[0]?.value) && (
        <Link href={action} className={buttonClasses('ghost')}>
          {labels.reset}
        </Link>
      )}
    </Form>
  );
}
