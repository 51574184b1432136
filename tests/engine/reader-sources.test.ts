/** The reader's sources in the comparison: merged into the reference, compared like a bundled source. */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { answerFor } from '../../lib/engine/answer';
import { getReference } from '../../lib/engine/reference';
import { isReaderEntry, withReaderSources } from '../../lib/engine/reader-sources';
import { createReaderReference } from '../../entrypoints/background/reader-reference';
import { claim, saved } from '../support/reader-sources';

const TEXT = `US strike in Syria kills militia fighters

The United States carried out an airstrike in eastern Syria on Thursday against facilities used by Iran-backed militias, the Pentagon said.

The Syrian Observatory for Human Rights said 22 fighters were killed. Kataib Hezbollah said one of its members died.`;

const article = extractFromPlainText(TEXT);
const killedMark = (reference = getReference()) => answerFor(article, reference).findings.marks.find((m) => m.fact === 'strike.killed');

describe('withReaderSources', () => {
  it('adds the reader’s source and its claims without changing the bundled reference', () => {
    const bundled = getReference();
    const before = { sources: bundled.sources.length, claims: bundled.claims.length };
    const merged = withReaderSources(bundled, [saved()]);
    expect(merged.sources).toHaveLength(before.sources + 1);
    expect(merged.claims).toHaveLength(before.claims + 1);
    expect(bundled.sources).toHaveLength(before.sources);
    expect(bundled.source('reader-0123456789abcdef')).toBeUndefined();
    const entry = merged.source('reader-0123456789abcdef');
    expect(isReaderEntry(entry)).toBe(true);
    expect(entry).toMatchObject({ label: 'Harbour Gazette', outlet: 'Harbour Gazette', url: saved().url });
  });

  it('leaves out a source of an unknown event and a claim on a fact its event does not have', () => {
    const bundled = getReference();
    const merged = withReaderSources(bundled, [
      saved({ event: '1999-01-01-nothing' as never }),
      saved({ id: 'reader-bbbbbbbbbbbbbbbb', claims: [claim({ fact: 'moon.landing' })] }),
    ]);
    expect(merged.sources).toHaveLength(bundled.sources.length + 1);
    expect(merged.claims).toHaveLength(bundled.claims.length);
  });

  it('compares a page with the reader’s source: its figure differs, the report says “added by you” with the URL', () => {
    const without = killedMark();
    expect(without?.others.some((o) => o.byReader)).toBe(false);
    const mark = killedMark(withReaderSources(getReference(), [saved()]));
    const report = mark?.others.find((o) => o.source === 'reader-0123456789abcdef');
    expect(report).toMatchObject({ label: 'Harbour Gazette', value: '31', relation: 'different', byReader: true, url: saved().url });
    expect(mark?.status).toBe('differs');
  });

  it('agrees when the reader’s source reports the same figure', () => {
    const same = saved({ claims: [claim({ value: { type: 'count', n: 22, qualifier: 'exact' }, text: '22' })] });
    const report = killedMark(withReaderSources(getReference(), [same]))?.others.find((o) => o.byReader);
    expect(report?.relation).toBe('same');
  });
});

describe('the background’s merged reference', () => {
  it('is built once, again after a change, and never compares a page with itself', async () => {
    let loads = 0;
    let sources = [saved()];
    const cache = createReaderReference(async () => {
      loads += 1;
      return sources;
    });
    const first = await cache.get('https://other.example/a');
    expect(await cache.get('https://other.example/b')).toBe(first);
    expect(loads).toBe(1);
    expect(first.source('reader-0123456789abcdef')).toBeDefined();

    // The saved page itself (tracking parameters and fragment do not make it another page).
    const self = await cache.get(`${saved().url}?utm_source=x#top`);
    expect(self.source('reader-0123456789abcdef')).toBeUndefined();

    sources = [];
    cache.invalidate();
    const after = await cache.get('https://other.example/a');
    expect(loads).toBe(2);
    expect(after.source('reader-0123456789abcdef')).toBeUndefined();
  });
});
