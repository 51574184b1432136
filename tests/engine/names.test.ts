import { describe, expect, it } from 'vitest';
import { getReference } from '../../lib/engine/reference';

const { findNames } = getReference();
const entitiesIn = (text: string) => findNames(text).map((n) => n.entity);

describe('names', () => {
  it('finds every spelling of Kataib Hezbollah, whatever the apostrophe', () => {
    for (const spelling of ['Kataib Hezbollah', 'Kata’ib Hezbollah', "Kait'ib Hezbollah", 'Kataeb Hezbollah', 'Kataib Hizballah', 'Hezbollah Brigades', 'KATAIB HEZBOLLAH', 'Iraqi Hezbollah', 'Kaitib Hizballah', "Kaiti'b Hezbollah", 'Qatib Hizbollah']) {
      expect(entitiesIn(`Fighters of ${spelling} were hit.`), spelling).toEqual(['kataib-hezbollah']);
    }
  });

  it('treats Al Bukamal, Abu Kamal, Abu-Kamal, Albu Kamal and Boukamal as one place', () => {
    for (const spelling of ['Al Bukamal', 'Al-Bukamal', 'Abu Kamal', 'Abu-Kamal', 'Albu Kamal', 'Boukamal', 'Bukamal', 'Al-Bokamal', 'Abou Kamal', 'Abu Kemal', 'Bu Kamal', 'Al-Bu Kamal']) {
      expect(entitiesIn(`Strikes near ${spelling} on Thursday.`), spelling).toEqual(['al-bukamal']);
    }
  });

  it('reads the Popular Mobilization Forces under their Arabic name however it is spelled', () => {
    for (const spelling of ['Hashd al-Shaabi', "Hashd al-Sha'abi", 'Hashd al-Sha’abi', 'Hashd Shaabi']) {
      expect(entitiesIn(`Fighters of the ${spelling} were hit.`), spelling).toEqual(['popular-mobilization-forces']);
    }
  });

  it('reads Jon Kirby, John F. Kirby and a bare Kirby as the same person, keeping the title', () => {
    const found = findNames('Pentagon spokesman John F. Kirby said so. Later Kirby added more, as did Jon Kirby.');
    expect(found.map((n) => [n.text, n.entity])).toEqual([
      ['Pentagon', 'pentagon'],
      ['John F. Kirby', 'john-kirby'],
      ['Kirby', 'john-kirby'],
      ['Jon Kirby', 'john-kirby'],
    ]);
    expect(found[1]?.title).toBe('Pentagon spokesman');
  });

  it('takes "Austin" for Lloyd Austin only after a title or a full mention', () => {
    expect(entitiesIn('Floods hit Austin on Monday.')).toEqual([]);
    expect(entitiesIn('Defense Secretary Austin said the target was hit.')).toEqual(['lloyd-austin']);
    expect(entitiesIn('Lloyd Austin spoke. Austin said more.')).toEqual(['lloyd-austin', 'lloyd-austin']);
  });

  it('finds people introduced by a title even when the reference does not know them', () => {
    const found = findNames('Pentagon spokesman Jonathan Hoffman said. Gen. Kenneth McKenzie added that Secretary of State Mike Pompeo agreed.');
    const unknown = found.filter((n) => !n.entity).map((n) => [n.text, n.title]);
    expect(unknown).toEqual([
      ['Jonathan Hoffman', 'Pentagon spokesman'],
      ['Kenneth McKenzie', 'Gen.'],
      ['Mike Pompeo', 'Secretary of State'],
    ]);
  });

  it('keeps an Arabic article inside a titled name, and takes two words of a name in a headline', () => {
    const unknown = (text: string) => findNames(text).filter((n) => !n.entity).map((n) => n.text);
    expect(unknown('The envoy met President Bashar al-Assad and Prime Minister Haidar al Mansour.')).toEqual(['Bashar al-Assad', 'Haidar al Mansour']);
    expect(unknown('Senator Maya Ortiz Explains Why She Voted No')).toEqual(['Maya Ortiz']);
    expect(unknown('Senator Maya Ortiz explained why she voted no.')).toEqual(['Maya Ortiz']);
    // A headline's small words and verbs after a title are no name.
    expect(unknown('Ortiz Is Third Senator To Back The Dam Plan')).toEqual([]);
    expect(unknown('Mayor Says Dam Will Hold')).toEqual([]);
  });

  it('reads a service and a rank after a title as part of the title, not as a name', () => {
    const found = findNames('Pentagon Press Secretary Air Force Brig. Gen. Dale Marsh told reporters.');
    expect(found.filter((n) => !n.entity).map((n) => [n.text, n.title])).toEqual([['Dale Marsh', 'Air Force Brig. Gen.']]);
    // A spokesman the reference knows keeps the title too.
    const known = findNames('Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder told reporters.');
    expect(known.filter((n) => n.entity === 'pat-ryder').map((n) => [n.text, n.title])).toEqual([['Pat Ryder', 'Air Force Brig. Gen.']]);
  });

  it('reads no name in a body or a firm named after a title: "the UN General Assembly", "General Dynamics"', () => {
    expect(findNames('The minister told the UN General Assembly that General Dynamics builds the jets.').filter((n) => !n.entity)).toEqual([]);
    expect(findNames('General Erik Kurilla visited the base.').map((n) => n.text)).toContain('Erik Kurilla');
  });

  it('reads no name in an address by title: "Dear Mr. President:", "Mr. Speaker"', () => {
    expect(findNames('Dear Mr. President: I write to tell you of the strikes. Thank you, Mr. Speaker.').filter((n) => !n.entity)).toEqual([]);
    expect(findNames('US Secretary of Defense Lloyd James Austin spoke.').map((n) => n.entity)).toContain('lloyd-austin');
  });

  it('reads no headline verb or label after a title as a name: "Senator Condemns…", "Sen. Lee Statement"', () => {
    const people = (text: string) => findNames(text).filter((n) => !n.entity).map((n) => n.text);
    expect(people('Progressive Senator Condemns Attacking A Sovereign Nation')).toEqual([]);
    expect(people('Sen. Lee Statement on Syria Airstrike')).toEqual(['Lee']);
  });

  it('reads initials written together as one word of a name: "J.D. Vance"', () => {
    expect(findNames('Ohio Sen. J.D. Vance told the programme.').filter((n) => !n.entity).map((n) => n.text)).toEqual(['J.D. Vance']);
  });

  it('reads a titled name with accented letters whole: "Secretary-General António Guterres"', () => {
    const found = findNames('Meanwhile UN Secretary-General António Guterres called for a pause, and President Recep Tayyip Erdoğan spoke.');
    expect(found.filter((n) => !n.entity).map((n) => n.text)).toEqual(['António Guterres', 'Recep Tayyip Erdoğan']);
  });

  it('reads "Pro Tempore" after "President" as the rest of the title', () => {
    const found = findNames('The letter went to Senate President Pro Tempore Patty Murray on Friday.');
    expect(found.filter((n) => !n.entity).map((n) => [n.text, n.title])).toEqual([['Patty Murray', 'Senate President']]);
  });

  it('does not take a town for a person of the same name: "AUSTIN, Texas"', () => {
    const ids = (text: string) => findNames(text).map((n) => `${n.text}:${n.entity}`);
    expect(ids('Defense Secretary Lloyd Austin spoke.\n\nAUSTIN, Texas – The state began a probe.')).toEqual(['Lloyd Austin:lloyd-austin']);
    expect(ids('Defense Secretary Lloyd Austin spoke. Later Austin, Kirby and others met.')).toContain('Austin:lloyd-austin');
  });

  it('takes one-word aliases only as proper nouns, but longer ones in any case', () => {
    expect(entitiesIn('The rebels said hamas and the pentagon were far away.')).toEqual([]);
    expect(entitiesIn('Strikes near al-Bukamal hit a depot.')).toEqual(['al-bukamal']);
    expect(entitiesIn('Rockets landed in the green zone, home to the embassy.')).toEqual(['green-zone']);
  });
});
