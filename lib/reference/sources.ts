/**
 * The five source articles. Only two name their outlet (HNGN in its copyright line, JNS in its
 * dateline); the others get a neutral label a reader can tell apart. Their texts are in corpus/.
 */
import { STRIKE_2021, STRIKE_2023 } from './events';
import type { Source, SourceId } from './types';

export const sources: Source[] = [
  { id: '000', outlet: null, label: 'Unnamed outlet A', event: STRIKE_2021 },
  { id: '001', outlet: null, label: 'Unnamed outlet B', event: STRIKE_2021 },
  { id: '002', outlet: 'HNGN', label: 'HNGN', event: STRIKE_2021 },
  // About a different strike: never compared with the other four.
  { id: '003', outlet: null, label: 'Unnamed outlet C', event: STRIKE_2023 },
  { id: '004', outlet: 'JNS', label: 'JNS', event: STRIKE_2021 },
];

export const sourceById: ReadonlyMap<SourceId, Source> = new Map(sources.map((s) => [s.id, s]));
