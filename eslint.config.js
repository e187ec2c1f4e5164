import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layer rules of docs/architecture.md, enforced here rather than remembered. Each layer names
// the packages it may use (an allow-list: a new dependency in a layer is a decision, made here);
// its own tsconfig.json keeps the other runtime's globals (DOM, Node) out as well.
function onlyThesePackages(layer, packages, reason) {
  const allowed = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    // Relative paths and the #shared/ alias are checked by the rules below and by tsc.
    regex: `^(?![.]|#shared/)(?!(${allowed})$)`,
    message: `${layer} bruker bare pakkene som er listet i eslint.config.js (${reason}).`,
  };
}

const sharedPackages = [
  'zod',
  'docx',
  'docx/layout',
  'nanoid',
  'write-excel-file/universal',
  'jsondiffpatch',
  'yjs',
  // The board's sync protocol (board-connection.ts), spoken by the phone page and the window.
  'y-protocols/sync',
  'y-protocols/awareness',
  'lib0/encoding',
  'lib0/decoding',
];
const rendererPackages = [
  'react',
  'react-dom',
  'react-dom/client',
  'mermaid',
  'zod',
  'prosemirror-commands',
  'prosemirror-inputrules',
  'prosemirror-keymap',
  'prosemirror-model',
  'prosemirror-schema-list',
  'prosemirror-state',
  'prosemirror-transform',
  'prosemirror-tables',
  'prosemirror-view',
  'prosemirror-view/style/prosemirror.css',
  // The live workshop board: the shared document, its QR code, and the phone's offline copy.
  'yjs',
  'qrcode',
  'y-indexeddb',
];
const electronPackages = [
  'electron',
  'exceljs',
  'lowdb',
  'lowdb/node',
  'zod',
  'playwright-core',
  'node:crypto',
  'node:fs',
  'node:fs/promises',
  'node:http',
  'node:os',
  'node:path',
  'node:url',
  'node:util',
  'node:zlib',
  'ws',
  'yjs',
  'y-protocols/sync',
  'y-protocols/awareness',
  'lib0/encoding',
  'lib0/decoding',
  'node:child_process',
  'node:events',
  'node:stream',
  'node:module',
];

// shared/export sees Node's globals through docx's type declarations, so tsc cannot catch them
// there; this can.
const runtimeGlobals = (names, message) => names.map((name) => ({ name, message }));
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'];

const sharedIsPure = {
  patterns: [
    onlyThesePackages(
      'shared/',
      sharedPackages,
      'ren TypeScript: ingen React, Electron eller Node',
    ),
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
    onlyThesePackages(
      'Vinduet',
      rendererPackages,
      'ingen Electron, Node eller lowdb: vinduet snakker med hovedprosessen bare gjennom PlanApi',
    ),
    { group: ['**/electron/**'], message: 'Vinduet importerer ikke hovedprosessens kode.' },
  ],
};

const electronHasNoWindow = {
  patterns: [
    onlyThesePackages('Hovedprosessen', electronPackages, 'Node, Electron og lagring'),
    {
      group: ['**/renderer/**'],
      message: 'Hovedprosessen importerer ikke vinduets kode; det felles ligger i shared/.',
    },
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
    rules: {
      'no-restricted-imports': ['error', sharedIsPure],
      'no-restricted-globals': [
        'error',
        ...runtimeGlobals(
          [...nodeGlobals, ...domGlobals],
          'shared/ kjører både i vinduet og i Node: bruk bare det begge har.',
        ),
      ],
    },
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
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', electronHasNoWindow] },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
