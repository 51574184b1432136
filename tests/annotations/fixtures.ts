/**
 * Notes and findings for the export and import tests. Listed out of order on purpose (exports sort
 * them), with hostile text in notes, tags, titles and quotes (the golden files show it escaped).
 */
import type { PageFindings, ReaderAnnotation } from '../../lib/annotations/model';

export const GENERATED = new Date('2026-11-22T09:30:00.000Z');

const STRIKE_URL = 'https://news.example/world/bukamal-strike';
const STRIKE_TITLE = 'Strike near Bukamal kills at least 22';

/** A note with tags. */
export const TOLL: ReaderAnnotation = {
  id: 'a3b1c2d4-0000-4000-8000-000000000001',
  url: STRIKE_URL,
  title: STRIKE_TITLE,
  quote: {
    type: 'TextQuoteSelector',
    exact: 'killed at least 22 people',
    prefix: 'Syrian border town of Bukamal ',
    suffix: ' on Thursday, the Syrian Observ',
  },
  position: { type: 'TextPositionSelector', start: 130, end: 155 },
  colour: 'yellow',
  note: 'Ministry says 14. Which is right?',
  tags: ['casualties', 'syria'],
  created: '2026-11-20T08:00:00.000Z',
  modified: '2026-11-21T09:30:00.000Z',
};

/** A highlight alone: no note, no tags. */
export const DEPOT: ReaderAnnotation = {
  id: 'a3b1c2d4-0000-4000-8000-000000000002',
  url: STRIKE_URL,
  title: STRIKE_TITLE,
  quote: {
    type: 'TextQuoteSelector',
    exact: 'An air strike on a weapons depot',
    prefix: 'BEIRUT — ',
    suffix: ' near the Syrian border town of ',
  },
  position: { type: 'TextPositionSelector', start: 40, end: 72 },
  colour: 'green',
  note: '',
  tags: [],
  created: '2026-11-20T08:05:00.000Z',
  modified: '2026-11-20T08:05:00.000Z',
};

/** A note written to break Markdown and notes apps. */
export const HOSTILE: ReaderAnnotation = {
  id: 'a3b1c2d4-0000-4000-8000-000000000003',
  url: STRIKE_URL,
  title: STRIKE_TITLE,
  quote: {
    type: 'TextQuoteSelector',
    exact: 'Officials said the "#1 priority" was <rescue> *now*',
    prefix: 'after midnight. ',
    suffix: ' The ministry said',
  },
  position: { type: 'TextPositionSelector', start: 400, end: 451 },
  colour: 'pink',
  note: [
    '#breaking see [x](javascript:alert(1)) and <script>alert("xss")</script>',
    '- item',
    '1. item',
    '# Heading',
    '> quoted',
    '| a | b |',
    '*bold* _it_ `code` ~~gone~~ $x$ &amp; C# 100%',
    '',
    'Links: https://evil.example/p?q=1 www.evil.example mail@evil.example',
  ].join('\n'),
  tags: ['#hostile', 'x]y'],
  created: '2026-11-21T12:00:00.000Z',
  modified: '2026-11-21T12:00:00.000Z',
};

/** A note on another site, with text that spreadsheets would run as formulas. */
export const MARKETS: ReaderAnnotation = {
  id: 'a3b1c2d4-0000-4000-8000-000000000004',
  url: 'https://paper.example/2026/11/20/strike?id=7',
  title: '=HYPERLINK("http://evil.example","Markets") slide',
  quote: {
    type: 'TextQuoteSelector',
    exact: '-5% on the day',
    prefix: 'Oil futures ended ',
    suffix: ', traders said.',
  },
  position: { type: 'TextPositionSelector', start: 18, end: 32 },
  colour: 'blue',
  note: '+1 agree\n@everyone look\n=SUM(A1:A9)',
  tags: ['markets'],
  created: '2026-11-19T07:00:00.000Z',
  modified: '2026-11-19T07:00:00.000Z',
};

/** In no particular order. */
export const ANNOTATIONS: ReaderAnnotation[] = [MARKETS, HOSTILE, TOLL, DEPOT];

export const FINDINGS: PageFindings[] = [
  {
    url: 'https://other.example/report',
    title: 'Monitor: toll rises',
    event: null,
    findings: [],
    recorded: '2026-11-21T11:00:00.000Z',
  },
  {
    url: STRIKE_URL,
    title: STRIKE_TITLE,
    event: 'Air strike near Bukamal, Syria',
    findings: [
      {
        text: 'at least 22',
        kind: 'figure',
        fact: 'deaths',
        status: 'differs',
        others: [
          { outlet: 'Levant Dispatch', value: '14', attribution: 'the ministry' },
          { outlet: 'Gulf Courier', value: '17', attribution: null },
        ],
      },
      {
        text: 'Syrian Observatory for Human Rights',
        kind: 'name',
        fact: null,
        status: 'agrees',
        others: [],
      },
    ],
    recorded: '2026-11-21T10:00:00.000Z',
  },
];
