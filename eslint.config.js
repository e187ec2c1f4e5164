import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
  'stream',
  'events',
  'module',
];

// The layer rules of DEVELOPERS.md, enforced here rather than remembered.
const sharedIsPure = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'shared/ er ren TypeScript: ingen React.',
    },
    { group: ['electron', 'electron/*'], message: 'shared/ kan ikke bruke Electron.' },
    { group: ['lowdb', 'lowdb/*'], message: 'Bare hovedprosessen lagrer filer.' },
    { group: nodeBuiltins, message: 'shared/ må kunne kjøre i nettleseren: ingen Node-moduler.' },
    { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ avhenger ikke av andre lag.' },
  ],
};
// A keystroke must not depend on the machine's speed: focus that moves on a later frame or timer
// lets keys typed meanwhile land in the old field.
const lateFocusMessage =
  'Flytt fokus i samme hendelse (changeThenFocus/keepingFocus i components/focus.ts), ikke i ' +
  'requestAnimationFrame eller setTimeout: taster som kommer før, havner i feil felt.';
const lateFocus = ['requestAnimationFrame', 'setTimeout', 'setInterval', 'queueMicrotask'].flatMap(
  (timer) => [
    {
      selector: `CallExpression[callee.name='${timer}'] CallExpression[callee.property.name='focus']`,
      message: lateFocusMessage,
    },
    {
      selector: `CallExpression[callee.property.name='${timer}'] CallExpression[callee.property.name='focus']`,
      message: lateFocusMessage,
    },
  ],
);

const rendererHasNoNode = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'Vinduet snakker med hovedprosessen bare gjennom PlanApi.',
    },
    { group: ['lowdb', 'lowdb/*'], message: 'Bare hovedprosessen lagrer filer.' },
    { group: nodeBuiltins, message: 'Vinduet har ingen tilgang til Node.' },
    { group: ['**/electron/**'], message: 'Vinduet importerer ikke hovedprosessens kode.' },
  ],
};

// A page folder holds one page. What two pages share lives in components/ (or state/), where
// the next page finds it; borrowing from another page folder hides such a kit in a page.
// Resolved paths, not import strings, so '../b/x', '../../pages/b/x' and a page's own
// subfolders ('../x' from pages/a/sub/) are all judged by where they land.
const pagesRoot = path.join(import.meta.dirname, 'renderer', 'src', 'pages');
const pageFolderOf = (file) => {
  const rel = path.relative(pagesRoot, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
};
const noCrossPageImports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      crossPage:
        'pages/{{own}}/ importerer ikke fra pages/{{other}}/: flytt det som deles til ' +
        'renderer/src/components/ eller renderer/src/state/.',
    },
  },
  create(context) {
    const own = pageFolderOf(context.filename);
    if (!own) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const other = pageFolderOf(path.resolve(path.dirname(context.filename), spec));
      if (other && other !== own) {
        context.report({ node: node.source, messageId: 'crossPage', data: { own, other } });
      }
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedIsPure] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererHasNoNode],
      'no-restricted-syntax': ['error', ...lateFocus],
    },
  },
  {
    files: ['renderer/src/pages/**/*.{ts,tsx}'],
    plugins: { pages: { rules: { 'no-cross-page-imports': noCrossPageImports } } },
    rules: { 'pages/no-cross-page-imports': 'error' },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
