import { describe, expect, it } from 'vitest';
import { findCasualtyPhrases } from '../../lib/engine/casualty-phrases';

const phrases = (text: string) => findCasualtyPhrases(text, () => false).map((f) => [f.text, f.value.type === 'count' ? f.value.n : null]);

describe('casualty phrases', () => {
  it('reads a count written without a number next to a casualty verb', () => {
    expect(phrases('The blast killed a civilian contractor and wounded US service members.')).toEqual([
      ['a civilian contractor', 1],
      ['US service members', null],
    ]);
    expect(phrases('The rockets killed a non-U.S. contractor.')).toEqual([['a non-U.S. contractor', 1]]);
  });

  it('reads a militia’s own dead named as its militants: "killing one of its militants"', () => {
    const [own] = findCasualtyPhrases('The raid hit a depot of the group, killing one of its militants and wounding others.', () => false);
    expect(own).toMatchObject({ text: 'one of its militants', value: { type: 'count', n: 1 } });
  });

  it('reads a militia’s own dead given as a floor: "killed at least one of its fighters"', () => {
    const [own] = findCasualtyPhrases('The group said the raid, which killed at least one of its fighters, was an aggression.', () => false);
    expect(own).toMatchObject({ text: 'at least one of its fighters', value: { type: 'count', n: 1, qualifier: 'at-least' } });
    // "left at least one of its fighters dead": the floor before a toll its verb follows.
    const [left] = findCasualtyPhrases('The group said the raid, which left at least one of its fighters dead, was an aggression.', () => false);
    expect(left).toMatchObject({ text: 'at least one of its fighters', value: { type: 'count', n: 1, qualifier: 'at-least' } });
  });

  it('reads one of the militia’s killed without a number: "killing a fighter", "killed a militiaman"', () => {
    expect(phrases('The raid hit a depot, killing a fighter and wounding several others.')).toEqual([['a fighter', 1]]);
    expect(phrases('The raid killed a militiaman, the group said.')).toEqual([['a militiaman', 1]]);
    expect(phrases('The raid killed fighters, the group said.')).toEqual([]);
  });

  it('never runs past a sentence’s stop into the next', () => {
    expect(phrases('The attack killed a civilian contractor.\n\nAmerican jets struck back.')).toEqual([['a civilian contractor', 1]]);
    expect(phrases('The attack killed a civilian contractor. American jets struck back.')).toEqual([['a civilian contractor', 1]]);
  });
});
