/**
 * The people, groups, places and organisations the reference knows, with every spelling seen in
 * the sources and in wider reporting. Countries are left out on purpose: highlighting every
 * "Syria" would drown the names that matter.
 */
import type { Entity, FactKey } from './types';

export const entities: Entity[] = [
  // People
  {
    id: 'joe-biden',
    kind: 'person',
    name: 'Joe Biden',
    aliases: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden'],
  },
  {
    id: 'john-kirby',
    kind: 'person',
    name: 'John Kirby',
    aliases: ['John Kirby', 'Jon Kirby', 'John F. Kirby', 'Kirby'],
  },
  {
    id: 'lloyd-austin',
    kind: 'person',
    name: 'Lloyd Austin',
    aliases: ['Lloyd Austin', 'Lloyd J. Austin', 'Lloyd J. Austin III', 'Lloyd Austin III'],
    shortAliases: ['Austin'],
  },
  { id: 'jen-psaki', kind: 'person', name: 'Jen Psaki', aliases: ['Jen Psaki', 'Jennifer Psaki', 'Psaki'] },
  {
    id: 'donald-trump',
    kind: 'person',
    name: 'Donald Trump',
    aliases: ['Donald Trump', 'Donald J. Trump', 'Trump'],
  },
  { id: 'barack-obama', kind: 'person', name: 'Barack Obama', aliases: ['Barack Obama', 'Obama'] },
  {
    id: 'qasem-soleimani',
    kind: 'person',
    name: 'Qasem Soleimani',
    aliases: ['Qasem Soleimani', 'Qassem Soleimani', 'Qasim Soleimani', 'Qassim Suleimani', 'Qasem Suleimani', 'Soleimani', 'Suleimani'],
  },
  // Groups
  {
    id: 'kataib-hezbollah',
    kind: 'group',
    name: 'Kataib Hezbollah',
    aliases: [
      'Kataib Hezbollah',
      "Kata'ib Hezbollah",
      "Kait'ib Hezbollah",
      "Kat'ib Hezbollah",
      'Kataeb Hezbollah',
      'Kataib Hizbollah',
      "Kata'ib Hizbollah",
      'Kataib Hizballah',
      "Kata'ib Hizballah",
      'Kataeb Hizbollah',
      'Kata’ib Hezbollah',
      'Hezbollah Brigades',
      'Hizbollah Brigades',
    ],
  },
  {
    id: 'kataib-sayyid-al-shuhada',
    kind: 'group',
    name: 'Kataib Sayyid al-Shuhada',
    aliases: [
      'Kataib Sayyid al-Shuhada',
      "Kata'ib Sayyid al-Shuhada",
      "Kait'ib Sayyid al Shuhada",
      "Kat'ib Sayyid Lal'shuhada",
      "Kat'ib Sayyid al-Shuhada",
      'Kataeb Sayyid al-Shuhada',
      'Kataib Sayyid al-Shuhadaa',
      'Kataib Sayed al-Shuhada',
      'Kata’ib Sayyid al-Shuhada',
      'Sayyid al-Shuhada Brigades',
    ],
  },
  {
    id: 'popular-mobilization-forces',
    kind: 'group',
    name: 'Popular Mobilization Forces',
    aliases: [
      'Popular Mobilization Forces',
      'Popular Mobilisation Forces',
      'Popular Mobilization Units',
      'Popular Mobilisation Units',
      'Hashed al-Shaabi',
      'Hashd al-Shaabi',
      'Hashd al-Shabi',
      'al-Hashd al-Shaabi',
    ],
  },
  {
    id: 'irgc',
    kind: 'group',
    name: 'Islamic Revolutionary Guard Corps',
    aliases: [
      'Islamic Revolutionary Guard Corps',
      'Islamic Revolutionary Guards Corps',
      'Revolutionary Guard Corps',
      'Revolutionary Guards Corps',
      'Revolutionary Guards',
      'Revolutionary Guard',
      'IRGC',
      'Quds Force',
    ],
  },
  { id: 'hamas', kind: 'group', name: 'Hamas', aliases: ['Hamas'] },
  // Places
  {
    id: 'al-bukamal',
    kind: 'place',
    name: 'Al Bukamal',
    aliases: ['Al Bukamal', 'Al-Bukamal', 'Albukamal', 'Bukamal', 'Boukamal', 'Abu Kamal', 'Abu-Kamal', 'Albu Kamal', 'Al-Boukamal', 'Abukamal'],
  },
  { id: 'erbil', kind: 'place', name: 'Erbil', aliases: ['Erbil', 'Irbil', 'Arbil', 'Hawler'] },
  { id: 'baghdad', kind: 'place', name: 'Baghdad', aliases: ['Baghdad'] },
  { id: 'green-zone', kind: 'place', name: 'Green Zone', aliases: ['Green Zone', 'International Zone'] },
  // Organisations
  {
    id: 'pentagon',
    kind: 'organisation',
    name: 'Pentagon',
    aliases: ['Pentagon', 'Department of Defense', 'Department of Defence', 'Defense Department', 'Defence Department'],
  },
  {
    id: 'sohr',
    kind: 'organisation',
    name: 'Syrian Observatory for Human Rights',
    aliases: ['Syrian Observatory for Human Rights', 'Syrian Observatory', 'SOHR'],
  },
  { id: 'white-house', kind: 'organisation', name: 'White House', aliases: ['White House'] },
];

export const entityById: ReadonlyMap<string, Entity> = new Map(entities.map((e) => [e.id, e]));

/** The fact a name stands for: that this entity figures in the story ("name.john-kirby"). */
export function nameFact(entity: string): FactKey {
  return `name.${entity}`;
}
