import { describe, expect, it } from 'vitest';
import { groupBy } from '../lib/group-by';

describe('groupBy', () => {
  it('keeps the groups in first-seen order and each group in the items’ order', () => {
    const words = ['bravo', 'alpha', 'beta', 'charlie', 'apple'];
    const groups = groupBy(words, (w) => w[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('b')).toEqual(['bravo', 'beta']);
    expect(groups.get('a')).toEqual(['alpha', 'apple']);
    expect(groups.get('c')).toEqual(['charlie']);
  });

  it('groups by identity for object keys and gives an empty map for no items', () => {
    const key = { id: 1 };
    const groups = groupBy([1, 2, 3], (n) => (n < 3 ? key : { id: 1 }));
    expect(groups.get(key)).toEqual([1, 2]);
    expect(groups.size).toBe(2);
    expect(groupBy([], (n: number) => n).size).toBe(0);
  });
});
