// @vitest-environment happy-dom
import { judgeNote } from '@/src/core/analyzer/judge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings, Template } from '@/src/core/model';
import type { Message, Reply } from '@/src/messaging';
import { startComposer } from '@/src/features/composer/composer';
import { draftMemory } from '@/src/features/composer/draft-memory';
import { recipientMemory } from '@/src/features/composer/recipient-context';

// The composer as the content script runs it, in happy-dom: a hand-built note dialog (the adapter has
// its own fixture tests), the real panel in its shadow root, and a stand-in background answering
// templates/list and settings/get with whatever the test says the store holds right now.

const tpl = (id: string, name: string, body: string, order = 0): Template => ({ id, name, body, builtin: false, order });

let store: { templates: Template[]; settings: Partial<Settings> };
let sent: Message[];
let stop: (() => void) | undefined;

beforeEach(() => {
  store = {
    templates: [tpl('hello', 'Hello', 'Hi {firstName}, {reason}.', 0), tpl('co', 'Company', 'Hi {firstName}, I follow {company}.', 1)],
    settings: {},
  };
  sent = [];
  draftMemory.clear();
  recipientMemory.clear();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message): Promise<Reply> => {
    sent.push(m);
    if (m.type === 'templates/list') return { ok: true, data: store.templates };
    if (m.type === 'settings/get') return { ok: true, data: store.settings };
    if (m.type === 'drafts/judge') return { ok: true, data: judgeNote(m.draft, { recipient: m.recipient, perspective: 'outgoing' }) };
    return { ok: true, data: null };
  }) as never);
});

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

// One context for the file: each new one announces itself and invalidates the one before.
const ctx = new ContentScriptContext('test', {} as never);

function start(path = '/feed/') {
  stop = startComposer(ctx, new URL(`https://www.linkedin.com${path}`));
}

interface Dialog {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
}

/** LinkedIn's note step as the adapter reads it: the name in <strong>, the box, its counter, Send. */
function noteDialog(name: string, { maxLength = 200, counter = true } = {}): Dialog {
  const root = document.createElement('div');
  root.setAttribute('role', 'dialog');
  const who = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = name;
  who.append('Add a note for ', strong);
  const textarea = document.createElement('textarea');
  textarea.name = 'message';
  if (maxLength) textarea.maxLength = maxLength;
  const count = document.createElement('span');
  count.textContent = `0/${maxLength || 300}`;
  const send = document.createElement('button');
  send.setAttribute('aria-label', 'Send invitation');
  send.textContent = 'Send invitation';
  root.append(who, textarea, ...(counter ? [count] : []), send);
  document.body.append(root);
  return { root, textarea };
}

async function until<T>(get: () => T | null | undefined | false, what: string, ms = 2000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const host = (name: string) => document.querySelector<HTMLElement>(`[data-connector="${name}"]`);
const inPanel = <T extends Element>(sel: string) => host('composer')?.shadowRoot?.querySelector<T>(sel) ?? null;
const panelReady = () => until(() => inPanel<HTMLButtonElement>('[data-connector-action="insert"]'), 'the panel');
const draftText = () => inPanel<HTMLTextAreaElement>('textarea')!.value;
const optionNames = () => [...host('composer')!.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);

/** Preact renders on the next microtask or so; a short pause lets it and its effects run. */
const rendered = () => new Promise((r) => setTimeout(r, 20));

async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered();
}

async function pick(templateId: string) {
  const select = inPanel<HTMLSelectElement>('select')!;
  select.value = templateId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered();
}

describe('templates and settings are read again for every panel', () => {
  it('a template saved in the options page shows in the next dialog without a page reload', async () => {
    start();
    const first = noteDialog('Ines Duarte');
    await panelReady();
    await until(() => optionNames().includes('Company'), 'the stored templates');
    expect(optionNames()).toEqual(['Hello', 'Company']);

    first.root.remove();
    await until(() => !host('composer'), 'the panel to leave with its dialog');
    // The person edits their templates in the options page; the background now answers with these.
    store.templates = [tpl('fresh', 'Met at the meetup', 'Hi {firstName}, good to meet you at {reason}!', 0)];

    noteDialog('Ines Duarte');
    await panelReady();
    await until(() => optionNames().join() === 'Met at the meetup', 'the edited templates');
    expect(draftText()).toBe('Hi Ines, good to meet you!');
    expect(sent.filter((m) => m.type === 'templates/list').length).toBeGreaterThanOrEqual(2);
  });

  it('settings too: the sender\'s name and the fallback limit come from the latest save', async () => {
    start();
    store.templates = [tpl('sig', 'Signed', 'Hi {firstName}, {reason}.[[ {myName}]]', 0)];
    const first = noteDialog('Ines Duarte', { maxLength: 0, counter: false });
    await panelReady();
    await until(() => inPanel('[data-limit="200"]'), 'the default limit');

    first.root.remove();
    await until(() => !host('composer'), 'the panel to close');
    store.settings = { noteLimit: 300, me: { firstName: 'Alex' } };
    noteDialog('Ines Duarte', { maxLength: 0, counter: false });
    await panelReady();
    await until(() => inPanel('[data-limit="300"]'), 'the saved limit');
    await until(() => draftText() === 'Hi Ines. Alex', 'the sender\'s name');
  });

  it('keeps the last templates when the background does not answer', async () => {
    start();
    noteDialog('Ines Duarte');
    await panelReady();
    await until(() => optionNames().includes('Company'), 'the stored templates');
    document.body.replaceChildren();
    await until(() => !host('composer'), 'the panel to close');

    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation((async () => {
      throw new Error('Could not establish connection');
    }) as never);
    noteDialog('Ines Duarte');
    await panelReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(optionNames()).toEqual(['Hello', 'Company']);
  });
});

describe('the draft survives LinkedIn re-rendering the dialog', () => {
  it('our host dropped by a re-render comes back with the template, reason and edited draft', async () => {
    start();
    const d = noteDialog('Ines Duarte');
    await panelReady();
    await pick('co');
    await typeInto(inPanel<HTMLInputElement>('input')!, 'the tile fair');
    await typeInto(inPanel<HTMLTextAreaElement>('textarea')!, 'Ines, your tile fair stand was the best one. Keep in touch?');

    // LinkedIn re-renders the dialog's children: the same box, our host gone.
    const old = host('composer')!;
    d.root.replaceChildren(...[...d.root.children].filter((c) => c !== old));
    await until(() => host('composer') && host('composer') !== old && inPanel('[data-connector-action="insert"]'), 'the panel to come back');
    expect(draftText()).toBe('Ines, your tile fair stand was the best one. Keep in touch?');
    expect(inPanel<HTMLInputElement>('input')!.value).toBe('the tile fair');
  });

  it('a whole new dialog for the same person starts where the last one was; another person does not', async () => {
    start();
    const first = noteDialog('Ines Duarte');
    await panelReady();
    await pick('co');
    await typeInto(inPanel<HTMLInputElement>('input')!, 'the tile fair');
    const kept = draftText();
    first.root.remove();
    await until(() => !host('composer'), 'the panel to close');

    noteDialog('Ines Duarte');
    await panelReady();
    expect(inPanel<HTMLSelectElement>('select')!.value).toBe('co');
    expect(inPanel<HTMLInputElement>('input')!.value).toBe('the tile fair');
    expect(draftText()).toBe(kept);
    document.body.replaceChildren();
    await until(() => !host('composer'), 'the panel to close');

    // Someone else: no reason carried over, but the template picked last is where they start.
    noteDialog('Ana Ruiz');
    await panelReady();
    expect(inPanel<HTMLInputElement>('input')!.value).toBe('');
    expect(inPanel<HTMLSelectElement>('select')!.value).toBe('co');
    expect(draftText()).toBe('Hi Ana, I follow.');
  });
});

describe('a closed panel can be opened again for the same dialog', () => {
  const reopenButton = () => host('composer-reopen')?.shadowRoot?.querySelector<HTMLButtonElement>('button') ?? null;

  it('Escape leaves a focused "Connector" button; pressing it brings the panel back as it was, caret in the reason', async () => {
    start();
    const d = noteDialog('Ines Duarte');
    await panelReady();
    await typeInto(inPanel<HTMLInputElement>('input')!, 'the tile fair');
    const draft = draftText();
    const linkedInHeard: string[] = [];
    d.root.addEventListener('keydown', (e) => linkedInHeard.push(e.key));

    const reason = inPanel<HTMLInputElement>('input')!;
    reason.focus();
    reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const button = await until(reopenButton, 'the reopen button');
    expect(host('composer')).toBeNull();
    // The panel's Escape is ours alone: LinkedIn's dialog stays open.
    expect(linkedInHeard).toEqual([]);
    expect(button.textContent).toBe('Connector');
    expect(button.getAttribute('aria-label')).toMatch(/^Connector: open the note composer/);
    await until(() => host('composer-reopen')!.shadowRoot!.activeElement === button, 'focus on the reopen button');
    // Its host sits in LinkedIn's dialog, so Tab reaches it inside the dialog's focus trap.
    expect(d.root.contains(host('composer-reopen'))).toBe(true);

    button.click();
    await panelReady();
    expect(host('composer-reopen')).toBeNull();
    expect(draftText()).toBe(draft);
    await until(() => host('composer')!.shadowRoot!.activeElement === inPanel('input'), 'focus in the reason field');
  });

  it('the × does the same, and the button stays through re-renders until the dialog goes', async () => {
    start();
    const d = noteDialog('Ines Duarte');
    await panelReady();
    inPanel<HTMLButtonElement>('button.x')!.click();
    await until(reopenButton, 'the reopen button');

    // LinkedIn re-renders the dialog: the panel is not forced back on the person, the button returns.
    const old = host('composer-reopen')!;
    old.remove();
    d.textarea.dispatchEvent(new Event('input', { bubbles: true }));
    d.root.setAttribute('open', '');
    await until(() => host('composer-reopen') && host('composer-reopen') !== old && reopenButton(), 'a new reopen button');
    expect(host('composer')).toBeNull();

    // Escape on the button is LinkedIn's business (its dialog closes as from any of its buttons).
    const linkedInHeard: string[] = [];
    d.root.addEventListener('keydown', (e) => linkedInHeard.push(e.key));
    reopenButton()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(linkedInHeard).toEqual(['Escape']);

    d.root.remove();
    await until(() => !host('composer-reopen'), 'the button to leave with its dialog');
  });

  it('a new dialog gets the panel again', async () => {
    start();
    const first = noteDialog('Ines Duarte');
    await panelReady();
    inPanel<HTMLButtonElement>('button.x')!.click();
    await until(reopenButton, 'the reopen button');
    first.root.remove();
    await until(() => !host('composer-reopen'), 'the button to go');
    noteDialog('Ines Duarte');
    await panelReady();
    expect(host('composer-reopen')).toBeNull();
  });
});

describe('small things a person sending many notes runs into', () => {
  it('an over-long draft is not sent to the clipboard when LinkedIn\'s box has a maxlength', async () => {
    const write = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    start();
    const d = noteDialog('Ines Duarte', { maxLength: 40 });
    await panelReady();
    await typeInto(inPanel<HTMLTextAreaElement>('textarea')!, 'Ines, this note is much longer than the forty characters the box allows.');
    inPanel<HTMLButtonElement>('[data-connector-action="insert"]')!.click();
    await until(() => inPanel('[data-status]'), 'a status');
    expect(inPanel('[data-status]')!.getAttribute('data-status')).toBe('too-long');
    expect(d.textarea.value).toBe('');
    expect(write).not.toHaveBeenCalled();
  });

  it('a stopped composer (SPA navigation) records a Send once, not once per page visited', async () => {
    start();
    stop!();
    start();
    stop!();
    start();
    const d = noteDialog('Ines Duarte');
    await panelReady();
    d.textarea.value = 'Hi Ines, your tile fair stand was the best one.';
    const sendButton = d.root.querySelector<HTMLButtonElement>('[aria-label="Send invitation"]')!;
    sendButton.click();
    await until(() => sent.some((m) => m.type === 'outgoing/sent'), 'the outgoing invitation');
    await new Promise((r) => setTimeout(r, 30));
    expect(sent.filter((m) => m.type === 'outgoing/sent')).toHaveLength(1);
  });
});
