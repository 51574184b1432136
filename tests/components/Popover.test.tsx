// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '../../components/Popover';
import type { Mark } from '../../lib/engine/findings';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { markFor } from './article';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(mark: Mark, onClose = () => {}) {
  render(<Popover mark={mark} onClose={onClose} />, root);
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog');
  const items = [...dialog.querySelectorAll('li')].map((li) => ({
    line: li.querySelector('.cc-line')?.textContent,
    note: li.querySelector('.cc-note')?.textContent ?? null,
    quote: li.querySelector('.cc-quote')?.textContent ?? '',
  }));
  const headings = [...dialog.querySelectorAll('h3')].map((h) => h.textContent);
  return { dialog, items, headings, text: dialog.textContent ?? '' };
}

describe('Popover for a figure the outlets differ on', () => {
  const mark = markFor('22');

  it('is the finding the test expects', () => {
    expect(mark.status).toBe('differs');
    expect(mark.fact).toBe('strike.killed');
  });

  it('is a non-modal dialog named after the finding', () => {
    const { dialog } = show(mark);
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-label')).toBe('Crosscheck: 22, people killed in the strike. Differs');
  });

  it('heads with the value on this page and what it is (a level-2 heading), then the verdict in plain words', () => {
    const { dialog } = show(mark);
    const heading = dialog.querySelector('h2.cc-value');
    expect(heading?.textContent).toBe('22 — people killed in the strike');
    const status = dialog.querySelector('.cc-status')?.textContent ?? '';
    // The others' value, then how many other outlets agree: outlets counted, not claims.
    const differing = mark.others.filter((o) => o.relation === 'different');
    expect(status).toBe(`Differs Another outlet reports ${differing[0]!.value}; 1 other outlet agrees`);
    expect(dialog.getAttribute('aria-describedby')).toBe(dialog.querySelector('.cc-status')?.id);
    expect(dialog.classList.contains('cc-differs')).toBe(true);
  });

  it('says "Differs" once, not on every line', () => {
    const { text } = show(mark);
    expect(text.match(/Differs/g)).toHaveLength(1);
  });

  it('lists each other report with its outlet label, attribution and value, differing ones first', () => {
    const { items, headings } = show(mark);
    expect(headings).toEqual(['Reported differently by', 'Also reported by']);
    const [differing, agreeing] = [mark.others.find((o) => o.relation === 'different')!, mark.others.find((o) => o.relation === 'same')!];
    expect(items.map(({ line }) => line)).toEqual([
      `${differing.label}, citing some independent sources: 17`,
      `${agreeing.label}, citing the Syrian Observatory for Human Rights: 22`,
    ]);
    expect(items[1]?.quote).toBe('The Syrian Observatory for Human Rights reported that 22 people were killed in the airstrike');
  });

  it('shows each quote on demand: a disclosure button that says whether it is open', async () => {
    const { dialog } = show(mark);
    const toggle = dialog.querySelector<HTMLButtonElement>('.cc-quote-toggle')!;
    const quote = dialog.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.textContent).toBe('Quote');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(quote.hidden).toBe(true);
    toggle.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(quote.hidden).toBe(false);
  });

  it('has a close button named Close that calls onClose', () => {
    const onClose = vi.fn();
    const { dialog } = show(mark, onClose);
    const button = dialog.querySelector<HTMLButtonElement>('button.cc-close');
    expect(button?.getAttribute('aria-label')).toBe('Close');
    button?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('Popover for a figure every other outlet agrees on', () => {
  it('shows agreement and each agreeing outlet', () => {
    const mark = markFor('F-15E');
    expect(mark.status).toBe('agrees');
    const { dialog, items, headings } = show(mark);
    expect(dialog.querySelector('.cc-value')?.textContent).toBe('F-15E — aircraft used in the strike');
    expect(dialog.querySelector('.cc-badge')?.textContent).toBe('Agrees');
    expect(dialog.querySelector('.cc-status')?.textContent).toBe('Agrees 1 other outlet agrees');
    expect(headings).toEqual(['Also reported by']);
    expect(items).toEqual([{ line: `${mark.others[0]!.label}: F15`, note: null, quote: expect.stringContaining('F15 fighter jets') }]);
  });
});

describe('Popover for a name', () => {
  it('shows the title on this page and how other outlets wrote the name', () => {
    const mark = markFor('Jon Kirby');
    const { dialog, items } = show(mark);
    expect(dialog.querySelector('.cc-value')?.textContent).toBe('Pentagon spokesman Jon Kirby — also written John Kirby');
    expect(items.map((i) => i.line)).toContain('JNS: Pentagon spokesperson Jon Kirby');
    expect(dialog.querySelector('.cc-status')?.textContent).toBe(`Agrees Also named by ${new Set(mark.others.map((o) => o.source)).size} other outlets`);
    for (const item of items) expect(item.quote.length).toBeLessThanOrEqual(142);
  });

  it('trims long quotes around the name', () => {
    const mark = markFor('Joe Biden');
    const { items } = show(mark);
    const long = items.find((i) => i.line?.endsWith(': United States President Joe Biden') && i.quote.startsWith('…'));
    expect(long?.quote).toMatch(/^….*United States President Joe Biden.*…$/);
    expect(long!.quote.length).toBeLessThanOrEqual(142);
  });
});

describe('Popover for a figure no other outlet reports', () => {
  it('says so', () => {
    const mark = markFor('Two');
    const { dialog, items } = show(mark);
    expect(dialog.querySelector('.cc-badge')?.textContent).toBe('Only here');
    expect(dialog.querySelector('.cc-status')?.textContent).toBe('Only here No other outlet reports this');
    expect(items).toEqual([]);
  });
});

describe('hostile text', () => {
  it('renders markup in findings as text, never as elements', () => {
    const base = markFor('22');
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const mark: Mark = {
      ...base,
      text: `22${evil}`,
      factLabel: `people <b>killed</b>`,
      others: base.others.map((o) => ({ ...o, outlet: `JNS${evil}`, label: `JNS${evil}`, attribution: evil, value: `22${evil}`, quote: `They said ${evil} 22 died.` })),
    };
    const { dialog, items } = show(mark);
    expect(dialog.querySelector('img, script, b')).toBeNull();
    expect(dialog.querySelector('.cc-value')?.textContent).toBe(`22${evil} — people <b>killed</b>`);
    expect(items[0]?.line).toBe(`JNS${evil}, citing ${evil}: 22${evil}`);
    expect(items[0]?.quote).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('Popover: who this page credits', () => {
  it('says whom this article cites for its figure, above the other reports', () => {
    const mark = markFor('22');
    expect(mark.attribution).toBe('a war monitor');
    const { dialog } = show(mark);
    expect(dialog.querySelector('.cc-here')?.textContent).toBe('This article, citing a war monitor: 22 killed');
  });

  it('shows a militia’s own count with its speaker, against each other outlet’s with theirs', () => {
    const mark: Mark = {
      ...markFor('22'),
      text: 'one of its fighters',
      value: { type: 'count', n: 1, qualifier: 'exact' },
      attribution: 'a Kataib Hezbollah official',
    };
    const { dialog, items } = show(mark);
    expect(dialog.querySelector('.cc-here')?.textContent).toBe('This article, citing a Kataib Hezbollah official: 1 killed');
    expect(items.map((i) => i.line)).toContain('JNS, citing the Syrian Observatory for Human Rights: 22');
  });

  it('words a vague toll plainly and leaves other figures as written', () => {
    const wounded: Mark = {
      ...markFor('22'),
      text: 'a few',
      fact: 'strike.wounded',
      value: { type: 'count', n: null, qualifier: 'several' },
      attribution: 'a militia official',
    };
    expect(show(wounded).dialog.querySelector('.cc-here')?.textContent).toBe('This article, citing a militia official: several wounded');
    const jets = markFor('F-15E');
    expect(show(jets).dialog.querySelector('.cc-here')?.textContent).toBe('This article, citing John Kirby: F-15E');
  });

  it('says nothing of the kind when the article credits no one', () => {
    expect(markFor('F-15E').attribution).toBe('John Kirby');
    const mark = markFor('Thursday');
    expect(mark.attribution).toBeNull();
    expect(show(mark).dialog.querySelector('.cc-here')).toBeNull();
  });
});

describe('Popover: a number against reports without one', () => {
  // Written for this test: the reference's sources say only "multiple facilities" and "numerous installations".
  const article =
    'US warplanes struck a border crossing used by Iranian-backed militias in eastern Syria on Thursday, the first military action ordered by President Joe Biden.\n\nThe bombs destroyed nine facilities at the crossing, Pentagon spokesman Jon Kirby said.';
  const nine = annotate(extractFromPlainText(article)).marks.find((m) => m.text.startsWith('nine'));

  it('is unique: the others were less specific, neither agreeing nor differing', () => {
    expect(nine?.fact).toBe('strike.destroyed');
    expect(nine?.status).toBe('unique');
  });

  it('says the others gave no number, and lists them apart from agreeing and differing reports', () => {
    if (!nine) throw new Error('no mark for nine');
    const { dialog, items, headings } = show(nine);
    const status = dialog.querySelector('.cc-status')?.textContent ?? '';
    expect(status).toContain('Only here');
    expect(status).toMatch(/Only here with a number; \d other outlets? says? [^;]*multiple facilities[^;]*, without one$/);
    expect(headings).toEqual(['Reported without a number by']);
    expect(items).toHaveLength(nine.others.length);
    expect(items.map((i) => i.line)).toContain('JNS, citing Kirby: multiple facilities');
  });
});
