// @vitest-environment happy-dom
import { MessageSchema } from '@/src/messaging';
import { beforeEach, describe, expect, it } from 'vitest';
import { findConnectDialog } from '@/src/linkedin/connect-dialog';
import { clickTarget, invitationFromClick } from '@/src/features/composer/send-recorder';
import type { RecipientInfo } from '@/src/features/composer/recipient-context';

// Hand-made dialogs in the two shapes LinkedIn serves (DOM.md §2); the adapter's own fixtures test it
// in depth, these only drive the recorder.

const recipient: RecipientInfo = {
  name: 'Mirela Dunst',
  firstName: 'Mirela',
  slug: 'mirela-dunst',
  profileId: 'ACoAAB1234567890xyz',
  profileUrl: 'https://www.linkedin.com/in/mirela-dunst/',
  company: 'Fjordline Analytics',
  mutuals: [],
  pending: false,
};

function noteDialog(note: string) {
  document.body.innerHTML = `
    <div role="dialog" class="send-invite" aria-labelledby="send-invite-modal">
      <h2 id="send-invite-modal">Add a note to your invitation</h2>
      <p>Personalize your invitation to <strong>Mirela Dunst</strong></p>
      <textarea name="message" maxlength="200"></textarea>
      <span>0/200</span>
      <button aria-label="Dismiss">×</button>
      <button>Cancel adding a note</button>
      <button aria-label="Send invitation">Send</button>
    </div>`;
  document.querySelector('textarea')!.value = note;
}

function gatingDialog() {
  document.body.innerHTML = `
    <div role="dialog">
      <h2>Add a note to your invitation?</h2>
      <button aria-label="Dismiss">×</button>
      <button>Add a note</button>
      <button>Send without a note</button>
    </div>`;
}

const button = (label: string) =>
  [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label)!;

describe('send recorder', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('records the note as it stands in LinkedIn\'s textarea when Send is clicked', () => {
    const note = 'Hi Mirela, your talk on tide-gauge data at Fjordline Analytics stayed with me. Happy to share our notes.';
    noteDialog(note);
    const d = findConnectDialog(document)!;
    const sent = invitationFromClick(button('Send invitation'), d, recipient, 1234);
    expect(sent!.invitation).toMatchObject({
      id: 'mirela-dunst',
      recipientName: 'Mirela Dunst',
      slug: 'mirela-dunst',
      profileId: 'ACoAAB1234567890xyz',
      sentAt: 1234,
      note,
      confirmedPending: false,
    });
    // The background judges the note for the person it was written to.
    expect(sent!.recipient).toMatchObject({ firstName: 'Mirela' });
    expect(MessageSchema.safeParse(sent).success).toBe(true);
  });

  it('a click on the label inside the Send button counts as Send', () => {
    noteDialog('Hi');
    const span = document.createElement('span');
    span.textContent = 'Send';
    const send = button('Send invitation');
    send.textContent = '';
    send.append(span);
    expect(invitationFromClick(span, findConnectDialog(document)!, recipient, 1)).toBeDefined();
  });

  it('ignores Dismiss and Cancel', () => {
    noteDialog('Hi');
    const d = findConnectDialog(document)!;
    expect(invitationFromClick(button('Dismiss'), d, recipient, 1)).toBeUndefined();
    expect(invitationFromClick(button('Cancel adding a note'), d, recipient, 1)).toBeUndefined();
    expect(invitationFromClick(document.querySelector('textarea')!, d, recipient, 1)).toBeUndefined();
  });

  it('records "Send without a note" with an empty note', () => {
    gatingDialog();
    const d = findConnectDialog(document)!;
    expect(d.kind).toBe('gating');
    const sent = invitationFromClick(button('Send without a note'), d, recipient, 5);
    expect(sent!.invitation).toMatchObject({ note: '', id: 'mirela-dunst' });
  });

  it('a page with absurdly long profile text still yields a message that parses', () => {
    noteDialog('Hello there');
    const long = { ...recipient, headline: 'x'.repeat(5000), company: 'y'.repeat(5000) };
    const sent = invitationFromClick(button('Send invitation'), findConnectDialog(document)!, long, 5);
    expect(MessageSchema.safeParse(sent).success).toBe(true);
  });

  it('without a known recipient, falls back to the dialog\'s name as the key', () => {
    noteDialog('Hello there');
    const sent = invitationFromClick(button('Send invitation'), findConnectDialog(document)!, undefined, 5);
    expect(sent!.invitation).toMatchObject({ id: 'Mirela Dunst', recipientName: 'Mirela Dunst' });
    expect(sent!.invitation.slug).toBeUndefined();
  });

  it('finds the real button of a click inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const b = document.createElement('button');
    root.append(b);
    let seen: Element | undefined;
    document.addEventListener('click', (e) => (seen = clickTarget(e)), { capture: true, once: true });
    b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toBe(b);
  });
});
