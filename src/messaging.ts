import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  AnalysisSchema,
  InvitationStatusSchema,
  OutgoingInvitationSchema,
  PageKindSchema,
  ReceivedInvitationSchema,
  RecipientSchema,
  SettingsSchema,
  TemplateSchema,
} from './core/model';

// The typed protocol between content scripts, extension pages and the background (the one writer).
// Every message is parsed on receipt; a message that does not parse is refused with an error.

export const ObservedInvitationSchema = ReceivedInvitationSchema.extend({ analysis: AnalysisSchema });
export type ObservedInvitation = z.infer<typeof ObservedInvitationSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** Cards the invitation manager shows now, with the verdict the badge shows. */
  z.object({ type: z.literal('invitations/observed'), invitations: z.array(ObservedInvitationSchema).max(1000) }),
  /** The user clicked Accept or Ignore on a card (Connector only watches; it never clicks). */
  z.object({
    type: z.literal('invitations/acted'),
    id: z.string().min(1).max(500),
    action: InvitationStatusSchema.exclude(['pending']),
  }),
  /** The notes on the page, to be judged: the analyzer runs in the background, next to the stored notes it compares
   *  them with (and off every LinkedIn page's script). The user is the recipient. The reply lists an Analysis per note. */
  z.object({
    type: z.literal('invitations/judge'),
    notes: z.array(z.object({ sender: z.string().max(500), text: z.string().max(5000) })).max(1000),
  }),
  /** A draft the user is writing to `recipient` (the composer's meter). The reply is an Analysis. */
  z.object({ type: z.literal('drafts/judge'), draft: z.string().max(5000), recipient: RecipientSchema.optional() }),
  /** What the content script made of the page it runs on. */
  z.object({
    type: z.literal('page/status'),
    kind: PageKindSchema,
    recognised: z.boolean(),
    detail: z.string().max(300).optional(),
    url: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/save'), settings: SettingsSchema }),
  /** The user clicked Send in LinkedIn's invite dialog. The background judges the note (for `recipient`) and stores it. */
  z.object({
    type: z.literal('outgoing/sent'),
    invitation: OutgoingInvitationSchema.omit({ verdict: true, score: true }),
    recipient: RecipientSchema.optional(),
  }),
  /** The profile shows "Pending" for this person: confirms an outgoing invitation. */
  z.object({ type: z.literal('outgoing/pending-seen'), slug: z.string().max(300).optional(), profileId: z.string().max(100).optional() }),
  z.object({ type: z.literal('templates/list') }),
  z.object({ type: z.literal('templates/save'), templates: z.array(TemplateSchema).max(100) }),
  z.object({ type: z.literal('templates/reset') }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export type Reply = { ok: true; data?: unknown } | { ok: false; error: string };

/** Send a message to the background and return its reply; never throws. */
export async function sendMessage(message: Message): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'No reply from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Parse an incoming message; returns a readable error for anything else. */
export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  const r = MessageSchema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: `Malformed message: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid'}` };
}
