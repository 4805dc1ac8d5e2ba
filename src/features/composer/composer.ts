import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUILTIN_TEMPLATES } from '../../core/drafting/builtins';
import { countChars } from '../../core/drafting/engine';
import { AnalysisSchema, SettingsSchema, TemplateSchema, type Analysis, type Recipient, type Settings, type Template } from '../../core/model';
import { sendMessage } from '../../messaging';
import { dialogHosts, findConnectDialog, noteLimit, type ConnectDialog } from '../../linkedin/connect-dialog';
import { fillTextarea } from '../../linkedin/fill-textarea';
import { detectPage } from '../../linkedin/pages';
import { isPendingShown, readProfile } from '../../linkedin/profile';
import { vanityNameFromHref } from '../../linkedin/read-text';
import { cardForConnect, connectTargetOf } from '../../linkedin/search-people';
import type { Feature } from '../feature';
import { mountBeside, type Beside } from './beside-dialog';
import { draftMemory } from './draft-memory';
import type { SavedDraft } from './draft-state';
import { GatingHint, Panel, ReopenButton, type InsertOutcome } from './panel';
import { recipientMemory, toVars } from './recipient-context';
import { clickTarget, readSendClick, toOutgoing } from './send-recorder';
import { hintCss, panelCss, reopenCss } from './styles';

// The composer: a panel beside LinkedIn's "Add a note" dialog, a hint on the step before it, and the
// recorder of the person's own Send click. Dialogs can open on any LinkedIn page, so the feature runs
// everywhere; while no dialog is open its cost is one MutationObserver whose callback only sets a timer.

const CHECK_DELAY_MS = 50;

const isOurs = (n: EventTarget) => n instanceof Element && n.hasAttribute('data-connector');
const PANEL_WIDTH = 340;

type NoteDialog = Extract<ConnectDialog, { kind: 'note' }>;

interface Data {
  templates: Template[];
  settings: Settings;
}

// The last answer survives SPA restarts of the feature, so a panel never waits for the background:
// it opens with what was known and takes the fresh answer when it lands.
let cached: Data | undefined;
let loading: Promise<Data> | undefined;

/** The analyzer's verdict on a draft, from the background (where the analyzer runs); undefined without an answer. */
async function judgeDraft(draft: string, recipient: Recipient): Promise<Analysis | undefined> {
  const reply = await sendMessage({ type: 'drafts/judge', draft: draft.slice(0, 5000), recipient });
  const parsed = reply.ok ? AnalysisSchema.safeParse(reply.data) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

async function loadData(): Promise<Data> {
  const [t, s] = await Promise.all([sendMessage({ type: 'templates/list' }), sendMessage({ type: 'settings/get' })]);
  const templates = t.ok ? TemplateSchema.array().safeParse(t.data) : undefined;
  const settings = s.ok ? SettingsSchema.safeParse(s.data) : undefined;
  return {
    templates: templates?.success && templates.data.length ? templates.data : cached?.templates ?? BUILTIN_TEMPLATES,
    settings: settings?.success ? settings.data : cached?.settings ?? SettingsSchema.parse({}),
  };
}

/**
 * Asked again for every hint and panel, so templates and settings edited in the options page reach the
 * next dialog without a page reload. Calls made while one is under way share its answer.
 */
function refreshData(): Promise<Data> {
  loading ??= loadData()
    .then((d) => (cached = d))
    .finally(() => (loading = undefined));
  return loading;
}

/** The box's own maxlength, when it has one (an absent attribute reads as -1). */
function enforcedLimit(textarea: HTMLTextAreaElement): number | undefined {
  const max = textarea.maxLength;
  return typeof max === 'number' && max > 0 ? max : undefined;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function startComposer(ctx: ContentScriptContext, url: URL): () => void {
  const kind = detectPage(url);
  let data: Data = cached ?? { templates: BUILTIN_TEMPLATES, settings: SettingsSchema.parse({}) };
  let stopped = false;

  let panel: { root: Element; textarea: HTMLTextAreaElement; ui?: Beside; mounting: boolean; drawnWith?: Data } | undefined;
  let hint: { root: Element; ui?: Beside; mounting: boolean } | undefined;
  /** The "Connector" button left beside a note dialog whose panel the person closed. */
  let reopen: { root: Element; textarea: HTMLTextAreaElement; ui?: Beside; mounting: boolean } | undefined;
  // Dialogs whose panel or hint the person closed: the hint stays away until a new dialog opens, the
  // panel until the person presses the button left in its place.
  const dismissed = new WeakSet<Element>();
  let pendingReported = false;

  const rememberPage = () => {
    if (kind === 'profile') {
      const read = readProfile(document, url);
      recipientMemory.rememberPage(read.kind === 'ok' ? read.profile : undefined);
    } else if (kind === 'custom-invite') {
      // The tab navigated to the invite page itself: the URL names the person.
      const slug = vanityNameFromHref(url.search);
      if (slug && recipientMemory.resolve(undefined)?.slug !== slug) recipientMemory.rememberClick({ slug });
    } else {
      recipientMemory.rememberPage(undefined);
    }
  };
  rememberPage();

  const dialogLimit = (d: NoteDialog) => noteLimit(d) ?? d.limit;

  const renderPanel = (d: NoteDialog, autoFocus = false) => {
    if (panel) panel.drawnWith = data;
    const limit = dialogLimit(d);
    const recipient = recipientMemory.resolve(d.recipientName);
    return h(Panel, {
      recipient,
      // Read once per mount (Preact keeps the panel's own state after that): a remount after LinkedIn
      // re-rendered the dialog, or a reopen, starts where the person was for this recipient.
      initial: draftMemory.load(recipient) ?? { templateId: draftMemory.lastTemplateId() },
      onDraftChange: (saved: SavedDraft) => draftMemory.save(recipient, saved),
      onTemplatePicked: (id: string) => draftMemory.rememberTemplate(id),
      templates: data.templates,
      vars: toVars(recipient, data.settings.me.firstName),
      limit: limit ?? data.settings.noteLimit,
      limitFromDialog: limit !== undefined,
      limitEnforced: enforcedLimit(d.textarea) !== undefined,
      remainingText: d.remainingText,
      autoFocus,
      judge: judgeDraft,
      onInsert: (text: string) => insert(d, text),
      onClose: () => {
        dismissed.add(d.textarea);
        closePanel();
        // Focus was in the panel, which is gone: the button in its place takes it.
        showReopen(d, true);
      },
    });
  };

  const insert = async (d: NoteDialog, text: string): Promise<InsertOutcome> => {
    const now = findConnectDialog(document);
    const textarea = d.textarea.isConnected ? d.textarea : now?.kind === 'note' ? now.textarea : undefined;
    if (!textarea) return 'gone';
    // fillTextarea refuses text over the box's maxlength; the clipboard would only get it cut on paste.
    const max = enforcedLimit(textarea);
    if (max !== undefined && countChars(text) > max) return 'too-long';
    const how = await fillTextarea(textarea, text);
    if (how !== 'failed') return 'inserted';
    return (await copyToClipboard(text)) ? 'clipboard' : 'failed';
  };

  function refresh() {
    void refreshData().then((d) => {
      data = d;
      if (stopped || !panel?.ui) return;
      const now = findConnectDialog(document);
      if (now?.kind === 'note' && now.root === panel.root) panel.ui.update(renderPanel(now));
    });
  }

  const closePanel = () => {
    panel?.ui?.remove();
    panel = undefined;
  };
  const closeHint = () => {
    hint?.ui?.remove();
    hint = undefined;
  };
  const closeReopen = () => {
    reopen?.ui?.remove();
    reopen = undefined;
  };

  const showPanel = (d: NoteDialog, autoFocus = false) => {
    if (panel && panel.textarea === d.textarea && panel.root === d.root) {
      if (panel.ui && !panel.ui.host.isConnected) {
        // LinkedIn re-rendered the dialog's children and dropped our host: put it back.
        panel.ui.remove();
        panel = undefined;
      } else {
        panel.ui?.update(renderPanel(d));
        return;
      }
    }
    closePanel();
    const mine = { root: d.root, textarea: d.textarea, mounting: true } as NonNullable<typeof panel>;
    panel = mine;
    const opts = {
      name: 'composer',
      tag: 'connector-composer',
      css: panelCss,
      dialog: d.root,
      keepClear: () => (mine.textarea.isConnected ? mine.textarea : undefined),
      width: PANEL_WIDTH,
      estimatedHeight: 560,
    };
    void mountBeside(ctx, opts, renderPanel(d, autoFocus)).then((ui) => {
      mine.mounting = false;
      if (panel !== mine || stopped) return ui.remove();
      mine.ui = ui;
      // Fresh templates or settings landed while the panel was mounting.
      if (mine.drawnWith !== data) ui.update(renderPanel(d));
    });
    refresh();
  };

  const showReopen = (d: NoteDialog, autoFocus = false) => {
    // Already there (or mounting); a re-render of the dialog that dropped it gets a new one.
    if (reopen && reopen.textarea === d.textarea && reopen.root === d.root && (!reopen.ui || reopen.ui.host.isConnected)) return;
    closeReopen();
    const mine = { root: d.root, textarea: d.textarea, mounting: true } as NonNullable<typeof reopen>;
    reopen = mine;
    const open = () => {
      dismissed.delete(mine.textarea);
      closeReopen();
      const now = findConnectDialog(document);
      if (now?.kind === 'note') showPanel(now, true);
    };
    const opts = {
      name: 'composer-reopen',
      tag: 'connector-composer-reopen',
      css: reopenCss,
      dialog: d.root,
      width: 120,
      estimatedHeight: 36,
      isolateEvents: false,
    };
    void mountBeside(ctx, opts, h(ReopenButton, { onOpen: open, autoFocus })).then((ui) => {
      mine.mounting = false;
      if (reopen !== mine || stopped) ui.remove();
      else mine.ui = ui;
    });
  };

  const showHint = (d: Extract<ConnectDialog, { kind: 'gating' }>) => {
    if (hint?.root === d.root) return;
    closeHint();
    if (dismissed.has(d.root)) return;
    const mine = { root: d.root, mounting: true } as NonNullable<typeof hint>;
    hint = mine;
    const close = () => {
      dismissed.add(d.root);
      closeHint();
    };
    // The panel usually follows within seconds: ask for templates now so they are fresh by then.
    refresh();
    const opts = { name: 'composer-hint', tag: 'connector-composer-hint', css: hintCss, dialog: d.root, width: 300, estimatedHeight: 48 };
    void mountBeside(ctx, opts, h(GatingHint, { onClose: close, quotaUsed: d.quotaUsed })).then((ui) => {
      mine.mounting = false;
      if (hint !== mine || stopped) ui.remove();
      else mine.ui = ui;
    });
  };

  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    // Our own hosts coming and going are not news.
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every(isOurs) && r.type === 'childList')) return;
    schedule();
  });
  const observeHosts = () => {
    for (const node of dialogHosts(document)) {
      if (observed.has(node)) continue;
      observed.add(node);
      observer.observe(node, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'open'] });
    }
  };

  // Leading-edge throttle: the first mutation after a quiet spell is checked at once (a dialog opening
  // is usually that mutation), a burst of them at most every CHECK_DELAY_MS, and the last one always.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = -Infinity;
  const schedule = () => {
    if (timer !== undefined || stopped) return;
    const wait = Math.max(0, lastCheck + CHECK_DELAY_MS - performance.now());
    timer = setTimeout(check, wait);
  };

  const check = () => {
    timer = undefined;
    lastCheck = performance.now();
    if (stopped) return;
    observeHosts();
    const d = findConnectDialog(document);
    if (d?.kind === 'note') {
      closeHint();
      if (dismissed.has(d.textarea)) {
        closePanel();
        showReopen(d);
      } else {
        closeReopen();
        showPanel(d);
      }
    } else if (d?.kind === 'gating') {
      if (d.recipientName) recipientMemory.rememberDialogName(d.recipientName);
      closePanel();
      closeReopen();
      showHint(d);
    } else {
      closePanel();
      closeHint();
      closeReopen();
    }
    if (kind === 'profile' && !pendingReported && isPendingShown(document)) {
      const read = readProfile(document, url);
      if (read.kind === 'ok' && (read.profile.slug || read.profile.profileId)) {
        pendingReported = true;
        void sendMessage({ type: 'outgoing/pending-seen', slug: read.profile.slug, profileId: read.profile.profileId });
      }
    }
  };

  const onClick = (e: Event) => {
    const target = clickTarget(e);
    if (!target || e.composedPath().some(isOurs)) return;
    const d = findConnectDialog(document);
    const click = d && readSendClick(target, d);
    if (click) {
      const recipient = recipientMemory.resolve(click.dialogName);
      const at = Date.now();
      setTimeout(() => {
        const sent = toOutgoing(click, recipient, at);
        if (sent) void sendMessage(sent);
      }, 0);
      return;
    }
    const connect = connectTargetOf(target);
    if (connect) {
      if (kind === 'profile') rememberPage();
      recipientMemory.rememberClick({ ...connect, card: cardForConnect(target) });
      schedule();
    }
  };

  // Removed when the feature stops, not only when the content script dies: the router restarts the
  // feature on every SPA navigation, and a stopped composer must not record a Send a second time.
  const listening = new AbortController();
  const forget = ctx.onInvalidated(() => listening.abort());
  document.addEventListener('click', onClick, { capture: true, signal: listening.signal });
  window.addEventListener(
    'resize',
    () => {
      panel?.ui?.reposition();
      hint?.ui?.reposition();
      reopen?.ui?.reposition();
    },
    { signal: listening.signal },
  );
  observeHosts();
  check();

  if (!cached) refresh();

  return () => {
    stopped = true;
    listening.abort();
    forget();
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    closePanel();
    closeHint();
    closeReopen();
  };
}

export const composer: Feature = {
  name: 'composer',
  appliesTo: () => true,
  start: startComposer,
};
