import { describe, expect, it } from 'vitest';
import { FIRED_BY_US, STRUCK_BY_US } from '../../lib/engine/fired-by-us';

describe('what the United States fired', () => {
  it.each([
    'Early on Friday the United States fired half a dozen missiles',
    'the U.S. military fired',
    "the u.s military's f-15e jets launched",
    'American warplanes dropped seven bombs',
    'One killed, four wounded as US attacks',
    'the US military attacked',
    'a U.S. official said a single F-15 jet fired',
    'two F-16s dropped',
    'two Air Force F-15E jets had fired seven',
    'the Pentagon says the United States has carried out attacks',
  ])('the strike’s side fired: %s', (text) => {
    expect(FIRED_BY_US.test(text)).toBe(true);
  });

  it.each([
    'militants fired three rockets at US forces',
    'US officials said militants fired three rockets',
    'the Pentagon said militias launched drones',
    'the US blamed militias who fired',
    'the US base that militias fired',
    'US troops after militants fired',
    'US forces shot down two drones',
    'US forces came under attack',
    'US bases were attacked',
    'US bases had been attacked',
    'US forces have been attacked',
    'US bases have come under attack',
    'US troops in Syria were attacked',
    'The US attacked as militants fired rockets',
    'Israeli F-16s fired',
  ])('someone else fired, or nothing was: %s', (text) => {
    expect(FIRED_BY_US.test(text)).toBe(false);
  });

  it.each([
    ['washington has now struck the region', true],
    ['the united states has hit iranian-backed groups', true],
    ['us forces attacked', false],
    ['us forces have been attacked', false],
    ['the us has struck back twice since militias attacked bases', false],
  ])('the strike’s side struck, at the end of "%s": %s', (text, expected) => {
    expect(STRUCK_BY_US.test(text)).toBe(expected);
  });
});
