import { judgeNote } from '../../core/analyzer/judge';
import { OutgoingInvitationSchema, type OutgoingInvitation } from '../../core/model';
import { isSendControl, type ConnectDialog } from '../../linkedin/connect-dialog';
import { toRecipient, type RecipientInfo } from './recipient-context';

// Connector watches the person's own click on LinkedIn's Send and records what was sent; it never
// clicks and never sends. The note is read in the capture phase, before LinkedIn's handler closes the
// dialog and the textarea disappears; the analysis waits until LinkedIn has handled the click.

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

/** The record for a send; the analysis runs here, after LinkedIn has had the click. */
export function toOutgoing(click: SendClick, recipient: RecipientInfo | undefined, now: number): OutgoingInvitation | undefined {
  const { note } = click;
  const name = recipient?.name || click.dialogName || recipient?.slug || recipient?.profileId;
  if (!name) return undefined;
  const analysis = note.trim()
    ? judgeNote(note, { recipient: toRecipient(recipient), perspective: 'outgoing' })
    : { verdict: 'none' as const, score: 0 };
  const parsed = OutgoingInvitationSchema.safeParse({
    id: (recipient?.slug || recipient?.profileId || name).slice(0, 300),
    recipientName: name.slice(0, 300),
    slug: recipient?.slug,
    profileId: recipient?.profileId,
    profileUrl: recipient?.profileUrl,
    sentAt: now,
    // LinkedIn refuses notes this long; the cut only keeps a hostile page from breaking the record.
    note: note.slice(0, 2000),
    verdict: analysis.verdict,
    score: Math.max(0, Math.min(100, analysis.score)),
    confirmedPending: false,
  });
  return parsed.success ? parsed.data : undefined;
}

/** Both steps at once (tests, and anyone without a click handler to keep short). */
export function invitationFromClick(
  target: Element,
  dialog: ConnectDialog,
  recipient: RecipientInfo | undefined,
  now: number,
): OutgoingInvitation | undefined {
  const click = readSendClick(target, dialog);
  return click && toOutgoing(click, recipient, now);
}

/** The innermost element of a click, inside open shadow roots too (the SDUI dialog lives in one). */
export function clickTarget(e: Event): Element | undefined {
  const first = e.composedPath()[0];
  return first instanceof Element ? first : e.target instanceof Element ? e.target : undefined;
}
