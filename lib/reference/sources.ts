/**
 * The five source articles. Only two name their outlet (HNGN in its copyright line, JNS in its
 * dateline); the others get a neutral label a reader can tell apart.
 */
import source000 from './corpus/source-000';
import source001 from './corpus/source-001';
import source002 from './corpus/source-002';
import source003 from './corpus/source-003';
import source004 from './corpus/source-004';
import { STRIKE_2021, STRIKE_2023 } from './events';
import type { Source, SourceId } from './types';

export const sources: Source[] = [
  { id: '000', outlet: null, label: 'Unnamed outlet A', event: STRIKE_2021, text: source000 },
  { id: '001', outlet: null, label: 'Unnamed outlet B', event: STRIKE_2021, text: source001 },
  { id: '002', outlet: 'HNGN', label: 'HNGN', event: STRIKE_2021, text: source002 },
  // About a different strike: never compared with the other four.
  { id: '003', outlet: null, label: 'Unnamed outlet C', event: STRIKE_2023, text: source003 },
  { id: '004', outlet: 'JNS', label: 'JNS', event: STRIKE_2021, text: source004 },
];

export const sourceById: ReadonlyMap<SourceId, Source> = new Map(sources.map((s) => [s.id, s]));
