/**
 * The pages both browser suites load (Chromium: tests/e2e, Firefox: tests/e2e-firefox) and what they expect
 * of each: the same cases, so the two browsers are held to the same checks.
 */
import { readCorpusArticle } from '../../corpus/load';
import type { ExpectedMarkArg } from './probes';

export const EVENT_2021 = /^2021-02-25/;
export const EVENT_2023 = /^2023-10-26/;

/** Page chrome (CONTRACT.md §1): nothing inside these may be highlighted. Site headers are checked separately. */
export const CHROME = [
  'nav',
  'footer',
  'aside',
  'figcaption',
  'form',
  'textarea',
  'input',
  '[contenteditable]:not([contenteditable="false"])',
  'pre',
  'code',
  'script',
  'style',
  'noscript',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
];

export interface PageCase {
  name: string;
  path: string;
  event: RegExp | null;
  /** Highlights that must be there (a representative subset for our own pages, all of expected.json for corpus articles). */
  marks: ExpectedMarkArg[];
  /** Texts no highlight may touch. */
  unmarked: string[];
  /** More chrome containers particular to the page. */
  chrome?: string[];
}

export const OWN_PAGES: PageCase[] = [
  {
    name: 'news page on the 2021 strike with chrome, caption, comments, editable areas and code',
    path: '/pages/news-2021-strike.html',
    event: EVENT_2021,
    marks: [
      { text: '22', kind: 'figure', fact: 'strike.killed', status: 'differs' },
      { text: 'F-15E Strike Eagles', kind: 'figure', fact: 'strike.aircraft', status: 'agrees' },
      { text: 'about 6 p.m. Eastern time', kind: 'figure', fact: 'strike.time', status: 'agrees' },
      { text: 'multiple facilities', kind: 'figure', fact: 'strike.destroyed', status: 'agrees' },
      { text: 'Feb. 15', kind: 'figure', fact: 'erbil.date', status: 'agrees' },
      { text: 'a U.S. service member', kind: 'figure', fact: 'erbil.wounded', status: 'agrees' },
      { text: 'John Kirby', kind: 'name', fact: 'name.john-kirby', status: 'agrees' },
      { text: 'Kataib Hezbollah', kind: 'name', fact: 'name.kataib-hezbollah', status: 'agrees' },
      { text: 'Bernie Sanders', kind: 'name', fact: null, status: 'unique' },
    ],
    unmarked: [
      'Friday, Feb. 26, 2021',
      '41°F',
      '$1 for 6 months',
      'Syria strike: 22 killed, monitor says',
      '1,204 new cases',
      'Top 10',
      'Published Feb. 26, 2021',
      'Dana Whitfield',
      'Two F-15E Strike Eagles refuel over Iraq on Feb. 25, 2021, hours before 7 bombs hit the compound',
      'killed_sohr = 22',
      'bombs_dropped = 7',
      'my cousin says 22 fighters died near Al-Bukamal on Thursday and 3 F-15E jets took part',
      'The Observatory says 22 killed, other outlets said 17',
      'Kataib Hezbollah has been firing rockets at Erbil since Feb. 15',
      'Kirby said the F-15E jets dropped 7 bombs on Thursday and 22 fighters were killed',
      'What we know about the Feb. 15 Erbil rocket attack',
      'Iran says it had no role; 17 killed, other monitor says',
      '4th week',
      '© 2021',
      '1450 Canal Street, Suite 300',
    ],
    chrome: ['#comments', '.byline', '.tip-box'],
  },
  {
    name: 'page with hostile CSS on the 2021 strike',
    path: '/pages/hostile-css-2021-strike.html',
    event: EVENT_2021,
    marks: [
      { text: '22 fighters', kind: 'figure', fact: 'strike.killed', status: 'differs' },
      { text: 'a U.S. service member', kind: 'figure', fact: 'erbil.wounded', status: 'agrees' },
      { text: 'John Kirby', kind: 'name', fact: 'name.john-kirby', status: 'agrees' },
    ],
    unmarked: ['3 alerts', 'Frontier Wire staff · Feb. 26, 2021', '© 2021'],
  },
  {
    name: 'sports recap full of numbers (negative)',
    path: '/pages/sports-hockey-recap.html',
    event: null,
    marks: [],
    unmarked: ['Austin Kirby', '22 seconds', 'Thursday night', '5-4', '2,500', 'Lloyd Baptiste', '6 p.m. Saturday', '38 saves'],
  },
];

/**
 * Corpus articles (tests/corpus/<slug>/page.html) served as they are at /articles/<slug>.html and checked
 * against their hand-written expected.json. A subset: each costs a page load in two browsers, and these are
 * the ones verified in a browser (chrome-heavy layouts, both events, a near miss of each, unrelated pages).
 */
export const FIXTURES = [
  'lakeshore-sentinel-2021-strike',
  'kurdistan-chronicle-2021-erbil',
  'capitol-ledger-2023-boukamal',
  'gulf-courier-2019-12-kataib-strikes',
  'plains-herald-2023-11-maysalun',
  'sports-ridgeview-basketball',
  'markets-2021-02-25-selloff',
];

export function fixtureCase(slug: string): PageCase {
  const c = readCorpusArticle(slug).expected;
  const event = c.event === null ? null : c.event.startsWith('2021-02-25') ? EVENT_2021 : c.event.startsWith('2023-10-26') ? EVENT_2023 : new RegExp(`^${c.event}$`);
  return {
    name: `corpus ${slug} (${c.event ?? 'no event'})`,
    path: `/articles/${slug}.html`,
    event,
    marks: c.marks.map(({ text, kind, fact, status }) => ({ text, kind, ...(fact !== undefined ? { fact } : {}), ...(status ? { status } : {}) })),
    unmarked: c.unmarked,
  };
}

export const PAGES: PageCase[] = [...OWN_PAGES, ...FIXTURES.map(fixtureCase)];
