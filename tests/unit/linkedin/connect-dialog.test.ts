// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';
import { dialogHosts, findConnectDialog, isSendControl, noteLimit, type ConnectDialog } from '@/src/linkedin/connect-dialog';
import { fillTextarea } from '@/src/linkedin/fill-textarea';
import { isPendingShown } from '@/src/linkedin/profile';
import { clickOn, loadFixture, parseFixture } from './load-fixture';

const fixtureLog = () => (window as unknown as { __linkedinFixture: { sent: { slug: string; name: string; note: string | null }[] } }).__linkedinFixture;

function gating(doc: Document) {
  const d = findConnectDialog(doc);
  if (d?.kind !== 'gating') throw new Error(`expected the gating dialog, got ${d?.kind}`);
  return d;
}
function note(doc: Document) {
  const d = findConnectDialog(doc);
  if (d?.kind !== 'note') throw new Error(`expected the note dialog, got ${d?.kind}`);
  return d;
}

describe('SDUI profile: dialogs in the #interop-outlet shadow root', () => {
  it('finds the gating dialog inside the open shadow root, not the closed ad dialog in the page', () => {
    const doc = loadFixture('profile-sdui.html');
    expect(findConnectDialog(doc)).toBeUndefined();
    expect(dialogHosts(doc)).toEqual([doc.body]);

    clickOn(doc.querySelector('section a[href*="/preload/custom-invite/"] span'));
    const host = doc.querySelector('#interop-outlet')!;
    expect(host.shadowRoot).not.toBeNull();
    expect(dialogHosts(doc)).toEqual([doc.body, host.shadowRoot]);

    const d = gating(doc);
    expect(d.root.getRootNode()).toBe(host.shadowRoot);
    expect(d.recipientName).toBe('Amara Okafor');
    expect(d.addNote?.getAttribute('aria-label')).toBe('Add a note');
    expect(d.sendWithoutNote?.getAttribute('aria-label')).toBe('Send without a note');
    expect(isSendControl(d.sendWithoutNote!.querySelector('span')!, d)).toBe('without-note');
    expect(isSendControl(d.addNote!, d)).toBeUndefined();
    expect(isSendControl(d.root.querySelector('[data-test-modal-close-btn]')!, d)).toBeUndefined();
  });

  it('follows Add a note to the note dialog, reads its limit, counter and quota, and recognises Send', async () => {
    const doc = loadFixture('profile-sdui.html');
    clickOn(doc.querySelector('section a[href*="/preload/custom-invite/"]'));
    clickOn(gating(doc).addNote);

    const d = note(doc);
    expect(d.root.getRootNode()).toBe(doc.querySelector('#interop-outlet')!.shadowRoot);
    expect(d.textarea.name).toBe('message');
    expect(d.limit).toBe(200);
    expect(noteLimit(d)).toBe(200);
    expect(d.counter?.textContent).toBe('0/200');
    expect(d.remainingText).toBe('1 personalized invitation remaining for this month');
    expect(d.send?.getAttribute('aria-label')).toBe('Send invitation');
    // Disabled until there is text: a click there sends nothing.
    expect(isSendControl(d.send!, d)).toBeUndefined();

    const draft = 'Hi Amara, your talk on on-call culture changed how my team hands over. Would love to compare notes.';
    expect(await fillTextarea(d.textarea, draft)).toBe('setter');
    expect(d.textarea.value).toBe(draft);
    expect(d.counter?.textContent).toBe(`${draft.length}/200`);
    expect(isSendControl(d.send!.querySelector('span')!, d)).toBe('with-note');
    const cancel = d.root.querySelector('[aria-label="Cancel adding a note"]')!;
    expect(isSendControl(cancel, d)).toBeUndefined();
    expect(isSendControl(d.textarea, d)).toBeUndefined();

    clickOn(d.send);
    expect(fixtureLog().sent).toEqual([{ slug: 'amara-okafor-4b27a1', name: 'Amara Okafor', note: draft }]);
    expect(findConnectDialog(doc)).toBeUndefined();
    expect(isPendingShown(doc)).toBe(true);
  });

  it('"Send without a note" closes the dialog and leaves the profile Pending', () => {
    const doc = loadFixture('profile-sdui.html');
    clickOn(doc.querySelector('section a[href*="/preload/custom-invite/"]'));
    clickOn(gating(doc).sendWithoutNote);
    expect(fixtureLog().sent).toEqual([{ slug: 'amara-okafor-4b27a1', name: 'Amara Okafor', note: null }]);
    expect(findConnectDialog(doc)).toBeUndefined();
    expect(isPendingShown(doc)).toBe(true);
  });
});

describe('search results: the same shadow-root dialog', () => {
  it('opens the gating dialog for the clicked person', () => {
    const doc = loadFixture('search-people.html');
    clickOn(doc.querySelector('a[href*="vanityName=mei-tanaka-ux"] span'));
    const d = gating(doc);
    expect(d.root.getRootNode()).toBe(doc.querySelector('[data-testid="interop-shadowdom"]')!.shadowRoot);
    expect(d.recipientName).toBe('Mei Tanaka');
  });
});

describe('classic profile: light-DOM .send-invite modal', () => {
  it('walks gating → note, takes the limit from the n/N counter when the textarea has no maxlength', async () => {
    const doc = loadFixture('profile-classic.html');
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.linkedin.com/in/lucia-fernandez-pm/');
    clickOn(doc.querySelector('section[data-member-id] button[aria-label="Invite Lucía Fernández to connect"]'));
    const g = gating(doc);
    expect(g.root.getRootNode()).toBe(doc);
    expect(g.root.closest('#artdeco-modal-outlet')).not.toBeNull();
    clickOn(g.addNote);

    const d = note(doc);
    expect(d.textarea.id).toBe('custom-message');
    expect(d.textarea.maxLength).toBe(-1);
    expect(d.limit).toBe(300);
    expect(d.remainingText).toBeUndefined();
    expect(d.recipientName).toBe('Lucía Fernández');
    expect(await fillTextarea(d.textarea, 'Hola Lucía')).toBe('setter');
    expect(d.counter?.textContent).toBe('10/300');
    expect(isSendControl(d.send!, d)).toBe('with-note');
    clickOn(d.send);
    expect(fixtureLog().sent[0]).toMatchObject({ name: 'Lucía Fernández', slug: 'lucia-fernandez-pm', note: 'Hola Lucía' });
    expect(isPendingShown(doc)).toBe(true);
  });
});

describe('the /preload/custom-invite/ page', () => {
  it('is a gating dialog in the page with the recipient named in it', () => {
    const d = findConnectDialog(parseFixture('custom-invite.html'));
    expect(d).toMatchObject({ kind: 'gating', recipientName: 'Noor Haddad' });
  });
});

describe('unknown markup', () => {
  it('finds no invite dialog among cookie and ad dialogs', () => {
    const doc = parseFixture('profile-unknown.html');
    expect(doc.querySelector('[role="dialog"] .artdeco-button--primary')).not.toBeNull();
    expect(findConnectDialog(doc)).toBeUndefined();
  });
});

describe('dialog states built directly', () => {
  const build = (markup: string, lang = '') =>
    new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${markup}</body></html>`, 'text/html');

  it('recognises a label-only dialog (no LinkedIn classes) in Polish', () => {
    const doc = build(`<div role="dialog"><p>Spersonalizuj zaproszenie dla użytkownika <strong>Zofia Nędza</strong>.</p>
      <button aria-label="Dodaj notatkę">Dodaj notatkę</button><button aria-label="Wyślij bez notatki">Wyślij bez notatki</button></div>`, 'pl');
    const d = gating(doc);
    expect(d.recipientName).toBe('Zofia Nędza');
    expect(isSendControl(d.sendWithoutNote!, d)).toBe('without-note');
    // English is the fallback on a Polish page; Polish labels are not read on an English one.
    expect(findConnectDialog(build('<div role="dialog"><button aria-label="Add a note">Add a note</button></div>', 'pl'))?.kind).toBe('gating');
    expect(findConnectDialog(build('<div role="dialog"><button aria-label="Dodaj notatkę">Dodaj notatkę</button></div>', 'en'))).toBeUndefined();
  });

  it('leaves the limit undefined when neither maxlength nor a counter is shown', () => {
    const doc = build(`<div role="dialog"><textarea name="message"></textarea><button aria-label="Send invitation">Send</button></div>`);
    const d = note(doc);
    expect(d.limit).toBeUndefined();
    expect(noteLimit(d)).toBeUndefined();
  });

  it('prefers the note dialog when both are mounted during the swap, and the innermost root', () => {
    const doc = build(`<dialog open><div role="dialog" class="send-invite"><button aria-label="Add a note">Add a note</button></div></dialog>
      <div class="send-invite" role="dialog"><textarea></textarea><span>5/200</span></div>`);
    const d = note(doc);
    expect(d.limit).toBe(200);
    const all = build(`<dialog open><div role="dialog" class="send-invite"><button aria-label="Add a note">Add a note</button></div></dialog>`);
    expect(gating(all).root.matches('div.send-invite')).toBe(true);
  });

  it('ignores controls outside the dialog it was given (a stale dialog after LinkedIn re-rendered)', () => {
    const doc = build(`<div role="dialog" id="a"><textarea></textarea><button aria-label="Send invitation">Send</button></div>
      <button id="other" aria-label="Send invitation">Send</button>`);
    const d: ConnectDialog = note(doc);
    expect(isSendControl(doc.getElementById('other')!, d)).toBeUndefined();
  });

  it('takes the smaller limit when the box and the counter disagree', () => {
    const doc = build(`<div role="dialog"><textarea name="message" maxlength="300"></textarea><span>0/200</span>
      <button aria-label="Send invitation">Send</button></div>`);
    expect(note(doc).limit).toBe(200);
    expect(noteLimit(note(doc))).toBe(200);
  });

  it('flags the Premium upsell that replaces free notes when the monthly quota is used', () => {
    const upsell = build(`<div role="dialog"><p>You've used all your free personalized invitations this month.</p>
      <a href="https://www.linkedin.com/premium/products/?upsellOrderOrigin=custom_invite">Try Premium</a>
      <button aria-label="Send without a note">Send without a note</button></div>`);
    expect(gating(upsell).quotaUsed).toBe(true);
    const plain = build(`<div role="dialog"><button aria-label="Add a note">Add a note</button>
      <button aria-label="Send without a note">Send without a note</button></div>`);
    expect(gating(plain).quotaUsed).toBe(false);
  });

  it('never throws on odd input', () => {
    const doc = build('<div role="dialog"><textarea maxlength="0"></textarea><span>abc/def</span></div>');
    expect(() => findConnectDialog(doc)).not.toThrow();
    const d = note(doc);
    expect(d.limit).toBeUndefined();
  });
});
