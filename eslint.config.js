// ESLint: typescript-eslint's recommended rules (syntax only, no type information, so the whole tree takes seconds)
// over src/, commands/, test/ and bench/. Which folder may import what is dependency-cruiser's job
// (.dependency-cruiser.cjs); layout is prettier's (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The convention tsc's noUnusedParameters already accepts: a leading underscore marks a name kept on purpose
      // (a positional parameter an interface requires, a property taken out of a rest copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // A `let` a closure reads before its one assignment (a server's handler naming the server made after it) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // These patterns exist to find and strip control and invisible characters from feed text.
    files: ['src/parse/html-to-text.ts', 'src/parse/xml-repair.ts'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
  {
    // Test doubles speak the platforms' raw JSON and reach into library internals, where `any` says so plainly.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
