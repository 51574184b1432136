/**
 * Claim values as a maintainer writes them in source.json, and their translation to and from the values
 * the engine compares (lib/reference/values.ts). Readable means: one key naming the kind, weekdays by
 * name, times as "18:00", and nothing written that is unknown ({"date": {"weekday": "Thursday"}}).
 */
import * as v from 'valibot';
import type { ClaimValue } from '../../lib/reference/types';
import type { CountQualifier, DateValue, DayPart, Zone } from '../../lib/reference/values';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const PARTS = ['morning', 'afternoon', 'evening', 'night', 'late', 'early'] as const;
const ZONES = ['ET', 'UTC', 'local'] as const;
const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to'] as const;

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const DaySchema = v.strictObject({
  year: v.optional(int(1900, 2100)),
  month: v.optional(int(1, 12)),
  day: v.optional(int(1, 31)),
  weekday: v.optional(v.picklist(WEEKDAYS, 'must be a weekday such as Thursday')),
  part: v.optional(v.picklist(PARTS, `must be one of ${PARTS.join(', ')}`)),
  zone: v.optional(v.picklist(ZONES, 'must be ET, UTC or local')),
});

export const ReadableValueSchema = v.union(
  [
    v.strictObject({
      count: v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.literal('several')]),
      qualifier: v.optional(v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`)),
    }),
    v.strictObject({ date: DaySchema }),
    v.strictObject({
      time: v.strictObject({
        at: v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 18:00')),
        approximate: v.optional(v.boolean()),
        zone: v.optional(v.picklist(ZONES, 'must be ET, UTC or local')),
        day: v.optional(DaySchema),
      }),
    }),
    v.strictObject({ relative: v.strictObject({ days: v.pipe(v.number(), v.integer()) }) }),
    v.strictObject({ aircraft: v.strictObject({ family: v.string(), variant: v.optional(v.string()) }) }),
    v.strictObject({ calibre: v.strictObject({ mm: v.pipe(v.number(), v.minValue(0)) }) }),
    v.strictObject({ weight: v.strictObject({ pounds: v.pipe(v.number(), v.minValue(0)) }) }),
    v.strictObject({ entity: v.string() }),
  ],
  'must be one of {"count": …}, {"date": …}, {"time": …}, {"relative": …}, {"aircraft": …}, {"calibre": …}, {"weight": …}, {"entity": …} (see reference/README.md)',
);

export type ReadableValue = v.InferOutput<typeof ReadableValueSchema>;
type ReadableDay = v.InferOutput<typeof DaySchema>;

function toDate(day: ReadableDay | undefined): DateValue {
  return {
    type: 'date',
    year: day?.year ?? null,
    month: day?.month ?? null,
    day: day?.day ?? null,
    weekday: day?.weekday === undefined ? null : WEEKDAYS.indexOf(day.weekday),
    part: (day?.part ?? null) as DayPart | null,
    zone: (day?.zone ?? null) as Zone,
  };
}

/** The engine's value for a readable one. */
export function fromReadable(value: ReadableValue): ClaimValue {
  if ('count' in value) {
    if (value.count === 'several') return { type: 'count', n: null, qualifier: 'several' };
    return { type: 'count', n: value.count, qualifier: (value.qualifier ?? 'exact') as CountQualifier };
  }
  if ('date' in value) return toDate(value.date);
  if ('time' in value) {
    const [hour, minute] = value.time.at.split(':').map(Number) as [number, number];
    const date = value.time.day === undefined ? null : toDate(value.time.day);
    return { type: 'time', hour, minute, approximate: value.time.approximate ?? false, zone: value.time.zone ?? null, date };
  }
  if ('relative' in value) return { type: 'relative-date', days: value.relative.days };
  if ('aircraft' in value) return { type: 'aircraft', family: value.aircraft.family, variant: value.aircraft.variant ?? null };
  if ('calibre' in value) return { type: 'calibre', mm: value.calibre.mm };
  if ('weight' in value) return { type: 'weight', pounds: value.weight.pounds };
  return { type: 'entity', id: value.entity };
}

function fromDate(date: DateValue): ReadableDay {
  const day: ReadableDay = {};
  if (date.year !== null) day.year = date.year;
  if (date.month !== null) day.month = date.month;
  if (date.day !== null) day.day = date.day;
  if (date.weekday !== null) day.weekday = WEEKDAYS[date.weekday];
  if (date.part !== null) day.part = date.part;
  if (date.zone !== null) day.zone = date.zone;
  return day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The readable form of an engine value: what reference:add writes into a draft. */
export function toReadable(value: ClaimValue): ReadableValue {
  switch (value.type) {
    case 'count':
      if (value.n === null || value.qualifier === 'several') return { count: 'several' };
      return value.qualifier === 'exact' ? { count: value.n } : { count: value.n, qualifier: value.qualifier };
    case 'date':
      return { date: fromDate(value) };
    case 'time': {
      const time: { at: string; approximate?: boolean; zone?: Zone & string; day?: ReadableDay } = { at: `${pad(value.hour)}:${pad(value.minute)}` };
      if (value.approximate) time.approximate = true;
      if (value.zone !== null) time.zone = value.zone;
      if (value.date !== null) time.day = fromDate(value.date);
      return { time } as ReadableValue;
    }
    case 'relative-date':
      return { relative: { days: value.days } };
    case 'aircraft':
      return { aircraft: value.variant === null ? { family: value.family } : { family: value.family, variant: value.variant } };
    case 'calibre':
      return { calibre: { mm: value.mm } };
    case 'weight':
      return { weight: { pounds: value.pounds } };
    case 'entity':
      return { entity: value.id };
  }
}
