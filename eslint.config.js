// ESLint for `npm run lint` (part of `npm test`): typescript-eslint's recommended rules plus a few
// type-aware ones that catch real bugs (a promise nobody awaits); formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['src/generated/**', 'dist/**', 'node_modules/**', 'data/**', 'templates/**', 'docs/**', 'test/fixtures/**', 'coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `typeof import('x')` stays allowed: it types a module that is loaded lazily with import().
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      'no-console': 'error',
    },
  },
  {
    // Outside tsconfig.json (plain JavaScript; scripts/ run by tsx): no type information for them.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', 'scripts/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Entry points and command-line tools print to the terminal on purpose; so do tests, benches and scripts.
    files: ['src/main.ts', 'src/startup.ts', 'src/**/*cli.ts', 'src/**/*-command.ts', 'src/channels/console/**', 'test/**', 'bench/**', 'scripts/**', '*.ts'],
    rules: { 'no-console': 'off' },
  },
);
