import { describe, expect, it } from 'vitest';
import {
  debrisReason,
  isBylineOrTimestamp,
  isCommentFormText,
  isCopyrightNotice,
  isDateLine,
  isDebris,
  isLinkListLabel,
  isPageFurniture,
  isPhotoCaption,
  isReadMoreLink,
  isShareText,
  isSubscriptionPrompt,
  looksLikeHeading,
} from '../../lib/article/debris';

// A shortened copy of a real caption paragraph (seed 003).
const AFP_CAPTION =
  "US soldiers patrol the town of al-Qahtaniyah in Syria's northeastern Hasakeh province near the Turkish border on March 14, 2022. " +
  '(Photo by Delil souleiman / AFP) / The erroneous mention appearing in the metadata of this photo by Delil souleiman has been modified in AFP systems. ' +
  'Please immediately remove the erroneous mention[s] from all your online services. DELIL SOULEIMAN/AFP via Getty Images';

describe('isPhotoCaption', () => {
  it.each([
    AFP_CAPTION,
    'Firefighters battle the blaze in Athens on Monday. REUTERS/Alkis Konstantinidis',
    'A woman walks past rubble in Kharkiv, Ukraine, on May 3, 2024. (AP Photo/Efrem Lukatsky)',
    'Image: Supplied',
    'File photo of the parliament building in Nairobi.',
    'FILE - Troops board a transport plane at the base, Jan. 4, 2020.',
    'The Eiffel Tower at dusk. Christophe Ena/AP',
    'Rescue workers search the site on Sunday. Getty Images',
    'Smoke rises over the port (Photo: Jane Doe)',
    'Police at the scene on Tuesday. EPA-EFE/STR',
    'Delegates arrive for the summit. (Jim Watson/AFP)',
    'Protesters gather outside the embassy. Anna Lee/Bloomberg via Getty Images',
    'Photo courtesy of the Coast Guard',
  ])('is a caption: %s', (line) => {
    expect(isPhotoCaption(line)).toBe(true);
    expect(debrisReason(line)).toBe('caption');
  });

  it.each([
    'A Reuters/Ipsos poll published on Tuesday found 41% of Americans approve of the strike.',
    'The agency said 22 people were killed, according to AFP.',
    'Photographers were kept away from the site, officials said.',
    'The images, distributed by Getty Images and others, showed the damage on Friday.',
    'An AP/NORC poll found 3 in 10 adults had heard nothing about the strike.',
    'According to Marine Corps Times, US troops attacked a border checkpoint in eastern Syria.',
    'Asked about the photos by email, a Pentagon spokesperson pointed to the secretary’s statement.',
    // A digest's item closing on the list of outlets it draws from.
    'Biden approved strikes on two militia groups in Syria, dropping seven bombs near the border. (Politico / Washington Post / CNN / Reuters)',
    'The Pentagon named the two groups it struck (Axios/AFP/Reuters)',
    // A dateline's wires: the national agency's copy of AFP's story.
    'DAMASCUS, Feb 26, 2021 (BSS/AFP) – Damascus on Friday condemned the strike Washington carried out overnight.',
  ])('is prose: %s', (line) => {
    expect(isPhotoCaption(line)).toBe(false);
  });
});

describe('isReadMoreLink', () => {
  it.each([
    "Read also: China Celebrates the 'Human Miracle,' Claims of Ending Extreme Poverty Among 100 Million Chinese",
    'Read Also: Former Chinese Premier Li Keqiang Dead at 68 After Sudden Heart Attack',
    'READ MORE: Storm leaves 1.2 million without power',
    'Related: How the ceasefire collapsed',
    'See also: 5 things to know about the vote',
    'ALSO READ | Markets fall 2% after rate decision',
    'More from Sport',
    'Related stories',
    'Most read',
    'You may also like',
    'Explore more on these topics',
    'Next articleMyanmar: security forces open fire, 2 killed',
    'Previous article: Storm leaves 1.2 million without power',
    'Keywords Syria, Iraq, Iran, airstrike',
    'Related Subjects Joe Biden, Syria',
    'More about Syria Joe Biden Iraq Iran',
  ])('is a link line: %s', (line) => {
    expect(isReadMoreLink(line)).toBe(true);
    expect(isDebris(line)).toBe(true);
  });

  it.each([
    'Related incidents were reported in 2019 in three provinces.',
    'More than 30 people were killed in the attack.',
    'Readers of the paper reported 3 outages.',
    'Also read out at the hearing was a statement from the family.',
    'Most of the 22 victims were members of the militia.',
    'Latest figures show 11 dead and 40 injured.',
    'Next article of the treaty sets out the duties of each side.',
    'More about the toll is expected on Friday.',
  ])('is prose: %s', (line) => {
    expect(isReadMoreLink(line)).toBe(false);
  });

  it('only treats a line made of label words as a label', () => {
    expect(isLinkListLabel('More from our partners')).toBe(true);
    expect(isLinkListLabel('The News')).toBe(false);
    expect(isLinkListLabel('More rain on the way')).toBe(false);
  });
});

describe('isCopyrightNotice', () => {
  it.each([
    '@ 2018 HNGN, All rights reserved. Do not reproduce without permission.',
    '© 2024 Coastline Media Group',
    'Copyright 2021 The Associated Press. This material may not be published, broadcast, rewritten or redistributed.',
    '(c) 2019 Example Ltd',
  ])('is a notice: %s', (line) => expect(isCopyrightNotice(line)).toBe(true));

  it.each([
    'The company holds the copyright to the footage, a spokesman said.',
    'Rights groups said 22 people were detained.',
    'Press Secretary Jen Psaki said the US "reserves the right to respond in the time and manner of our discretion".',
  ])('is prose: %s', (line) => expect(isCopyrightNotice(line)).toBe(false));
});

describe('isSubscriptionPrompt', () => {
  it.each([
    'Get Newsi In Your Inbox',
    'Sign up for our daily briefing',
    'Subscribe to our newsletter',
    'The Morning Newsletter',
    'Get the best of the week delivered to your inbox.',
    'Get our free daily newsletter.',
    // Appeals for money under a story.
    '… millions of people in 180 countries turn to us. We’re independent, and we rely on readers for support.',
    'If you value this reporting, please make a one-off contribution today.',
  ])('is a prompt: %s', (line) => expect(isSubscriptionPrompt(line)).toBe(true));

  it.each([
    'The newsletter, sent to 2 million subscribers, was withdrawn on Friday.',
    'Residents were told to sign up for evacuation buses by 6 p.m.',
    'Subscription revenue rose 4% in the quarter.',
    'Iran has pledged to support the militias, a commander said.',
  ])('is prose: %s', (line) => expect(isSubscriptionPrompt(line)).toBe(false));
});

describe('isCommentFormText', () => {
  it.each([
    'Leave a comment',
    'Your email address will not be published. Required fields are marked *',
    '37 Comments',
    'Comments are closed.',
    'Join the conversation',
    'Leave a Reply',
  ])('is comment chrome: %s', (line) => expect(isCommentFormText(line)).toBe(true));

  it.each([
    'Comments from the minister drew criticism on Friday.',
    'Officials declined to comment on the 12 casualties.',
  ])('is prose: %s', (line) => expect(isCommentFormText(line)).toBe(false));
});

describe('isShareText, isPageFurniture', () => {
  it.each(['Share this article', 'Share on Facebook', 'Share Tweet Email', 'Follow us on Twitter', 'Follow The Gazette on Google News', 'The Gazette is on YouTube'])(
    'is a share bar: %s',
    (line) => expect(isShareText(line)).toBe(true),
  );
  it.each(['Not all residents share this view, the mayor said.', "Iran's share of the oil market rose 3%.", 'Officials follow the story on Twitter closely, he said.', 'The militia is on YouTube too.'])(
    'is prose: %s',
    (line) => expect(isShareText(line)).toBe(false),
  );
  it.each(['Advertisement', 'Story continues below advertisement', 'We use cookies to improve your experience.', 'https://example.com/news/flood-report/', 'Got a story? Email us at desk@example.com or call 0100 200 3000.', 'Photo gallery: Tensions across the region (3 photos)', 'In pictures: the flood in Derna', 'Market day in Aleppo (12 images)', 'Watch the report 02:31', 'Play video 1:02:31', 'Oops! Something went wrong. Please try again later.', 'This article originally appeared on The Independent, 26 February 2021 at 12:05 GMT.'])(
    'is furniture: %s',
    (line) => expect(isPageFurniture(line)).toBe(true),
  );
  it('does not take an ad campaign for an ad', () => {
    expect(isPageFurniture('The ad campaign cost $2 million.')).toBe(false);
    expect(isPageFurniture('The museum’s gallery reopened with 40 paintings (12 of them new).')).toBe(false);
    expect(isPageFurniture('Watch the report on the strikes, aired at 10:30 on Friday.')).toBe(false);
    expect(isPageFurniture('The report first appeared to show two strikes, officials said.')).toBe(false);
    expect(isPageFurniture('The report was published on 25 March 2023.')).toBe(false);
  });
});

describe('isBylineOrTimestamp', () => {
  it.each([
    'By Maria Alvarez and Tom Reed',
    'By Jane Doe, Reuters',
    'Updated 3:45 PM ET, Fri February 26, 2021',
    'Published: 14 September 2024',
    'Par Ana Ruiz – The Daily Courier. · 14 septembre 2024',
    'Weekly Brief: September 14, 2024',
    '3',
    'Page 2 of 5',
    'Rate this item (0 votes)',
    'Updated At: Oct 27, 2023 06:10 AM (IST)',
  ])('is page metadata: %s', (line) => expect(isBylineOrTimestamp(line)).toBe(true));

  it.each([
    'By Monday, the storm had moved north.',
    'By the end of the day, 40 people had been rescued.',
    'Updated figures released on Friday show 22 dead.',
    'Par for the course, the count rose to 40.',
    'Officials: 40 homes flooded',
    '40 homes',
  ])('is prose: %s', (line) => expect(isBylineOrTimestamp(line)).toBe(false));
});

describe('isDateLine', () => {
  it.each(['14:32 GMT', 'February 17, 2021', 'Fri 26 Feb 2021 10.04 GMT', 'Updated at 9:05am ET', '3 hours ago', '2021-02-26'])(
    'is a bare date or time: %s',
    (line) => {
      expect(isDateLine(line)).toBe(true);
      expect(debrisReason(line)).toBe('byline');
    },
  );

  it.each(['On Monday', '22', 'March on Washington', 'The 14:32 train was late.', 'May 2021 be kinder to us all.'])('is prose: %s', (line) =>
    expect(isDateLine(line)).toBe(false),
  );
});

describe('real paragraphs are not debris', () => {
  it.each([
    'Pentagon Press Secretary, John Kirby has confirmed the attacks by the U.S. military and pronounced it a befitting response to the recent attacks.',
    '(JNS) U.S. President Joe Biden ordered airstrikes late Thursday on sites in Syria the Pentagon said were being used by Iranian-backed militias.',
    'The airstrikes aim to compel Iran to lead the militia groups to cease attacks on American bases and personnel, according to Yahoo News.',
    '“The Iranians didn’t realize that Biden is not [former President Barack] Obama,” said the Israeli official.',
  ])('%s', (line) => expect(debrisReason(line)).toBeNull());
});

describe('looksLikeHeading', () => {
  it.each([
    'First known military action directed by Biden',
    'US Strikes Iranian-Backed Militias in Self-Defense Near Boukamal',
    'Iran-Linked Sites Amid Escalation Concerns',
    '12 hours of rain',
  ])('is a heading: %s', (line) => expect(looksLikeHeading(line)).toBe(true));

  it.each([
    'This is the first attack ordered by U.S. President Joe Biden since he assumed office.',
    'the strike was defensive',
    '“Stay off the roads”',
    'Kirby said:',
    'A very long line that goes on and on without ever ending in punctuation because it keeps adding words about the strike and the militias',
  ])('is not a heading: %s', (line) => expect(looksLikeHeading(line)).toBe(false));
});

describe('rules that look for what they need first', () => {
  it('find credits and notices in any case', () => {
    expect(isPhotoCaption('PHOTO BY JANE ROE')).toBe(true);
    expect(isPhotoCaption('Smoke rises over the town, VIA GETTY IMAGES')).toBe(true);
    expect(isPhotoCaption('Smoke rises over the town (Image Credit: Jane Roe)')).toBe(true);
    expect(isCopyrightNotice('ALL RIGHTS RESERVED')).toBe(true);
    expect(isCopyrightNotice('(C) 2021 Example News')).toBe(true);
    expect(isPhotoCaption('The photographer said the strike came at night.')).toBe(false);
    expect(isCopyrightNotice('The group said it did not reproduce the claims.')).toBe(false);
  });

  it('read a label line word by word, whatever the letters', () => {
    expect(isLinkListLabel('MOST READ')).toBe(true);
    expect(isLinkListLabel('Related — Stories')).toBe(true);
    expect(isLinkListLabel('Related stories from our partners on the web')).toBe(false);
    expect(isLinkListLabel('Related Ünïcödé')).toBe(false);
    expect(isLinkListLabel('—')).toBe(false);
    expect(isLinkListLabel('Stories')).toBe(false);
  });
});

describe('isEditorsNote', () => {
  it('takes a correction or an editor’s note for debris, not a paragraph that mentions one', () => {
    expect(isDebris('Correction, Feb. 26, 2021, 4:05 p.m.: An earlier version of this article misstated the time of the strike.')).toBe(true);
    expect(isDebris("Editor's note: This story has been updated with the Pentagon's toll.")).toBe(true);
    expect(isDebris('The Pentagon issued no correction to its count of nine facilities.')).toBe(false);
  });

  it('takes an update banner about the article, or a note on a withdrawn headline, for debris; not an update that reports', () => {
    expect(isDebris('UPDATE 2 — Feb. 28, 2021, 3:10 PM ET: This story has been updated to add the number of aircraft.')).toBe(true);
    expect(isDebris('Correction: This article’s original headline said a dozen people were killed.')).toBe(true);
    expect(isDebris('Clarification: The story incorrectly said the jets were F-16s.')).toBe(true);
    expect(isDebris('This story has been updated. An earlier version, written before the monitor revised its count, gave the toll as 17.')).toBe(true);
    expect(isDebris('UPDATE: The Pentagon later said 22 were killed.')).toBe(false);
    expect(isDebris('Update 3:10 PM: The toll rose to 22, the monitor said.')).toBe(false);
    expect(isDebris('Correction: the Observatory later said 17.')).toBe(false);
  });
});
