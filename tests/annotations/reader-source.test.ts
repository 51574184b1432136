/** The reader source's schema: what may be saved or imported, and the reason in the reader's words when not. */
import { describe, expect, it } from 'vitest';
import {
  isReaderSourceId,
  newReaderSourceId,
  parseReaderSource,
  parseReaderSourceDraft,
} from '../../lib/annotations/reader-source';
import { claim, draft, saved } from '../support/reader-sources';

describe('reader source schema', () => {
  it('accepts a draft and a stored source as they are', () => {
    expect(parseReaderSourceDraft(draft())).toEqual({ ok: true, draft: draft() });
    expect(parseReaderSource(saved())).toEqual({ ok: true, source: saved() });
  });

  it('refuses a draft with no claim kept, with the reason', () => {
    const result = parseReaderSourceDraft(draft({ claims: [] }));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('keeps no claim') });
  });

  it('refuses an address that is not a web page', () => {
    const result = parseReaderSourceDraft(draft({ url: 'javascript:alert(1)' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/not a web page/);
  });

  it('refuses a value of an unknown kind and a malformed day', () => {
    expect(parseReaderSourceDraft(draft({ claims: [claim({ value: { type: 'colour' } as never })] })).ok).toBe(false);
    expect(parseReaderSourceDraft(draft({ published: '26 Feb 2021' })).ok).toBe(false);
  });

  it('refuses a stored source whose id is not a reader source’s (a bundled id)', () => {
    expect(parseReaderSource(saved({ id: '004' as never })).ok).toBe(false);
  });

  it('makes ids that are reader ids and differ', () => {
    const a = newReaderSourceId();
    const b = newReaderSourceId();
    expect(isReaderSourceId(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(isReaderSourceId('004')).toBe(false);
  });
});
