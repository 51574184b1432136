import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { data } from '../../lib/reference/generated';
import { readReferenceFolder, REFERENCE_DIR } from '../../scripts/reference/read';
import { fromReadable, ReadableValueSchema, toReadable } from '../../scripts/reference/values';

describe('claim values as written in source.json', () => {
  it('translate both ways without loss, for every claim the reference holds', () => {
    for (const claim of data.claims) expect(fromReadable(toReadable(claim.value)), `${claim.source} ${claim.fact}`).toEqual(claim.value);
  });

  it('are written without unknowns: only what the text says', () => {
    for (const { id } of readReferenceFolder().sources) {
      const json = readFileSync(join(REFERENCE_DIR, 'sources', id, 'source.json'), 'utf8');
      expect(json, id).not.toMatch(/"type":|: null,\s*"(?:year|month|day|weekday|part|zone)"/);
    }
  });

  it('read weekdays by name, times on a 24-hour clock, counts with their qualifier', () => {
    expect(fromReadable({ date: { weekday: 'Thursday', part: 'late' } })).toEqual({ type: 'date', year: null, month: null, day: null, weekday: 4, part: 'late', zone: null });
    expect(fromReadable({ time: { at: '18:30', approximate: true, zone: 'ET' } })).toEqual({ type: 'time', hour: 18, minute: 30, approximate: true, zone: 'ET', date: null });
    expect(fromReadable({ count: 19, qualifier: 'at-least' })).toEqual({ type: 'count', n: 19, qualifier: 'at-least' });
    expect(fromReadable({ count: 'several' })).toEqual({ type: 'count', n: null, qualifier: 'several' });
  });

  it('refuse a value of no known kind, or a misspelt weekday', () => {
    expect(v.safeParse(ReadableValueSchema, { tally: 3 }).success).toBe(false);
    expect(v.safeParse(ReadableValueSchema, { date: { weekday: 'Thursdy' } }).success).toBe(false);
    expect(v.safeParse(ReadableValueSchema, { time: { at: '6 PM' } }).success).toBe(false);
  });
});
