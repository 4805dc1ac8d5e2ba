// LinkedIn's invite dialog(s) (DOM.md §2). Since 2026-05 a Connect click first opens a *gating* dialog
// ("Add a note to your invitation?": Dismiss / Add a note / Send without a note) and "Add a note" swaps
// it for the *note* dialog (textarea, n/N counter, "N personalized invitations remaining", Send
// invitation). On SDUI pages both live in the OPEN shadow root of `#interop-outlet`; a plain
// `document.querySelector('[role=dialog]')` misses them and finds closed ad dialogs instead. The
// classic light-DOM modal (`.send-invite`, `[data-test-modal][role=dialog]`) is still served too.

import { matchesAny, textsFor } from './locale-text';
import { labelOf, textOf } from './read-text';

export type ConnectDialog =
  | {
      kind: 'gating';
      root: Element;
      addNote?: Element;
      sendWithoutNote?: Element;
      recipientName?: string;
      /** LinkedIn shows a Premium upsell instead of the note box: the free notes are used up. */
      quotaUsed?: boolean;
    }
  | {
      kind: 'note';
      root: Element;
      textarea: HTMLTextAreaElement;
      send?: Element;
      counter?: Element;
      limit?: number;
      remainingText?: string;
      recipientName?: string;
      quotaUsed?: boolean;
    };

type NoteDialog = Extract<ConnectDialog, { kind: 'note' }>;

const HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';
const CANDIDATES = '.send-invite, [aria-labelledby="send-invite-modal"], [role="dialog"], [role="alertdialog"], dialog';
const INVITE_MODAL = '.send-invite, [aria-labelledby="send-invite-modal"]';
const CONTROLS = 'button, a[href], a[role="button"], [role="button"]';
const COUNTER = /^(\d+)\s*\/\s*(\d+)$/;
// A Premium link inside the invite dialog is LinkedIn's "you've used your free personalized
// invitations" upsell (DOM.md §2, [SD] _get_premium_upsell_message).
const PREMIUM_UPSELL = 'a[href*="/premium/"]';

function shadowRoots(doc: Document): ShadowRoot[] {
  return [...doc.querySelectorAll(HOSTS)].map((h) => h.shadowRoot).filter((r): r is ShadowRoot => !!r);
}

/** Nodes to observe for dialogs appearing: the body, and each interop shadow root that exists now. */
export function dialogHosts(doc: Document): Node[] {
  try {
    const body: Node | null = doc.body ?? doc.documentElement;
    return [...(body ? [body] : []), ...shadowRoots(doc)];
  } catch {
    return [];
  }
}

// aria-hidden is not a signal here: LinkedIn hides the app behind a modal with it, not the modal.
function isHidden(el: Element): boolean {
  return !!el.closest('[hidden], dialog:not([open])');
}

function controlsOf(root: Element): Element[] {
  return [...root.querySelectorAll(CONTROLS)].filter((c) => !isHidden(c));
}

/** Smallest element whose own text satisfies `test` (so a wrapper's concatenated text never wins). */
function smallest(root: Element, test: (t: string) => boolean): Element | undefined {
  let found: Element | undefined;
  for (const el of root.querySelectorAll('span, p, div, small, label, strong')) {
    if (el.closest('textarea, button')) continue;
    if (!test(textOf(el))) continue;
    if (!found || found.contains(el)) found = el;
  }
  return found;
}

function recipientNameIn(root: Element): string | undefined {
  for (const s of root.querySelectorAll('strong, b')) {
    if (s.closest('button, a, label, textarea')) continue;
    const t = textOf(s);
    if (t) return t;
  }
  return undefined;
}

function parseCounter(counter: Element | undefined): number | undefined {
  const m = counter ? textOf(counter).match(COUNTER) : null;
  const n = m ? Number(m[2]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * LinkedIn's note limit as the dialog shows it. When the box's maxlength and the n/N counter
 * disagree (a 2026-07 capture shows 0/200 beside a 300 maxlength text), the smaller one is the
 * one LinkedIn enforces somewhere, so that is the budget.
 */
export function noteLimit(d: NoteDialog): number | undefined {
  try {
    const max = d.textarea.maxLength;
    const fromBox = typeof max === 'number' && max > 0 ? max : undefined;
    const fromCounter = parseCounter(d.counter ?? smallest(d.root, (t) => COUNTER.test(t)));
    if (fromBox && fromCounter) return Math.min(fromBox, fromCounter);
    return fromBox ?? fromCounter;
  } catch {
    return undefined;
  }
}

function classify(el: Element): ConnectDialog | undefined {
  const actionbar = el.querySelector('.artdeco-modal__actionbar');
  const textarea =
    el.querySelector<HTMLTextAreaElement>('textarea[name="message"], textarea#custom-message') ??
    el.querySelector<HTMLTextAreaElement>('textarea');
  const controls = controlsOf(el);
  const recipientName = recipientNameIn(el);
  const texts = textsFor(el, 'connect');
  const labelled = (key: 'addNote' | 'sendWithoutNote' | 'sendWithNote') =>
    controls.find((c) => matchesAny(texts, key, labelOf(c)));

  if (textarea && !isHidden(textarea)) {
    const send =
      labelled('sendWithNote') ??
      actionbar?.querySelector('button.artdeco-button--primary') ??
      undefined;
    const counter = smallest(el, (t) => COUNTER.test(t));
    const remaining = smallest(el, (t) => matchesAny(texts, 'remaining', t));
    const d: NoteDialog = {
      kind: 'note',
      root: el,
      textarea,
      send,
      counter,
      remainingText: remaining ? textOf(remaining) : undefined,
      recipientName,
      quotaUsed: !!el.querySelector(PREMIUM_UPSELL),
    };
    d.limit = noteLimit(d);
    return d;
  }

  const addNoteLabelled = labelled('addNote');
  const sendWithoutNoteLabelled = labelled('sendWithoutNote');
  // Structural fallbacks only count inside a known invite modal: ad and consent dialogs have primary
  // buttons too.
  if (!addNoteLabelled && !sendWithoutNoteLabelled && !el.matches(INVITE_MODAL)) return undefined;
  const addNote = addNoteLabelled ?? actionbar?.querySelector('button.artdeco-button--secondary') ?? undefined;
  const sendWithoutNote =
    sendWithoutNoteLabelled ?? actionbar?.querySelector('button.artdeco-button--primary') ?? undefined;
  if (!addNote && !sendWithoutNote) return undefined;
  return { kind: 'gating', root: el, addNote, sendWithoutNote, recipientName, quotaUsed: !!el.querySelector(PREMIUM_UPSELL) };
}

function dialogsIn(root: Document | ShadowRoot): ConnectDialog[] {
  const found: ConnectDialog[] = [];
  for (const el of root.querySelectorAll(CANDIDATES)) {
    if (isHidden(el)) continue;
    const d = classify(el);
    if (d) found.push(d);
  }
  // A wrapper (e.g. <dialog> around [role=dialog]) classifies too; keep the innermost.
  return found.filter((d) => !found.some((o) => o !== d && d.root.contains(o.root)));
}

/** The invite dialog on screen, shadow root first (that is where 2026 renders it). */
export function findConnectDialog(doc: Document): ConnectDialog | undefined {
  try {
    const all = [...shadowRoots(doc), doc].flatMap((r) => dialogsIn(r));
    // During the gating → note swap both can be present for a frame; the note one is current.
    return all.find((d) => d.kind === 'note') ?? all[0];
  } catch {
    return undefined;
  }
}

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/**
 * Whether a click on `target` sends the invitation. For a capture-phase listener: pass
 * `event.composedPath()[0]` so clicks inside the shadow root resolve to the real button.
 * 'with-note' is the note dialog's Send; the recorder reads the textarea for what was sent.
 */
export function isSendControl(target: Element, d: ConnectDialog): 'with-note' | 'without-note' | undefined {
  try {
    const control = target.closest(CONTROLS);
    if (!control || !d.root.contains(control) || isDisabled(control)) return undefined;
    const label = labelOf(control);
    const texts = textsFor(control, 'connect');
    if (matchesAny(texts, 'cancel', label) || control.hasAttribute('data-test-modal-close-btn')) return undefined;
    if (d.kind === 'note') {
      return control === d.send || matchesAny(texts, 'sendWithNote', label) ? 'with-note' : undefined;
    }
    return control === d.sendWithoutNote || matchesAny(texts, 'sendWithoutNote', label) ? 'without-note' : undefined;
  } catch {
    return undefined;
  }
}
