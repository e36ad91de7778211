// Electron's security linter (Electronegativity) over electron/: no finding may remain that is not
// justified, either by an `eng-disable` comment at the finding or by a global check excluded in
// electron/electronegativity.json with its reason.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface Issue {
  readonly id: string;
  readonly file: string;
  readonly location: { line: number };
  readonly description: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: Array<{ file: string; message: string }> }>;

// At each run the tool asks the internet for translations of its messages (its locales/i18n.js
// calls `got`). Tests make no network requests: its `got` is replaced before the tool is loaded by
// one that refuses at once, and the tool keeps its bundled English messages.
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [toolDir] });
const offlineGot = () => Promise.reject(new Error('no network in tests'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot } as unknown as NodeJS.Module;
const run = require('@doyensec/electronegativity') as Run;
const csp = require('@doyensec/csp-evaluator') as {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (policy: unknown, version: unknown) => { evaluate(): Array<{ severity: number; directive: string; value: string }> };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
};

const config = JSON.parse(readFileSync(join(root, 'electron', 'electronegativity.json'), 'utf8')) as {
  electronVersion: string;
  excludedGlobalChecks: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('electronegativity', () => {
  it('excludes only real global checks, each with a reason, for the Electron version in package.json', () => {
    // A misspelt check name makes the tool call process.exit(1): check the names before running it.
    const checks = join(dirname(require.resolve('@doyensec/electronegativity')), 'finder', 'checks', 'GlobalChecks');
    for (const [check, reason] of Object.entries(config.excludedGlobalChecks)) {
      expect(existsSync(join(checks, `${check}.js`)), check).toBe(true);
      expect(reason.length, check).toBeGreaterThan(80);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.electron?.replace(/^[~^]/, '')).toBe(config.electronVersion);
  });

  it('finds nothing unjustified in electron/', async () => {
    const result = await run({
      input: join(root, 'electron'),
      isRelative: true,
      electronVersionOverride: config.electronVersion,
      excludeFromScan: Object.keys(config.excludedGlobalChecks),
    });
    expect(result.errors).toEqual([]);
    expect(result.issues.map((issue) => `${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`)).toEqual([]);
  });

  it('inline justifications are only the known one: web preferences set through secureWebPreferences()', () => {
    const annotated = sourceFiles(join(root, 'electron')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('eng-disable'))
        .map((line) => `${file.slice(root.length + 1)}: ${line.replace(/^.*eng-disable/, '').trim()}`),
    );
    expect(annotated).toEqual(['electron/main/mainWindow.ts: CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK']);
  });

  it('the CSP the app:// responses carry has no high or medium finding of the CSP evaluator', () => {
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const { HIGH, MEDIUM, HIGH_MAYBE } = csp.severities;
    expect(
      findings.filter((finding) => finding.severity === HIGH || finding.severity === MEDIUM || finding.severity === HIGH_MAYBE),
    ).toEqual([]);
    // What remains, pinned: 'self' (app:// serves only the built app and granted files, the latter
    // as application/octet-stream with nosniff, so never as script), and 'wasm-unsafe-eval',
    // which this evaluator predates and calls an unknown keyword.
    expect(findings.map((finding) => [finding.directive, finding.value]).sort()).toEqual([
      ['script-src', "'self'"],
      ['script-src', "'wasm-unsafe-eval'"],
    ]);
  });
});
