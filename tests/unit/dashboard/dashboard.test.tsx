// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/src/features/dashboard/dashboard';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import type { Template } from '@/src/core/model';
import { fakeBackground, type FakeBackground } from './fake-background';

let root: HTMLElement;
let bg: FakeBackground;

const $ = <T extends Element = HTMLElement>(sel: string, scope: ParentNode = root) => {
  const el = scope.querySelector<T>(sel);
  if (!el) throw new Error(`not found: ${sel}`);
  return el;
};
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const rows = () => $$('.template-row').map((r) => r.dataset.templateId);
const rowOf = (id: string) => $(`[data-template-id="${id}"]`);
const action = (id: string, name: string) => $<HTMLButtonElement>(`[data-template-id="${id}"] [data-action="${name}"]`);
const labelled = <T extends HTMLElement>(text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label ${text}`);
  return $<T>(`#${label.htmlFor}`);
};

/** Let replies from the fake background arrive and Preact re-render. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
  });
}
async function press(el: HTMLElement) {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await settle();
}
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function mount(init: Parameters<typeof fakeBackground>[0] = {}) {
  bg = fakeBackground(init);
  await act(async () => render(<Dashboard />, root));
  await settle();
}

const own = (id: string, order = 99): Template => ({ id, name: `Own ${id}`, body: `Hi {firstName}, ${id} here.`, builtin: false, order });

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('loading', () => {
  it('shows the templates in the store’s order and the saved profile', async () => {
    await mount({ settings: { me: { firstName: 'Alex', company: 'Fabrikam' }, noteLimit: 300 } });
    expect(rows()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(labelled<HTMLInputElement>('First name').value).toBe('Alex');
    expect(labelled<HTMLInputElement>('Company').value).toBe('Fabrikam');
    expect(labelled<HTMLInputElement>('Last name').value).toBe('');
    expect($<HTMLInputElement>('input[name="note-limit"][value="300"]').checked).toBe(true);
    expect($$('.tag').map((t) => t.textContent)).toEqual(BUILTIN_TEMPLATES.map(() => 'Built-in'));
  });

  it('says so when the background cannot answer, and tries again', async () => {
    bg = fakeBackground();
    bg.refuseNext = { type: 'settings/get', error: 'Database unavailable' };
    await act(async () => render(<Dashboard />, root));
    await settle();
    expect($('[role="alert"]').textContent).toContain('Database unavailable');
    await press($<HTMLButtonElement>('.load-error button'));
    expect(rows()).toHaveLength(BUILTIN_TEMPLATES.length);
  });

  it('labels every control', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    for (const el of $$('input, textarea, select')) {
      const id = el.id;
      const labelled = (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label');
      expect(labelled, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
    for (const b of $$('button')) {
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), b.outerHTML.slice(0, 80)).not.toBe('');
    }
  });
});

describe('creating a template', () => {
  it('previews on the sample recipient, counts against the limit and saves', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    expect(document.activeElement).toBe(labelled('Name'));
    await type(labelled('Name'), 'Podcast guest');
    await type(labelled('Template text'), 'Hi {firstName}, I heard you on {reason}[[ talking about {company}]].');
    const preview = $('[data-preview]').textContent;
    expect(preview).toBe('Hi Maya, I heard you on design systems for small teams talking about Northwind Labs.');
    expect($('[data-count]').textContent).toBe(`${preview!.length} / 200 characters`);

    await press($('[data-action="save-template"]'));
    const [sent] = bg.of('templates/save');
    const created = sent.templates.at(-1)!;
    expect(created).toMatchObject({ name: 'Podcast guest', builtin: false, order: BUILTIN_TEMPLATES.length });
    expect(created.id).toMatch(/^own-/);
    expect(rows().at(-1)).toBe(created.id);
    expect(root.querySelector('.editor')).toBeNull();
    expect($('#templates-heading ~ [role="status"]').textContent).toBe('Created “Podcast guest”.');
    expect(document.activeElement).toBe(action(created.id, 'edit'));
  });

  it('shows what optional sections do when the profile is sparse', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    await type(labelled('Template text'), 'Hi {firstName}[[ from {company}]], about {reason}.');
    const sparse = $<HTMLInputElement>('.preview input[type="checkbox"]');
    await act(async () => {
      sparse.checked = true;
      sparse.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('[data-preview]').textContent).toBe('Hi Maya, about design systems for small teams.');
  });

  it('inserts a variable at the cursor', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    const body = labelled<HTMLTextAreaElement>('Template text');
    await type(body, 'Hi , thanks');
    await act(async () => {
      body.focus();
      body.setSelectionRange(3, 3);
    });
    await press($('[data-variable="firstName"]'));
    expect(body.value).toBe('Hi {firstName}, thanks');
    expect(document.activeElement).toBe(body);
    expect(body.selectionStart).toBe('Hi {firstName}'.length);
    expect($('[data-preview]').textContent).toBe('Hi Maya, thanks');
  });

  it('lists the variables with their sample values', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    const text = $('.variables').textContent!;
    for (const v of ['{firstName}', 'Maya', '{company}', 'Northwind Labs', '{reason}', '{myName}']) expect(text).toContain(v);
  });

  it('shows problems next to the text and refuses to save an invalid template', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    await type(labelled('Name'), 'Broken');
    await type(labelled('Template text'), 'Hi {frstName}, [[at {company}');
    const problems = $$('#template-problems li').map((li) => li.textContent);
    expect(problems.join('\n')).toContain('did you mean {firstName}?');
    expect(problems.join('\n')).toContain('"[[" is never closed');
    expect(labelled('Template text').getAttribute('aria-invalid')).toBe('true');
    expect($('[data-preview]').textContent).not.toMatch(/[{}]/);

    await press($('[data-action="save-template"]'));
    expect($('.save-errors[role="alert"]').textContent).toContain('Unknown variable {frstName}');
    expect(bg.of('templates/save')).toEqual([]);
  });

  it('refuses a template without a name or text', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    await press($('[data-action="save-template"]'));
    const alert = $('.save-errors').textContent!;
    expect(alert).toContain('A template needs a name');
    expect(alert).toContain('A template needs some text');
    expect(bg.of('templates/save')).toEqual([]);
  });

  it('shows the count over the limit and refuses fixed text longer than the limit', async () => {
    await mount();
    await press($('[data-action="new-template"]'));
    await type(labelled('Name'), 'Long');
    await type(labelled('Template text'), 'word '.repeat(45));
    expect($('[data-count]').className).toContain('over');
    expect($('[data-count]').textContent).toMatch(/^224 \/ 200 characters: 24 over/);
    await press($('[data-action="save-template"]'));
    expect($('.save-errors').textContent).toContain('LinkedIn allows 200');
    expect(bg.of('templates/save')).toEqual([]);
  });

  it('keeps the editor open with the background’s reason when it refuses', async () => {
    await mount();
    bg.refuseNext = { type: 'templates/save', error: 'Template "X": too many templates' };
    await press($('[data-action="new-template"]'));
    await type(labelled('Name'), 'X');
    await type(labelled('Template text'), 'Hi {firstName}');
    await press($('[data-action="save-template"]'));
    expect($('.save-errors').textContent).toContain('too many templates');
    expect(rows()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(root.querySelector('.editor')).not.toBeNull();
  });
});

describe('editing, reordering, deleting', () => {
  it('edits a built-in in place and marks it edited', async () => {
    await mount();
    const first = BUILTIN_TEMPLATES[0];
    await press(action(first.id, 'edit'));
    const body = labelled<HTMLTextAreaElement>('Template text');
    expect(body.value).toBe(first.body);
    await type(body, 'Hi {firstName}, good to meet you at {reason}.');
    await press($('[data-action="save-template"]'));
    const saved = bg.templates.find((t) => t.id === first.id)!;
    expect(saved).toMatchObject({ builtin: true, order: 0, body: 'Hi {firstName}, good to meet you at {reason}.' });
    expect($('.tag', rowOf(first.id)).textContent).toBe('Built-in, edited');
  });

  it('does not throw away unsaved changes when another template is opened', async () => {
    await mount();
    const [a, b] = BUILTIN_TEMPLATES;
    await press(action(a.id, 'edit'));
    await type(labelled('Template text'), 'Changed {reason}');
    await press(action(b.id, 'edit'));
    expect($('.editor').dataset.editor).toBe(a.id);
    expect($('.notice[role="alert"]').textContent).toContain('Save or cancel');
    await press($('[data-action="cancel-edit"]'));
    expect(document.activeElement).toBe(action(a.id, 'edit'));
    await press(action(b.id, 'edit'));
    expect($('.editor').dataset.editor).toBe(b.id);
  });

  it('moves templates with the buttons and keeps focus on the moved one', async () => {
    await mount();
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(action(ids[0], 'up').disabled).toBe(true);
    await press(action(ids[0], 'down'));
    expect(rows()).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(bg.of('templates/save').at(-1)!.templates.map((t) => [t.id, t.order])).toEqual(
      [ids[1], ids[0], ...ids.slice(2)].map((id, i) => [id, i]),
    );
    expect(document.activeElement).toBe(action(ids[0], 'down'));
    expect($('#templates-heading ~ [role="status"]').textContent).toContain('position 2 of');

    // Moving to the top disables "up": focus stays on the row, on "down".
    await press(action(ids[0], 'up'));
    expect(rows()).toEqual(ids);
    expect(document.activeElement).toBe(action(ids[0], 'down'));
  });

  it('moves the focused template with Alt+arrow keys', async () => {
    await mount();
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    const edit = action(ids[2], 'edit');
    await act(async () => {
      edit.focus();
      edit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    });
    await settle();
    expect(rows()).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
    expect(bg.templates.map((t) => t.id)).toEqual(rows());
    await act(async () => {
      edit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await settle();
    expect(rows()).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
  });

  it('applies quick successive moves in order', async () => {
    await mount();
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    await act(async () => {
      action(ids[0], 'down').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await act(async () => {
      action(ids[0], 'down').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await settle();
    expect(rows()).toEqual([ids[1], ids[2], ids[0], ...ids.slice(3)]);
    expect(bg.templates.map((t) => t.id)).toEqual(rows());
  });

  it('asks inline before deleting, and Keep it keeps it', async () => {
    await mount({ templates: [...BUILTIN_TEMPLATES, own('mine')] });
    await press(action('mine', 'delete'));
    expect($('[role="group"][aria-label="Confirm deleting Own mine"]').textContent).toContain('cannot be undone');
    expect(document.activeElement).toBe(action('mine', 'cancel-delete'));
    await press(action('mine', 'cancel-delete'));
    expect(rows()).toContain('mine');
    expect(bg.of('templates/save')).toEqual([]);

    await press(action('mine', 'delete'));
    await press(action('mine', 'confirm-delete'));
    expect(rows()).not.toContain('mine');
    expect(bg.templates.map((t) => t.id)).not.toContain('mine');
    expect($('#templates-heading ~ [role="status"]').textContent).toBe('Deleted “Own mine”.');
    expect(document.activeElement).toBe(action(BUILTIN_TEMPLATES.at(-1)!.id, 'edit'));
  });

  it('restores the list from the store when a save fails', async () => {
    await mount();
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    bg.refuseNext = { type: 'templates/save', error: 'Disk full' };
    await press(action(ids[0], 'down'));
    expect($('#templates-heading ~ [role="status"]').textContent).toBe('Not saved: Disk full');
    expect(rows()).toEqual(ids);
  });
});

describe('reset built-ins', () => {
  it('restores edited and deleted built-ins and keeps the person’s own templates', async () => {
    const [first, ...rest] = BUILTIN_TEMPLATES;
    await mount({ templates: [own('mine'), { ...rest[0], body: 'Edited {reason}' }, ...rest.slice(1)] });
    expect(rows()).not.toContain(first.id);
    await press($('[data-action="reset"]'));
    expect($('[aria-label="Confirm resetting the built-in templates"]').textContent).toContain('1 own template is kept');
    await press($('[data-action="confirm-reset"]'));
    expect(rows()).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'mine']);
    expect(bg.templates.find((t) => t.id === rest[0].id)!.body).toBe(rest[0].body);
    expect(bg.of('templates/reset')).toEqual([]);
  });

  it('uses templates/reset when the person has no templates of their own', async () => {
    await mount({ templates: [{ ...BUILTIN_TEMPLATES[1], order: 0 }] });
    await press($('[data-action="reset"]'));
    await press($('[data-action="confirm-reset"]'));
    expect(bg.of('templates/reset')).toHaveLength(1);
    expect(rows()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
  });

  it('can be cancelled', async () => {
    await mount({ templates: [own('mine')] });
    await press($('[data-action="reset"]'));
    await press($('[data-action="cancel-reset"]'));
    expect(rows()).toEqual(['mine']);
    expect(document.activeElement).toBe($('[data-action="reset"]'));
  });
});

describe('your profile', () => {
  it('saves the fields and the note limit, and the preview follows the new limit', async () => {
    await mount({ settings: { me: { firstName: 'Alex', location: 'Porto' } } });
    await type(labelled('Last name'), '  Moreau ');
    await type(labelled('Company'), 'Fabrikam');
    await type(labelled('First name'), '');
    const premium = $<HTMLInputElement>('input[name="note-limit"][value="300"]');
    await act(async () => {
      premium.checked = true;
      premium.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await press($('[data-action="save-profile"]'));
    expect(bg.of('settings/save')[0].settings).toEqual({
      me: { lastName: 'Moreau', company: 'Fabrikam', location: 'Porto' },
      noteLimit: 300,
    });
    expect($('#profile-heading ~ form [role="status"]').textContent).toBe('Saved.');

    await press($('[data-action="new-template"]'));
    await type(labelled('Template text'), 'Hi {firstName}');
    expect($('[data-count]').textContent).toBe('7 / 300 characters');
  });

  it('reports a refused save', async () => {
    await mount();
    bg.refuseNext = { type: 'settings/save', error: 'Malformed message' };
    await press($('[data-action="save-profile"]'));
    expect($('#profile-heading ~ form [role="status"]').textContent).toBe('Not saved: Malformed message');
  });
});

describe('untrusted text', () => {
  it('renders hostile template names and bodies as text', async () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1">';
    await mount({ templates: [{ id: 'h', name: hostile, body: `Hi {firstName} ${hostile}`, builtin: false, order: 0 }] });
    expect(root.querySelector('img')).toBeNull();
    expect($('.template-name').textContent).toBe(hostile);
    await press(action('h', 'edit'));
    expect($('[data-preview]').textContent).toBe(`Hi Maya ${hostile}`);
    expect(root.querySelector('img')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
