import { crossSender } from '../core/analyzer/cross-sender';
import { judgeNote } from '../core/analyzer/judge';
import { NO_NOTE } from '../core/invitation-verdict';
import type { Message, MessageType } from '../messaging';
import { markActed, recentNotes, upsertInvitations } from '../store/invitations';
import { getSettings, saveSettings } from '../store/settings';
import { setPageStatus } from '../store/pageStatus';
import { confirmPending, upsertOutgoing } from '../store/outgoing';
import { listTemplates, resetTemplates, saveTemplates } from '../store/templates';
import { updateBadge } from './badge';

// One handler per message type; the mapped type makes a new message type without a handler a compile
// error. A handler's return value becomes `data` in the reply; a thrown Error becomes `{ok:false}`.

export interface HandlerContext {
  /** The LinkedIn tab a content-script message came from; undefined for extension pages. */
  tabId?: number;
}

type Handlers = { [T in MessageType]: (message: Extract<Message, { type: T }>, ctx: HandlerContext) => Promise<unknown> };

/** Cross-sender template detection looks at this many recent notes. */
export const RECENT_NOTES_LIMIT = 200;

export class RefusedError extends Error {}

export const handlers: Handlers = {
  async 'invitations/observed'(m) {
    const result = await upsertInvitations(m.invitations);
    const needsAttention = await updateBadge();
    return { ...result, needsAttention };
  },
  async 'invitations/acted'(m) {
    const found = await markActed(m.id, m.action);
    const needsAttention = await updateBadge();
    return { found, needsAttention };
  },
  async 'invitations/judge'(m) {
    const [stored, settings] = await Promise.all([recentNotes(RECENT_NOTES_LIMIT), getSettings()]);
    const others = [...stored, ...m.notes];
    return m.notes.map((n) => judgeNote(n.text, { recipient: settings.me, matches: crossSender(n.text, others, n.sender) }));
  },
  async 'drafts/judge'(m) {
    return judgeNote(m.draft, { recipient: m.recipient, perspective: 'outgoing' });
  },
  async 'page/status'(m, ctx) {
    if (ctx.tabId === undefined) throw new RefusedError('page/status must come from a LinkedIn tab');
    const { type: _type, ...status } = m;
    return setPageStatus(ctx.tabId, { ...status, at: Date.now() });
  },
  async 'settings/get'() {
    return getSettings();
  },
  async 'settings/save'(m) {
    return saveSettings(m.settings);
  },
  async 'outgoing/sent'(m) {
    const { note } = m.invitation;
    const a = note.trim() ? judgeNote(note, { recipient: m.recipient, perspective: 'outgoing' }) : NO_NOTE;
    return upsertOutgoing({ ...m.invitation, verdict: a.verdict, score: a.score });
  },
  async 'outgoing/pending-seen'(m) {
    return { confirmed: await confirmPending({ slug: m.slug, profileId: m.profileId }) };
  },
  async 'templates/list'() {
    return listTemplates();
  },
  async 'templates/save'(m) {
    return saveTemplates(m.templates);
  },
  async 'templates/reset'() {
    return resetTemplates();
  },
};
