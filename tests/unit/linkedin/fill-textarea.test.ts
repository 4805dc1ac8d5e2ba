// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillTextarea } from '@/src/linkedin/fill-textarea';

type ExecCommand = (cmd: string, ui?: boolean, value?: string) => boolean;
// happy-dom has no execCommand; each test installs the engine behaviour it needs.
const doc = document as unknown as { execCommand?: ExecCommand };

function textarea(initial = ''): HTMLTextAreaElement {
  document.body.replaceChildren();
  const el = document.createElement('textarea');
  el.value = initial;
  document.body.append(el);
  return el;
}

/** What Chromium does for insertText on a focused textarea: replace the selection, fire one input event. */
function chromiumLikeExecCommand(): ExecCommand {
  return (cmd, _ui, value = '') => {
    const el = document.activeElement as HTMLTextAreaElement | null;
    if (!el || el.tagName !== 'TEXTAREA') return false;
    const v = el.value;
    const next = cmd === 'delete' ? v.slice(0, el.selectionStart) + v.slice(el.selectionEnd) : v.slice(0, el.selectionStart) + value + v.slice(el.selectionEnd);
    if (cmd !== 'insertText' && cmd !== 'delete') return false;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, next);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: cmd === 'delete' ? 'deleteContentBackward' : 'insertText', data: value }));
    return true;
  };
}

afterEach(() => {
  delete doc.execCommand;
  vi.restoreAllMocks();
});

describe('fillTextarea', () => {
  it('uses execCommand when it works, replacing what was there', async () => {
    doc.execCommand = chromiumLikeExecCommand();
    const el = textarea('old draft');
    const inputs: string[] = [];
    el.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(await fillTextarea(el, 'Hi Amara, loved your talk.')).toBe('execCommand');
    expect(el.value).toBe('Hi Amara, loved your talk.');
    expect(inputs).toEqual(['insertText']);
  });

  it('falls back to the prototype setter plus input and change events when execCommand is missing', async () => {
    const el = textarea();
    const events: string[] = [];
    el.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).inputType}`));
    el.addEventListener('change', () => events.push('change'));
    document.body.addEventListener('input', () => events.push('bubbled'));
    expect(await fillTextarea(el, 'Hello')).toBe('setter');
    expect(el.value).toBe('Hello');
    expect(events).toEqual(['input:insertText', 'bubbled', 'change']);
  });

  it('falls back when execCommand claims success but changes nothing, or throws', async () => {
    doc.execCommand = () => true;
    expect(await fillTextarea(textarea(), 'one')).toBe('setter');
    doc.execCommand = () => {
      throw new Error('not in a shadow root, please');
    };
    const el = textarea();
    expect(await fillTextarea(el, 'two')).toBe('setter');
    expect(el.value).toBe('two');
  });

  it('gets past a React-style value tracker that swallows plain `.value =` assignments', async () => {
    const el = textarea();
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(el, 'value', { configurable: true, get: () => proto.get!.call(el), set: () => {} });
    expect(await fillTextarea(el, 'through the prototype')).toBe('setter');
    expect(proto.get!.call(el)).toBe('through the prototype');
  });

  it("reports 'failed' when the page puts the old value back (the caller then offers the clipboard)", async () => {
    const el = textarea('theirs');
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    el.addEventListener('input', () => setTimeout(() => proto.set!.call(el, 'theirs'), 0));
    expect(await fillTextarea(el, 'mine')).toBe('failed');
  });

  it('compares with newlines normalised the way a textarea stores them', async () => {
    const el = textarea();
    expect(await fillTextarea(el, 'line one\r\nline two')).toBe('setter');
    expect(el.value).toBe('line one\nline two');
  });

  it('clears the box for an empty draft', async () => {
    doc.execCommand = chromiumLikeExecCommand();
    const el = textarea('something');
    expect(await fillTextarea(el, '')).toBe('execCommand');
    expect(el.value).toBe('');
  });

  it("refuses text longer than the textarea's maxlength instead of truncating or getting past it", async () => {
    doc.execCommand = chromiumLikeExecCommand();
    const el = textarea('keep me');
    el.maxLength = 10;
    expect(await fillTextarea(el, 'eleven char')).toBe('failed');
    expect(el.value).toBe('keep me');
    expect(await fillTextarea(el, 'ten chars!')).toBe('execCommand');
  });
});
