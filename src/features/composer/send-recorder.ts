import { OutgoingInvitationSchema } from '../../core/model';
import type { Message } from '../../messaging';
import { isSendControl, type ConnectDialog } from '../../linkedin/connect-dialog';
import { toRecipient, type RecipientInfo } from './recipient-context';

// Connector watches the person's own click on LinkedIn's Send and records what was sent; it never
// clicks and never sends. The note is read in the capture phase, before LinkedIn's handler closes the
// dialog and the textarea disappears; the record is built once LinkedIn has handled the click, and the background
// judges the note (the analyzer runs there).

/** What LinkedIn is about to send, read synchronously while the dialog is still on screen. */
export interface SendClick {
  which: 'with-note' | 'without-note';
  note: string;
  dialogName?: string;
}

/** The send a click on `target` makes, or undefined when it is not a Send control. */
export function readSendClick(target: Element, dialog: ConnectDialog): SendClick | undefined {
  const which = isSendControl(target, dialog);
  if (!which) return undefined;
  const note = which === 'with-note' && dialog.kind === 'note' ? dialog.textarea.value : '';
  return { which, note, dialogName: dialog.recipientName };
}

type Sent = Extract<Message, { type: 'outgoing/sent' }>;
const RecordSchema = OutgoingInvitationSchema.omit({ verdict: true, score: true });

/** The message that records a send, with whom the note was for (the background judges it for them). */
export function toOutgoing(click: SendClick, recipient: RecipientInfo | undefined, now: number): Sent | undefined {
  const { note } = click;
  const name = recipient?.name || click.dialogName || recipient?.slug || recipient?.profileId;
  if (!name) return undefined;
  const parsed = RecordSchema.safeParse({
    id: (recipient?.slug || recipient?.profileId || name).slice(0, 300),
    recipientName: name.slice(0, 300),
    slug: recipient?.slug,
    profileId: recipient?.profileId,
    profileUrl: recipient?.profileUrl,
    sentAt: now,
    // LinkedIn refuses notes this long; the cut only keeps a hostile page from breaking the record.
    note: note.slice(0, 2000),
    confirmedPending: false,
  });
  return parsed.success ? { type: 'outgoing/sent', invitation: parsed.data, recipient: toRecipient(recipient) } : undefined;
}

/** Both steps at once (tests, and anyone without a click handler to keep short). */
export function invitationFromClick(
  target: Element,
  dialog: ConnectDialog,
  recipient: RecipientInfo | undefined,
  now: number,
): Sent | undefined {
  const click = readSendClick(target, dialog);
  return click && toOutgoing(click, recipient, now);
}

/** The innermost element of a click, inside open shadow roots too (the SDUI dialog lives in one). */
export function clickTarget(e: Event): Element | undefined {
  const first = e.composedPath()[0];
  return first instanceof Element ? first : e.target instanceof Element ? e.target : undefined;
}
