import { refusals } from '@/lib/domain/errors';
import type { Messages } from '@/lib/i18n/messages';
import type { FileProblem } from './import';

/** A whole file the import cannot read, in the user's words. */
export function fileProblemMessage(p: FileProblem, t: Messages): string {
  const w = t.catalog.importPage;
  switch (p.problem) {
    case 'empty':
      return w.chooseFile;
    case 'noHeader':
      return w.noHeader;
    case 'noRows':
      return w.noRows;
    case 'tooLarge':
      return w.tooLarge(p.maxKb);
    case 'tooManyRows':
      return w.tooManyRows(p.max);
    case 'badQuotes':
      return w.badQuotes(p.line);
    case 'missingColumns':
      return w.missingColumns(p.columns.map((c) => t.catalog.csv[c as keyof Messages['catalog']['csv']] ?? c).join(', '));
    case 'unknownColumns':
      return w.unknownColumns(p.columns.join(', '));
  }
}

/** Why a change to the price list is refused, in the user's words. */
export const refuse = refusals('catalog', {
  forbidden: (_: object, t) => ({ message: t.errors.forbidden }),
  not_found: (_: object, t) => ({ message: t.errors.notFound }),
  code_taken: (_: object, t) => ({ message: t.catalog.codeTaken, fieldErrors: { code: [t.catalog.codeTaken] } }),
  department_gone: (_: object, t) => ({ message: t.catalog.departmentGone, fieldErrors: { departmentId: [t.catalog.departmentGone] } }),
  in_use: ({ tickets }: { tickets: number }, t) => ({ message: t.catalog.deleteBlocked(tickets) }),
  unreadable_file: (problem: FileProblem, t) => {
    const message = fileProblemMessage(problem, t);
    return { message, fieldErrors: { file: [message] } };
  },
});
