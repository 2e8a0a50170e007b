import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layers of docs/decisions/0002-layers.md, checked on the code as it is. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYERS = ['app', 'components', 'db', 'emails', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** A module specifier as a file of this project, or null for a package. */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of LAYERS.flatMap((layer) => sourceFiles(path.join(ROOT, layer)))) {
    const text = readFileSync(file, 'utf8');
    // Type-only imports vanish at run time and cannot make a cycle of modules.
    const targets = [...text.matchAll(IMPORT)]
      .filter((m) => !/^\s*(import|export)\s+type\s/.test(m[0].trimStart()))
      .map((m) => resolve(file, m[1] ?? m[2]))
      .filter((t): t is string => t !== null);
    graph.set(file, targets);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle.map((f) => path.relative(ROOT, f));
  }
  return null;
}

describe('the layers', () => {
  const graph = importGraph();

  it('have no import cycle', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('keep rules, permissions, notifications and commands out of db/', () => {
    const forbidden = /^lib\/(notifications\/|permissions\.ts$|.*\/permissions\.ts$|tickets\/lifecycle\.ts$|.*\/commands\.ts$|auth\/session\.ts$|action\.ts$)/;
    const offenders = [...graph.entries()]
      .filter(([file]) => path.relative(ROOT, file).startsWith('db/'))
      .flatMap(([file, targets]) => targets.filter((t) => forbidden.test(path.relative(ROOT, t))).map((t) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, t)}`));
    expect(offenders).toEqual([]);
  });

  it('mark the connection, the queries and the session as server-only', () => {
    const serverOnly = ['db/index.ts', 'lib/auth/session.ts', ...readdirSync(path.join(ROOT, 'db/queries')).map((f) => `db/queries/${f}`)];
    const unmarked = serverOnly.filter((f) => !/^import 'server-only';/m.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(unmarked).toEqual([]);
  });
});

describe('lint keeps the layers', () => {
  // The samples are files that do not exist: linted without the type-aware rules, which need a file of the project.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
  const restricted = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath: path.join(ROOT, filePath) }))[0].messages.filter((m) => m.ruleId === 'no-restricted-imports');

  it.each([
    ['a component reading the database', "import { db } from '@/db';\nexport const x = db;\n", 'components/ui/wrong.tsx'],
    ['a component importing a page module', "import { x } from '@/app/status/actions';\nexport const y = x;\n", 'components/ui/wrong.tsx'],
    ['a query calling the notifications', "import { enqueueAssigned } from '@/lib/notifications/enqueue';\nexport const x = enqueueAssigned;\n", 'db/queries/wrong.ts'],
    ['a query checking permissions', "import { canWorkOnTicket } from '@/lib/permissions';\nexport const x = canWorkOnTicket;\n", 'db/queries/wrong.ts'],
    ['an e-mail reading the database', "import { db } from '@/db';\nexport const x = db;\n", 'emails/wrong.tsx'],
  ])('fails on %s', async (_case, code, file) => {
    expect(await restricted(code, file)).toHaveLength(1);
  });

  it('lets a query use the pure helpers', async () => {
    expect(await restricted("import { STATUSES } from '@/lib/domain/enums';\nimport { env } from '@/lib/env';\nexport const x = [STATUSES, env];\n", 'db/queries/fine.ts')).toEqual([]);
  });
});

/** An sql`…` template (with or without its result type) whose text has a SELECT: a subquery written out. */
const SQL_WITH_SELECT = /\bsql(?:<[^>`]*>)?`([^`]*\bSELECT\b[^`]*)`/gi;
/** `${table.column}` inside it. */
const INTERPOLATED_COLUMN = /\$\{\s*[A-Za-z_]+\.[A-Za-z_]+\s*\}/;

describe('subqueries written in SQL', () => {
  // In a select without joins drizzle renders an interpolated column as a bare "name"; inside a
  // subquery SQLite and PostgreSQL bind that name to the subquery's own table. The departments'
  // counts (issue 19) and the device history's warranty were wrong that way.
  it('name their columns through written-out tables or aliases, never ${table.column}', () => {
    const offenders = ['db', 'lib'].flatMap((layer) =>
      sourceFiles(path.join(ROOT, layer)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(SQL_WITH_SELECT)]
          .filter((m) => INTERPOLATED_COLUMN.test(m[1]))
          .map((m) => `${path.relative(ROOT, file)}: ${m[1].replace(/\s+/g, ' ').slice(0, 120)}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('recognizes the pattern it forbids', () => {
    const bad = 'sql<number | null>`(SELECT max(${ticketLines.warrantyDays}) FROM ${ticketLines} WHERE ${ticketLines.ticketId} = ${tickets.id})`';
    const good = 'sql<number | null>`(SELECT max(l.warranty_days) FROM ticket_lines l WHERE l.ticket_id = tickets.id)`';
    expect([...bad.matchAll(SQL_WITH_SELECT)].some((m) => INTERPOLATED_COLUMN.test(m[1]))).toBe(true);
    expect([...good.matchAll(SQL_WITH_SELECT)].some((m) => INTERPOLATED_COLUMN.test(m[1]))).toBe(false);
  });
});
