// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { judgeNote } from '@/src/core/analyzer/judge';
import type { Analysis, Recipient, Template } from '@/src/core/model';
import { Panel, GatingHint, ReopenButton, type PanelProps } from '@/src/features/composer/panel';
import { toVars, type RecipientInfo } from '@/src/features/composer/recipient-context';

const templates: Template[] = [
  { id: 'why', name: 'Why I connect', body: 'Hi {firstName}, {reason}. Would be glad to stay in touch.', builtin: true, order: 0 },
  { id: 'co', name: 'Their company', body: 'Hi {firstName}, I follow what {company} does.', builtin: false, order: 1 },
];

const recipient: RecipientInfo = {
  name: 'Oskar Lindqvist',
  firstName: 'Oskar',
  headline: 'Data engineer',
  company: 'Brightwater Grids',
  mutuals: ['Hana Petit'],
  pending: false,
};

let root: HTMLElement;
const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
const draft = () => $<HTMLTextAreaElement>('textarea').value;

async function mount(over: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    recipient,
    templates,
    vars: toVars(recipient, 'Alex'),
    limit: 200,
    limitFromDialog: true,
    // What the background answers (the analyzer runs there).
    judge: async (d: string, r: Recipient) => judgeNote(d, { recipient: r, perspective: 'outgoing' }),
    onInsert: vi.fn(async () => 'inserted' as const),
    onClose: vi.fn(),
    ...over,
  };
  await act(() => render(<Panel {...props} />, root));
  return props;
}

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The meter analyses after a pause in typing. */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 200)));

async function press(el: Element) {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('composer panel', () => {
  it('shows the recipient and a first draft from the first template', async () => {
    await mount();
    expect(root.textContent).toContain('Oskar Lindqvist');
    expect(root.textContent).toContain('Brightwater Grids');
    expect(root.textContent).toContain('Mutual: Hana Petit');
    expect(draft()).toBe('Hi Oskar. Would be glad to stay in touch.');
    expect($('[data-count]').textContent).toContain(`${draft().length} / 200`);
  });

  it('the reason fills the draft; picking a template swaps it', async () => {
    await mount();
    await type($<HTMLInputElement>('input'), 'your post on grid batteries');
    expect(draft()).toBe('Hi Oskar, your post on grid batteries. Would be glad to stay in touch.');
    const select = $<HTMLSelectElement>('select');
    await act(() => {
      select.value = 'co';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(draft()).toBe('Hi Oskar, I follow what Brightwater Grids does.');
  });

  it('hand edits are kept when the reason changes', async () => {
    await mount();
    await type($<HTMLTextAreaElement>('textarea'), 'Oskar, loved your grid post.');
    await type($<HTMLInputElement>('input'), 'something else');
    expect(draft()).toBe('Oskar, loved your grid post.');
  });

  it('Insert passes the draft exactly', async () => {
    const props = await mount();
    await press($('[data-connector-action="insert"]'));
    expect(props.onInsert).toHaveBeenCalledWith('Hi Oskar. Would be glad to stay in touch.');
    expect($('[data-status]').getAttribute('data-status')).toBe('inserted');
  });

  it('an over-budget draft needs a second, deliberate Insert', async () => {
    const props = await mount({ limit: 20 });
    expect($('[role="alert"]').textContent).toMatch(/over LinkedIn's 20-character limit/);
    const insert = $('[data-connector-action="insert"]');
    await press(insert);
    expect(props.onInsert).not.toHaveBeenCalled();
    expect(insert.textContent).toBe('Insert anyway');
    await press(insert);
    expect(props.onInsert).toHaveBeenCalledTimes(1);
  });

  it('over a limit LinkedIn\'s box enforces there is no "insert anyway": it says why and inserts nothing', async () => {
    const props = await mount({ limit: 20, limitEnforced: true });
    expect($('[role="alert"]').textContent).toContain("LinkedIn's box takes no more than that");
    expect($('[role="alert"]').textContent).not.toContain('Insert anyway');
    const insert = $('[data-connector-action="insert"]');
    await press(insert);
    await press(insert);
    expect(props.onInsert).not.toHaveBeenCalled();
    expect(insert.textContent).toBe("Insert into LinkedIn's box");
    expect($('[data-status]').getAttribute('data-status')).toBe('too-long');
    expect($('[data-status]').textContent).toBe("Nothing inserted: LinkedIn's box takes at most 20 characters. Shorten the draft or Trim to fit.");
  });

  it('Ctrl/⌘+Enter inserts from any field', async () => {
    const props = await mount();
    await act(async () => {
      $('input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(props.onInsert).toHaveBeenCalledWith('Hi Oskar. Would be glad to stay in touch.');
    await act(async () => {
      $('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    });
    expect(props.onInsert).toHaveBeenCalledTimes(2);
    // A plain Enter in the draft is a new line, not an insert.
    await act(async () => {
      $('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(props.onInsert).toHaveBeenCalledTimes(2);
    expect($('[data-connector-action="insert"]').getAttribute('aria-keyshortcuts')).toBe('Control+Enter Meta+Enter');
  });

  it('shows the school and location the templates can use', async () => {
    await mount({ recipient: { ...recipient, school: 'Uppsala University', location: 'Västerås, Sweden' } });
    const who = $('[aria-label="Recipient"]').textContent;
    expect(who).toContain('Brightwater Grids · Uppsala University');
    expect(who).toContain('Västerås, Sweden');
  });

  it('Trim to fit shortens only when asked', async () => {
    await mount({ limit: 20 });
    const long = draft();
    expect(long.length).toBeGreaterThan(20);
    const trim = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Trim to fit')!;
    await press(trim);
    expect(draft().length).toBeLessThanOrEqual(20);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says where the note is when LinkedIn\'s box could not be filled', async () => {
    await mount({ onInsert: async () => 'clipboard' });
    await press($('[data-connector-action="insert"]'));
    expect(root.textContent).toContain("Couldn't fill LinkedIn's box — the note is on your clipboard: press Ctrl/⌘+V");
  });

  it('shows the meter with a score and LinkedIn\'s remaining-invitations text', async () => {
    await mount({ remainingText: '3 personalized invitations remaining for this month' });
    await settle();
    expect($('[role="meter"]').getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    expect(root.textContent).toContain('3 personalized invitations remaining for this month');
  });

  it('the meter follows the draft', async () => {
    await mount({ templates: [{ id: 'e', name: 'Empty', body: '{reason}', builtin: false, order: 0 }] });
    const meter = () => $('[role="meter"]').getAttribute('aria-valuenow');
    expect(draft()).toBe('');
    await settle();
    const before = meter();
    await type($<HTMLInputElement>('input'), 'we met at the Brightwater Grids open day and talked about battery storage');
    await settle();
    expect(meter()).not.toBe(before);
    expect(Number(meter())).toBeGreaterThan(Number(before));
  });

  it('asks for the draft it shows: a late answer for an older draft is dropped', async () => {
    const answers: { draft: string; resolve: (a: Analysis) => void }[] = [];
    await mount({ judge: (d) => new Promise((resolve) => answers.push({ draft: d, resolve })) });
    await type($<HTMLTextAreaElement>('textarea'), 'first draft');
    await settle();
    await type($<HTMLTextAreaElement>('textarea'), 'second draft');
    await settle();
    const first = answers.find((a) => a.draft === 'first draft')!;
    const second = answers.find((a) => a.draft === 'second draft')!;
    await act(async () => second.resolve({ verdict: 'personal', score: 77, reasons: [] }));
    await act(async () => first.resolve({ verdict: 'template', score: 12, reasons: [] }));
    expect($('[role="meter"]').getAttribute('aria-valuenow')).toBe('77');
  });

  it('says the meter is unavailable when the background does not answer, and Insert still works', async () => {
    const props = await mount({ judge: async () => undefined });
    await type($<HTMLTextAreaElement>('textarea'), 'Hi Oskar, we met at the grid meetup.');
    await settle();
    expect($('.tip').textContent).toContain('The meter is unavailable');
    await press([...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Insert'))!);
    expect(props.onInsert).toHaveBeenCalledWith('Hi Oskar, we met at the grid meetup.');
  });

  it('starts from a saved draft and reports every change, and which template the person picked', async () => {
    const onDraftChange = vi.fn();
    const onTemplatePicked = vi.fn();
    await mount({ initial: { templateId: 'co', reason: 'the grid meetup', draft: '', edited: false }, onDraftChange, onTemplatePicked });
    expect(draft()).toBe('Hi Oskar, I follow what Brightwater Grids does.');
    expect($<HTMLInputElement>('input').value).toBe('the grid meetup');
    expect($<HTMLSelectElement>('select').value).toBe('co');
    expect(onTemplatePicked).not.toHaveBeenCalled();

    await type($<HTMLTextAreaElement>('textarea'), 'Oskar, my own words.');
    expect(onDraftChange).toHaveBeenLastCalledWith({ templateId: 'co', reason: 'the grid meetup', draft: 'Oskar, my own words.', edited: true });
    const select = $<HTMLSelectElement>('select');
    await act(() => {
      select.value = 'why';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onTemplatePicked).toHaveBeenCalledWith('why');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      templateId: 'why',
      reason: 'the grid meetup',
      draft: 'Hi Oskar, the grid meetup. Would be glad to stay in touch.',
      edited: false,
    });
  });

  it('the meter\'s reasons and tip speak to the sender', async () => {
    await mount();
    await type($<HTMLTextAreaElement>('textarea'), 'Hi Oskar, I am looking to expand my network with data people.');
    await settle();
    const why = $('[aria-label="Why"]').textContent;
    expect(why).toContain("Generic: 'expand my network'");
    expect(why).not.toContain('Generic phrase');
    // The analyzer's own suggestion (its wording is the analyzer's).
    expect($('.tip').textContent?.trim()).toBeTruthy();

    await type($<HTMLTextAreaElement>('textarea'), '');
    await settle();
    expect(root.querySelector('[aria-label="Why"]')).toBeNull();
    expect($('.verdict').textContent).toContain('No note yet');
    expect($('.tip').textContent?.trim()).toBeTruthy();
  });

  it('Escape closes the panel', async () => {
    const props = await mount();
    await act(() => {
      $('input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalled();
  });

  it('puts the caret in the reason field only when asked to (a reopen)', async () => {
    await mount();
    expect(document.activeElement).not.toBe($('input'));
    render(null, root);
    await mount({ autoFocus: true });
    await act(() => new Promise<void>((r) => setTimeout(r, 0)));
    expect(document.activeElement).toBe($('input'));
  });

  it('renders a hostile name as text', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1">Eve';
    await mount({ recipient: { ...recipient, name: evil, firstName: evil } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it('every control has an accessible name', async () => {
    await mount();
    for (const el of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${el.id}"]`)).not.toBeNull();
    }
    for (const b of root.querySelectorAll('button')) {
      expect(b.getAttribute('aria-label') || b.textContent?.trim()).toBeTruthy();
    }
  });
});

describe('gating hint', () => {
  it('tells the person where the composer is', async () => {
    const onClose = vi.fn();
    await act(() => render(<GatingHint onClose={onClose} />, root));
    expect(root.textContent).toContain('Connector: choose Add a note to write a personal note');
    await press(root.querySelector('button')!);
    expect(onClose).toHaveBeenCalled();
  });

  it('says when LinkedIn has no free personalized notes left this month', async () => {
    await act(() => render(<GatingHint onClose={() => {}} quotaUsed />, root));
    expect(root.textContent).toContain('free personalized notes are used up this month');
    expect(root.textContent).not.toContain('choose Add a note');
  });
});

describe('reopen button', () => {
  it('is a labelled button that opens the panel, focused when asked', async () => {
    const onOpen = vi.fn();
    await act(() => render(<ReopenButton onOpen={onOpen} autoFocus />, root));
    await act(() => new Promise<void>((r) => setTimeout(r, 0)));
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Connector');
    expect(button.getAttribute('aria-label')).toContain('Connector');
    expect(document.activeElement).toBe(button);
    await press(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
