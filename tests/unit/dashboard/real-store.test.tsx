// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDB } from '../store/fresh-db';
import { handlers } from '@/src/background/handlers';
import { parseMessage, type Message, type Reply } from '@/src/messaging';
import { listTemplates } from '@/src/store/templates';
import { getSettings } from '@/src/store/settings';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import { Dashboard } from '@/src/features/dashboard/dashboard';

// The dashboard against the background's real handlers and store (fake IndexedDB): what the page
// sends is what the store accepts, and what it saves is what a reload shows.

let root: HTMLElement;

beforeEach(async () => {
  await freshDB();
  fakeBrowser.runtime.onMessage.addListener(((raw: unknown, _s: unknown, sendResponse: (r: Reply) => void) => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) sendResponse({ ok: false, error: parsed.error });
    else {
      const handler = handlers[parsed.message.type] as (m: Message, c: object) => Promise<unknown>;
      handler(parsed.message, {}).then(
        (data) => sendResponse({ ok: true, data }),
        (e: Error) => sendResponse({ ok: false, error: e.message }),
      );
    }
    return true;
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle() {
  await act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  });
}
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function press(sel: string) {
  await act(async () => {
    $(sel).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await settle();
}
async function type(sel: string, value: string) {
  await act(async () => {
    const el = $<HTMLInputElement>(sel);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function mount() {
  render(null, root);
  await act(async () => render(<Dashboard />, root));
  await settle();
}

it('creates, reorders and deletes templates in the store, and a reload shows the result', async () => {
  await mount();
  await press('[data-action="new-template"]');
  await type('#template-name', 'Conference follow-up');
  await type('#template-body', 'Hi {firstName}, thanks for the chat at {reason}.');
  await press('[data-action="save-template"]');
  let stored = await listTemplates();
  const mine = stored.at(-1)!;
  expect(mine).toMatchObject({ name: 'Conference follow-up', builtin: false, order: BUILTIN_TEMPLATES.length });

  await press(`[data-template-id="${mine.id}"] [data-action="up"]`);
  await press(`[data-template-id="${BUILTIN_TEMPLATES[0].id}"] [data-action="delete"]`);
  await press(`[data-template-id="${BUILTIN_TEMPLATES[0].id}"] [data-action="confirm-delete"]`);
  stored = await listTemplates();
  const expected = [...BUILTIN_TEMPLATES.slice(1, -1).map((t) => t.id), mine.id, BUILTIN_TEMPLATES.at(-1)!.id];
  expect(stored.map((t) => t.id)).toEqual(expected);

  await mount();
  expect([...root.querySelectorAll<HTMLElement>('.template-row')].map((r) => r.dataset.templateId)).toEqual(expected);
});

it('saves the profile in the store', async () => {
  await mount();
  await type('#me-firstName', 'Alex');
  await type('#me-school', 'Universidade do Porto');
  await press('[data-action="save-profile"]');
  expect(await getSettings()).toEqual({ me: { firstName: 'Alex', school: 'Universidade do Porto' }, noteLimit: 200 });
});
