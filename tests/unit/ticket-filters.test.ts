import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/domain/cursor';
import { ticketSearchMatch } from '@/lib/tickets/search-match';
import { searchVariants } from '@/lib/tickets/search-words';
import { csvCell, csvLine } from '@/lib/tickets/csv';
import { STATUSES } from '@/lib/domain/enums';
import { statusListHref } from '@/lib/tickets/status-token';
import { EMPTY_PARAMS, encodeListCursor, parseTicketListParams, resolveTicketFilters, statusesOf, ticketsHref } from '@/lib/tickets/filters';

const ctx = { staffId: 7, timeZone: 'Europe/Moscow', today: '2026-03-10', phoneRegion: 'RU' };

describe('the ticket list URL', () => {
  it('reads every SPEC §4 param', () => {
    const cursor = encodeListCursor('next', { v: 1_772_000_000_000, id: 42 });
    const { params, ignored } = parseTicketListParams({
      client: '12',
      assignee: 'me',
      status: 'new,ready',
      department: '3',
      priority: ['high', 'urgent'],
      from: '2026-03-01',
      to: '2026-03-05',
      q: '  iPhone 13 ',
      sort: 'priority',
      cursor: encodeListCursor('prev', { v: 3e13 + 5, id: 9 }),
    });
    expect(ignored).toEqual([]);
    expect(params).toMatchObject({
      client: 12,
      assignee: 'me',
      status: ['new', 'ready'],
      department: 3,
      priority: ['high', 'urgent'],
      from: '2026-03-01',
      to: '2026-03-05',
      q: 'iPhone 13',
      sort: 'priority',
      cursor: { direction: 'prev', at: { v: 3e13 + 5, id: 9 } },
    });
    expect(parseTicketListParams({ cursor }).params.cursor).toEqual({ direction: 'next', at: { v: 1_772_000_000_000, id: 42 } });
    expect(parseTicketListParams({ assignee: 'none' }).params.assignee).toBe('none');
    expect(parseTicketListParams({ assignee: '5' }).params.assignee).toBe(5);
  });

  it('ignores bad values one by one, keeping the good ones, and says which', () => {
    const { params, ignored } = parseTicketListParams({
      client: 'abc',
      assignee: 'someone',
      status: 'new,lost,open',
      department: '-1',
      priority: 'high,extreme',
      from: '2026-02-30',
      to: '2026-13-01',
      sort: 'random',
      cursor: 'garbage',
      overdue: 'maybe',
    });
    expect(params).toMatchObject({ status: ['new', 'open'], priority: ['high'], sort: 'created', overdue: false });
    expect(params.client).toBeUndefined();
    expect(params.cursor).toBeUndefined();
    expect(ignored.map((i) => `${i.param}=${i.value}`).sort()).toEqual(
      ['assignee=someone', 'client=abc', 'cursor=garbage', 'department=-1', 'from=2026-02-30', 'overdue=maybe', 'priority=extreme', 'sort=random', 'status=lost', 'to=2026-13-01'].sort(),
    );
  });

  it('drops an end date before the start date, and a cursor made for another order', () => {
    const range = parseTicketListParams({ from: '2026-03-05', to: '2026-03-01' });
    expect(range.params).toMatchObject({ from: '2026-03-05', to: undefined });
    expect(range.ignored).toEqual([{ param: 'to', value: '2026-03-01', reason: 'range' }]);
    const createdCursor = encodeListCursor('next', { v: 1_772_000_000_000, id: 1 });
    expect(parseTicketListParams({ sort: 'due', cursor: createdCursor }).ignored.map((i) => i.param)).toEqual(['cursor']);
    expect(parseTicketListParams({ cursor: `n.${encodeCursor({ v: 'x', id: 1 })}` }).params.cursor).toBeUndefined();
  });

  it('ignores a date at the very end of the calendar, with a note, instead of failing the page', () => {
    for (const param of ['from', 'to'] as const) {
      const { params, ignored } = parseTicketListParams({ [param]: '9999-12-31' });
      expect(params[param]).toBeUndefined();
      expect(ignored).toEqual([{ param, value: '9999-12-31' }]);
      expect(() => resolveTicketFilters(params, ctx)).not.toThrow();
    }
    const lastKept = parseTicketListParams({ from: '9999-12-30', to: '9999-12-30' });
    expect(lastKept.ignored).toEqual([]);
    const { filters } = resolveTicketFilters(lastKept.params, ctx);
    expect(filters.createdFrom?.toISOString()).toBe('9999-12-29T21:00:00.000Z');
    expect(filters.createdBefore?.toISOString()).toBe('9999-12-30T21:00:00.000Z');
  });

  it('treats empty form fields as absent, without a note', () => {
    const { params, ignored } = parseTicketListParams({ q: '', client: '', department: '', from: '', to: '', sort: 'created', status: '' });
    expect(ignored).toEqual([]);
    expect(params).toEqual({ ...EMPTY_PARAMS, client: undefined, assignee: undefined, department: undefined, from: undefined, to: undefined, q: undefined });
  });

  it('resolves me, the status groups, local dates and overdue', () => {
    const { params } = parseTicketListParams({ assignee: 'me', status: 'closed', from: '2026-03-01', to: '2026-03-01' });
    const { filters } = resolveTicketFilters(params, ctx);
    expect(filters.assigneeId).toBe(7);
    expect(filters.statuses).toEqual(['closed', 'cancelled']);
    expect(filters.createdFrom?.toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(filters.createdBefore?.toISOString()).toBe('2026-03-01T21:00:00.000Z');
    expect(statusesOf(['ready', 'open'])).toEqual(['new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready']);
    const overdue = resolveTicketFilters(parseTicketListParams({ overdue: '1', status: 'new,closed' }).params, ctx).filters;
    expect(overdue).toMatchObject({ statuses: ['new'], dueBefore: '2026-03-10' });
    expect(resolveTicketFilters(parseTicketListParams({ overdue: '1', status: 'closed' }).params, ctx).filters.statuses).toEqual([]);
  });

  it('names the status closed alone closed_only, since closed is the group of closed and cancelled', () => {
    const { params, ignored } = parseTicketListParams({ status: 'closed_only' });
    expect(ignored).toEqual([]);
    expect(resolveTicketFilters(params, ctx).filters.statuses).toEqual(['closed']);
    expect(statusesOf(['closed_only', 'cancelled'])).toEqual(['closed', 'cancelled']);
    expect(ticketsHref(params)).toBe('/tickets?status=closed_only');
    expect(STATUSES.map(statusListHref)).toEqual(STATUSES.map((s) => `/tickets?status=${s === 'closed' ? 'closed_only' : s}`));
    // Every status link leads to that status alone.
    for (const s of STATUSES) expect(statusesOf(parseTicketListParams({ status: new URL(statusListHref(s), 'http://x').searchParams.get('status')! }).params.status)).toEqual([s]);
  });

  it('builds short links that drop the cursor whenever the view changes', () => {
    const { params } = parseTicketListParams({ client: '4', status: 'open', sort: 'due', cursor: encodeListCursor('next', { v: '2026-03-01', id: 5 }) });
    expect(ticketsHref(params, { client: undefined })).toBe('/tickets?status=open&sort=due');
    expect(ticketsHref(params, { status: [] })).toBe('/tickets?client=4&sort=due');
    expect(ticketsHref(EMPTY_PARAMS)).toBe('/tickets');
    expect(ticketsHref(EMPTY_PARAMS, { overdue: true, sort: 'due' })).toBe('/tickets?overdue=1&sort=due');
    const next = ticketsHref(params, { cursor: { direction: 'next', at: { v: '2026-03-02', id: 9 } } });
    expect(parseTicketListParams(Object.fromEntries(new URL(next, 'http://x').searchParams)).params.cursor?.at).toEqual({ v: '2026-03-02', id: 9 });
  });
});

/** Date-shaped text of any year, padded or not, with month and day numbers that may not exist. */
const numbersAsDate = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([year, month, day, padded]) => {
    const pad = (n: number, width: number) => (padded ? String(n).padStart(width, '0') : String(n));
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  });
/** Real days from just before 1970 to just past 9999, as toISOString writes them ("+010000-01-01" past the end). */
const calendarDay = fc
  .date({ min: new Date(Date.UTC(1969, 11, 25)), max: new Date(Date.UTC(10_000, 0, 5)), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/T.*$/, ''));
const dateText = fc.oneof(numbersAsDate, calendarDay, fc.constantFrom('1969-12-31', '1970-01-01', '9999-12-30', '9999-12-31', '10000-01-01'));

// The company zone may be any IANA zone: the furthest ahead and behind UTC, and one off the hour.
const zones = fc.constantFrom('Europe/Moscow', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Chatham', 'UTC');

describe('a date of any year in the list URL', () => {
  it('is kept with a real range or ignored, and never breaks the list or the export', () => {
    const bounds = fc.record({ from: fc.option(dateText, { nil: undefined }), to: fc.option(dateText, { nil: undefined }) });
    fc.assert(
      fc.property(bounds, zones, (raw, timeZone) => {
        const { params } = parseTicketListParams(raw);
        const { filters } = resolveTicketFilters(params, { ...ctx, timeZone });
        const start = filters.createdFrom?.getTime();
        const end = filters.createdBefore?.getTime();
        expect(start === undefined).toBe(params.from === undefined);
        expect(end === undefined).toBe(params.to === undefined);
        if (start !== undefined) expect(Number.isNaN(start)).toBe(false);
        if (end !== undefined) expect(Number.isNaN(end)).toBe(false);
        if (start !== undefined && end !== undefined) expect(start).toBeLessThan(end);
      }),
      { numRuns: 2000, seed: 20261126 },
    );
  });
});

describe('other spellings of a searched word', () => {
  it('brings the brand in the other alphabet, the device word’s synonyms, and names transliterated', () => {
    expect(searchVariants('айфон')).toEqual(['iphone', 'ayfon']);
    expect(searchVariants('Айфона')).toContain('iphone'); // a case ending still reaches the group
    expect(searchVariants('ноут')).toEqual(expect.arrayContaining(['ноутбук', 'laptop', 'notebook']));
    expect(searchVariants('самс')).toContain('samsung'); // a typed prefix of a member
    expect(searchVariants('smirnov')).toEqual(['смирнов']);
    expect(searchVariants('Кузнецов')).toEqual(['kuznetsov']);
    expect(searchVariants('shchukin')).toEqual(['щукин']);
  });

  it('leaves short words, digits and mixed words alone, and never brings more than six', () => {
    expect(searchVariants('ай')).toEqual([]);
    expect(searchVariants('13')).toEqual([]);
    expect(searchVariants('a15s')).toEqual([]);
    expect(searchVariants('тел').length).toBeLessThanOrEqual(6);
  });
});

describe('the full-text search expression', () => {
  it('makes every word a prefix query that the user cannot turn into FTS syntax', () => {
    expect(ticketSearchMatch('iPhone 13', 'RU')).toBe(
      '{title body device serial client phone} : ("iPhone"* OR "айфон"* OR "ипхоне"*) AND (number : "sc13" OR {title body device serial client phone} : "13"*)',
    );
    const T = '{title body device serial client phone}';
    expect(ticketSearchMatch('a" OR "b', 'RU')).toBe(`${T} : "a""" AND ${T} : "OR"* AND ${T} : """b"`);
    expect(ticketSearchMatch('NEAR( *', 'RU')).toBe('{title body device serial client phone} : "NEAR("*');
    expect(ticketSearchMatch('— ... ', 'RU')).toBeNull();
    expect(ticketSearchMatch('   ', 'RU')).toBeNull();
  });

  it('folds ё into е and finds ticket numbers with or without the prefix', () => {
    expect(ticketSearchMatch('Ёлка', 'RU')).toBe('{title body device serial client phone} : ("Елка"* OR "elka"*)');
    expect(ticketSearchMatch('SC-000042', 'RU')).toContain('number : "sc42"');
    expect(ticketSearchMatch('42', 'RU')).toContain('number : "sc42"');
  });

  it('reads digits with spaces or dashes as a phone number written any way', () => {
    const match = ticketSearchMatch('8 (912) 345-67-89', 'RU')!;
    expect(match).toContain('phone : "79123456789"*');
    expect(match).toContain('phone : "89123456789"*');
    expect(ticketSearchMatch('912 345', 'RU')).toContain('phone : "912345"*');
  });
});

describe('CSV cells', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+7 912')).toBe("'+7 912");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 'b,c', 1], ',')).toBe('a,"b,c",1\r\n');
  });
});
