import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layers (docs/decisions/0002-layers.md): a request goes one way, app → lib → db. These rules
 * make a wrong import a lint error instead of a review comment.
 */

// Pure helpers db/ may use: no session, no permissions, no lifecycle, no notifications, no commands.
const PURE_LIB_FOR_DB = [
  'domain/.+',
  'env',
  'time/.+',
  'audit-diff',
  'phone',
  'i18n/format',
  'auth/password',
  'auth/throttle-policy',
  'clients/phone-search',
  'tickets/number',
  'tickets/search-words',
  'tickets/search-match',
  'catalog/search-key',
  'estimates/totals',
  'tickets/list-vocabulary',
  'attachments/limits',
  'attachments/sniff',
];

const noAppOrComponents = [
  { group: ['@/app/*', '@/app'], message: 'Only app/ imports app/: move what is shared to components/ or lib/.' },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'db/migrations/**', 'next-env.d.ts', 'coverage/**'] },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noAppOrComponents,
            { group: ['@/db', '@/db/*'], message: 'Components never read the database: the page passes what they show.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noAppOrComponents,
            { group: ['@/components/*'], message: 'The data layer knows nothing of the UI.' },
            {
              regex: `^@/lib/(?!(${PURE_LIB_FOR_DB.join('|')})$)`,
              message: 'db/ imports only pure helpers from lib/ (enums, env, time, formats): rules, permissions, notifications and commands live above it, in lib/<domain>/commands.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['emails/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noAppOrComponents,
            { group: ['@/db', '@/db/*'], message: 'An e-mail template renders what it is given; the sender reads the data.' },
          ],
        },
      ],
    },
  },
  {
    // Queries and commands return promises (docs/decisions/0004-postgresql.md): one not awaited
    // runs after the code that depends on it, and a promise in an `if` is always true. These
    // rules need the types, so they read the TypeScript project.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
];

export default config;
