/**
 * The five source articles, verbatim. Used to build the reference (scripts/build-reference.ts) and by
 * the tests; the extension does not ship them: it ships what was derived from them (generated.ts).
 */
import source000 from './source-000';
import source001 from './source-001';
import source002 from './source-002';
import source003 from './source-003';
import source004 from './source-004';
import type { SourceId } from '../types';

export const corpus: Readonly<Record<SourceId, string>> = {
  '000': source000,
  '001': source001,
  '002': source002,
  '003': source003,
  '004': source004,
};
