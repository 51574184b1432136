/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on upload) on the Firefox builds,
 * offline. No errors; the only warnings allowed are UNSAFE_VAR_ASSIGNMENT on Preact's own support for
 * `dangerouslySetInnerHTML` (`el.innerHTML = props.dangerouslySetInnerHTML.__html`), bundled with every
 * Preact UI, which Crosscheck never uses (checked here in the sources too). See README, "Firefox".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../e2e/support/server';
import { run, tail } from './support/firefox';

const builds = inject('firefoxBuilds');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(sourceDir: string): Promise<LintReport> {
  const result = await run(
    join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
    // No update check: web-ext would otherwise ask the npm registry for a newer version of itself.
    { env: { NO_UPDATE_NOTIFIER: '1' }, timeoutMs: 120_000 },
  );
  const json = result.output.slice(result.output.indexOf('{'), result.output.lastIndexOf('}') + 1);
  try {
    return JSON.parse(json) as LintReport;
  } catch {
    throw new Error(`web-ext lint printed no JSON report (status ${result.status}):\n${tail(result.output)}`);
  }
}

const PREACT_INNER_HTML = /\.innerHTML=\w+\.__html\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe.skipIf(!builds)('web-ext lint', () => {
  it("Crosscheck's own code never writes HTML (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML)", () => {
    const offenders = ['entrypoints', 'components', 'lib']
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  describe.each([
    ['MV2', () => builds!.mv2],
    ['MV3', () => builds!.mv3],
  ] as const)('on the %s build', (_name, dir) => {
    it('reports 0 errors, and warnings only for Preact’s own dangerouslySetInnerHTML support', async () => {
      const report = await lint(dir());
      const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
      console.log(
        `web-ext lint ${dir()}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices` +
          [...report.errors, ...report.warnings, ...report.notices].map((m) => `\n  ${show(m)}`).join(''),
      );
      expect(report.errors.map(show)).toEqual([]);
      expect(report.summary.errors).toBe(0);

      // Each warning is an innerHTML assignment in a bundle, and that bundle's only innerHTML writes are Preact's.
      const unexpected = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !/innerHTML/.test(w.message));
      expect(unexpected.map(show)).toEqual([]);
      const byFile = new Map<string, number>();
      for (const w of report.warnings) byFile.set(w.file!, (byFile.get(w.file!) ?? 0) + 1);
      for (const [file, count] of byFile) {
        const code = readFileSync(join(dir(), file), 'utf8');
        const writes = code.match(/\.innerHTML\s*=(?!=)/g) ?? [];
        const preact = code.match(PREACT_INNER_HTML) ?? [];
        expect(code, `${file} is not a Preact bundle`).toContain('dangerouslySetInnerHTML');
        expect({ file, writes: writes.length, preact: preact.length }).toEqual({ file, writes: preact.length, preact: preact.length });
        expect(count).toBeLessThanOrEqual(preact.length);
      }
    });
  });
});
