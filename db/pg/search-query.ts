/**
 * The ticket search on PostgreSQL. `ticketSearchMatch` (lib/tickets/search-match.ts) turns what a
 * user typed into an FTS5 expression; this reads that expression and writes the same query as a
 * tsquery over the ticket_search document (db/migrations-pg/0001): a column filter becomes
 * weights (number A; title, problem, device and serial B; client C; phone D), a "word"* a prefix,
 * AND and OR themselves. Only the expressions `ticketSearchMatch` writes need reading: quoted
 * words, column filters ({a b} : … or a : …), parentheses, AND, OR.
 */

const WEIGHTS: Record<string, string> = { number: 'A', title: 'B', body: 'B', device: 'B', serial: 'B', client: 'C', phone: 'D' };

type Token = { kind: '(' | ')' | ':' | 'AND' | 'OR' } | { kind: 'columns'; names: string[] } | { kind: 'word'; text: string; prefix: boolean };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (c === ' ') i++;
    else if (c === '(' || c === ')' || c === ':') {
      tokens.push({ kind: c });
      i++;
    } else if (c === '{') {
      const end = expression.indexOf('}', i);
      if (end < 0) throw new Error('search: unclosed column list');
      tokens.push({ kind: 'columns', names: expression.slice(i + 1, end).split(/\s+/).filter(Boolean) });
      i = end + 1;
    } else if (c === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= expression.length) throw new Error('search: unclosed quote');
        if (expression[i] === '"') {
          if (expression[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += expression[i++];
      }
      const prefix = expression[i] === '*';
      if (prefix) i++;
      tokens.push({ kind: 'word', text, prefix });
    } else {
      const match = /^[A-Za-z]+/.exec(expression.slice(i));
      if (!match) throw new Error(`search: unexpected "${c}"`);
      const word = match[0];
      if (word === 'AND' || word === 'OR') tokens.push({ kind: word });
      else tokens.push({ kind: 'columns', names: [word] });
      i += word.length;
    }
  }
  return tokens;
}

/** A lexeme as tsquery syntax: quoted, so nothing a user typed is an operator. */
function lexeme(text: string, prefix: boolean, weights: string): string {
  const quoted = `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  return `${quoted}:${prefix ? '*' : ''}${weights}`;
}

function weightsOf(columns: string[] | null): string {
  if (!columns) return '';
  const letters = new Set(columns.map((name) => WEIGHTS[name] ?? ''));
  return ['A', 'B', 'C', 'D'].filter((w) => letters.has(w)).join('');
}

/** The tsquery (for `to_tsquery('simple', …)`) that finds what the FTS5 expression finds. */
export function searchTsquery(expression: string): string {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];

  function orExpression(columns: string[] | null): string {
    const parts = [andExpression(columns)];
    while (peek()?.kind === 'OR') {
      take();
      parts.push(andExpression(columns));
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`;
  }
  function andExpression(columns: string[] | null): string {
    const parts = [primary(columns)];
    while (peek()?.kind === 'AND') {
      take();
      parts.push(primary(columns));
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`;
  }
  function primary(columns: string[] | null): string {
    const token = take();
    if (!token) throw new Error('search: unexpected end');
    if (token.kind === '(') {
      const inner = orExpression(columns);
      if (take()?.kind !== ')') throw new Error('search: unclosed parenthesis');
      return inner;
    }
    if (token.kind === 'columns') {
      if (take()?.kind !== ':') throw new Error('search: a column list without ":"');
      return primary(token.names);
    }
    if (token.kind === 'word') return lexeme(token.text, token.prefix, weightsOf(columns));
    throw new Error(`search: unexpected ${token.kind}`);
  }

  const query = orExpression(null);
  if (at !== tokens.length) throw new Error('search: trailing input');
  return query;
}
