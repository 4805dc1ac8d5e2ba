// Putting text into LinkedIn's note textarea so that LinkedIn notices (DOM.md "Filling LinkedIn's note
// textarea"). execCommand('insertText') is first because it behaves like typing: Ember and React both
// see the input event, the counter and Send button update, and the person can undo. The prototype
// setter is the fallback because React's value tracker ignores a plain `.value =` assignment.
// Neither path clicks anything; if both fail the caller offers the clipboard.

export type FillResult = 'execCommand' | 'setter' | 'failed';

const normalise = (s: string) => s.replace(/\r\n?/g, '\n');

// Frameworks may re-render a controlled textarea on the next task and put the old value back;
// verifying after a tick catches that instead of reporting a fill that did not stick.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function holds(el: HTMLTextAreaElement, want: string): Promise<boolean> {
  if (el.value !== want) return false;
  await nextTask();
  return el.value === want;
}

function tryExecCommand(el: HTMLTextAreaElement, text: string): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  el.focus();
  el.select();
  // An empty insertText does not clear a selection in every engine; delete explicitly.
  if (text === '') return doc.execCommand('delete', false);
  return doc.execCommand('insertText', false, text);
}

function trySetter(el: HTMLTextAreaElement, text: string): void {
  const view = el.ownerDocument.defaultView;
  const proto = (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, text);
  else el.value = text;
  const Input = view?.InputEvent ?? InputEvent;
  const Plain = view?.Event ?? Event;
  el.dispatchEvent(new Input('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new Plain('change', { bubbles: true }));
}

/**
 * 'failed' without touching the box when the text is longer than the textarea's maxlength: Chromium's
 * insertText silently truncates there (checked on the fixture in Chromium), and the setter would get
 * past LinkedIn's own limit. The caller trims (or lets the person trim) first.
 */
export async function fillTextarea(el: HTMLTextAreaElement, text: string): Promise<FillResult> {
  const want = normalise(text);
  try {
    if (el.maxLength > 0 && want.length > el.maxLength) return 'failed';
  } catch {
    return 'failed';
  }
  try {
    if (tryExecCommand(el, want) && (await holds(el, want))) return 'execCommand';
  } catch {
    // Some engines throw on execCommand inside shadow roots or detached documents; fall through.
  }
  try {
    trySetter(el, want);
    if (await holds(el, want)) return 'setter';
  } catch {
    // Nothing left to try here; the caller copies to the clipboard.
  }
  return 'failed';
}
