// Import rules of docs/architecture.md, checked by `npm run lint:deps` (part of `npm test`).
// Data flows one way: channels → dialogs → services → Prisma; domain/ is pure rules.
// tsPreCompilationDeps counts `import type` too, so type-only loops are caught as well.
// test/architecture.test.ts runs these rules on test/fixtures/architecture to show each one bites.

/** The module that creates the Prisma client, and Prisma's own package. */
const PRISMA_CLIENT = ['^src/db/client[.]ts$', '^node_modules/@prisma/client/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles (type-only imports included) make load order fragile and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo or a file moved without its importers.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-main',
      severity: 'error',
      comment: 'src/main.ts is the entry point: shared types such as Runnable live in src/lifecycle.ts.',
      from: {},
      to: { path: '^src/main[.]ts$' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports only src/domain and npm packages (Prisma enum types aside, see prisma-types-only).',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/generated/'] },
    },
    {
      name: 'prisma-types-only',
      severity: 'error',
      comment:
        'Above the services, Prisma appears only as `import type` (enums such as Channel and Role) or as the ' +
        "enum values of the generated enums.ts, which imports nothing: domain, dialogs, channels and jobs never load Prisma's code.",
      from: { path: '^src/(domain|dialogs|channels|jobs)/' },
      to: { path: '^src/generated/', pathNot: '^src/generated/[^/]+/enums[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-not-to-outer-layers',
      severity: 'error',
      comment: 'Services sit below dialogs, channels, jobs and HTTP: they never import them.',
      from: { path: '^src/services/' },
      to: { path: '^src/(dialogs|channels|jobs|http)/' },
    },
    {
      name: 'dialogs-not-to-channels-or-jobs',
      severity: 'error',
      comment: 'Dialogs are written once for every channel: they know no channel and no job.',
      from: { path: '^src/dialogs/' },
      to: { path: '^src/(channels|jobs)/' },
    },
    {
      name: 'channel-not-to-other-channel',
      severity: 'error',
      comment: 'A channel folder imports only itself, src/channels/shared/ and src/channels/contract.ts.',
      from: { path: '^src/channels/([^/]+)/' },
      to: { path: '^src/channels/', pathNot: ['^src/channels/$1/', '^src/channels/shared/', '^src/channels/contract[.]ts$'] },
    },
    {
      name: 'channel-contract-not-to-channel',
      severity: 'error',
      comment: 'The channel contract is what every channel implements: it names none of them.',
      from: { path: '^src/channels/contract[.]ts$' },
      to: { path: '^src/channels/[^/]+/', pathNot: '^src/channels/shared/' },
    },
    {
      name: 'jobs-not-to-channels',
      severity: 'error',
      comment: 'Jobs post through the outbox (services), never through a channel.',
      from: { path: '^src/jobs/' },
      to: { path: '^src/channels/' },
    },
    {
      name: 'channels-and-jobs-not-to-prisma',
      severity: 'error',
      comment: 'Channels and jobs never touch the Prisma client, not even its type: they go through dialogs and services.',
      from: { path: '^src/(channels|jobs)/' },
      to: { path: PRISMA_CLIENT },
    },
  ],
  options: {
    // Generated Prisma code and npm packages are leaves: what they import is not ours to check.
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    // test/fixtures/architecture breaks every rule on purpose (test/architecture.test.ts).
    exclude: { path: '^test/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    progress: { type: 'none' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
