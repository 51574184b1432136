/**
 * The people, groups, places and organisations the reference knows, with every spelling seen in the
 * sources and in wider reporting. The data is in reference/entities.json, built into generated.ts.
 */
import { data } from './generated';
import type { Entity, FactKey } from './types';

export const entities: Entity[] = data.entities;

export const entityById: ReadonlyMap<string, Entity> = new Map(entities.map((e) => [e.id, e]));

/** The fact a name stands for: that this entity figures in the story ("name.john-kirby"). */
export function nameFact(entity: string): FactKey {
  return `name.${entity}`;
}
