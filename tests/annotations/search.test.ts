import { describe, expect, it } from 'vitest';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { foldText, matchesQuery, parseQuery } from '../../lib/annotations/search';

const note: ReaderAnnotation = {
  id: '6f1c2a9e-3b1d-4c55-9a1e-0d3c5b7e9f21',
  url: 'https://news.example/world/2026/bukamal-strike',
  title: 'Strike near Bukamal: what we know',
  quote: { type: 'TextQuoteSelector', exact: 'killed at least 22 people', prefix: 'town of Bukamal ', suffix: ' on Thursday' },
  position: { type: 'TextPositionSelector', start: 120, end: 145 },
  colour: 'yellow',
  note: 'Le ministère disait 14 — l’écart est énorme.',
  tags: ['casualties', 'Syria', '#follow-up'],
  created: '2026-11-20T08:00:00.000Z',
  modified: '2026-11-21T09:30:00.000Z',
};

describe('matchesQuery', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['killed', true],
    ['KILLED PEOPLE', true],
    ['ministere', true],
    ['MINISTÈRE', true],
    ['l\'ecart', true],
    ['enorme 14', true],
    ['bukamal', true],
    ['what we know', true],
    ['news.example', true],
    ['world/2026', true],
    ['casualties', true],
    ['syr', true],
    ['#syria', true],
    ['#Syria killed', true],
    ['#follow-up', true],
    ['##follow-up', true],
    ['#casual', false],
    ['#killed', false],
    ['killed wounded', false],
    ['17', false],
    ['"at least 22"', true],
    ['"least at"', false],
    ['"at least 22', true],
  ])('%j → %s', (query, expected) => {
    expect(matchesQuery(note, query)).toBe(expected);
  });

  it('reads a lone # as a plain word', () => {
    expect(parseQuery('#')).toEqual([{ kind: 'text', value: '#' }]);
    expect(matchesQuery({ ...note, tags: [] }, '#')).toBe(false);
  });

  it('does not match across field boundaries with a phrase', () => {
    expect(matchesQuery(note, '"people le ministere"')).toBe(false);
  });
});

describe('parseQuery and foldText', () => {
  it('splits words, phrases and tags', () => {
    expect(parseQuery('  Ceasefire "Gaza Strip"  #Follow-up x ')).toEqual([
      { kind: 'text', value: 'ceasefire' },
      { kind: 'text', value: 'gaza strip' },
      { kind: 'tag', value: 'follow-up' },
      { kind: 'text', value: 'x' },
    ]);
  });

  it('folds case, accents, ligatures, typographic quotes and dashes', () => {
    expect(foldText('Ærø Straße ﬁnal “Quoted” it’s — Zürich')).toBe('ærø strasse final "quoted" it\'s - zurich');
  });
});
