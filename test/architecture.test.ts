import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The import rules of .dependency-cruiser.cjs (run on the real code by `npm run lint:deps`), run here
// on a miniature src/ where each file breaks one rule on purpose: every rule must report its break,
// and the imports the rules allow (shared channel code, the contract, domain, lifecycle) must pass.

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;
const fixture = fileURLToPath(new URL('./fixtures/architecture', import.meta.url));

async function violations(overrides: { tsPreCompilationDeps?: boolean } = {}): Promise<string[]> {
  // The fixture has no tsconfig.json of its own: relative imports resolve without one.
  const { tsConfig: _tsConfig, ...options } = config.options ?? {};
  const { output } = await cruise(['src'], { ...options, ...overrides, baseDir: fixture, validate: true, ruleSet: { forbidden: config.forbidden } });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('import rules', () => {
  it('report each deliberate break in the fixture, and nothing else', async () => {
    expect(await violations()).toEqual([
      'channel-not-to-other-channel: src/channels/zalo/format.ts → src/channels/telegram/format.ts',
      'channels-and-jobs-not-to-prisma: src/jobs/snapshot.ts → src/db/client.ts',
      'dialogs-not-to-channels-or-jobs: src/dialogs/engine.ts → src/channels/telegram/format.ts',
      'domain-is-pure: src/domain/rules.ts → src/i18n/i18n.ts',
      'jobs-not-to-channels: src/jobs/scheduler.ts → src/channels/zalo/format.ts',
      // a cycle of `import type` only
      'no-circular: src/services/reports.ts → src/services/standings.ts',
      'not-to-main: src/jobs/scheduler.ts → src/main.ts',
      // while `import type` of it (contract.ts, domain/rules.ts) and values of enums.ts pass
      'prisma-types-only: src/channels/telegram/format.ts → src/generated/prisma/client.ts',
      'services-not-to-outer-layers: src/services/standings.ts → src/dialogs/port.ts',
    ]);
  });

  it('see type-only cycles only because tsPreCompilationDeps is on', async () => {
    // Compiled JavaScript drops `import type`: without the option the cycle above would go unnoticed.
    const compiled = await violations({ tsPreCompilationDeps: false });
    expect(compiled).toContain('jobs-not-to-channels: src/jobs/scheduler.ts → src/channels/zalo/format.ts');
    expect(compiled).not.toContain('no-circular: src/services/reports.ts → src/services/standings.ts');
  });
});
