import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDB, observed } from '../store/fresh-db';
import { fromExtensionPage, fromLinkedInTab, send } from './send';
import { registerRouter } from '@/src/background/router';
import { BADGE_COLOR } from '@/src/background/badge';
import { handlers } from '@/src/background/handlers';
import { MessageSchema } from '@/src/messaging';
import { listOutgoing } from '@/src/store/outgoing';
import { listTemplates } from '@/src/store/templates';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';

const none = { verdict: 'none' as const, score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };
const personal = { verdict: 'personal' as const, score: 90, reasons: [{ code: 'specific', text: 'Mentions your talk' }] };

beforeEach(async () => {
  await freshDB();
  registerRouter();
});

const badge = () => fakeBrowser.action.getBadgeText({});
const title = () => fakeBrowser.action.getTitle({});

it('has a handler for every message type', () => {
  const types = MessageSchema.options.map((o) => o.shape.type.value).sort();
  expect(Object.keys(handlers).sort()).toEqual(types);
});

describe('invitations → store → toolbar badge', () => {
  it('counts pending No note and Template invitations', async () => {
    const reply = await send(
      {
        type: 'invitations/observed',
        invitations: [observed({ id: 'a', analysis: none, note: undefined }), observed({ id: 'b' }), observed({ id: 'c', analysis: personal })],
      },
      fromLinkedInTab(),
    );
    expect(reply).toEqual({ ok: true, data: { added: 3, updated: 0, needsAttention: 2 } });
    expect(await badge()).toBe('2');
    expect(await title()).toBe('2 pending requests without a personal note');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb2, 0x40, 0x20, 255]);
    expect(BADGE_COLOR).toBe('#B24020');
  });

  it('the same observation again leaves the count alone; acting on one lowers it; none clears the badge', async () => {
    const msg = { type: 'invitations/observed', invitations: [observed({ id: 'a' })] };
    await send(msg, fromLinkedInTab());
    await send(msg, fromLinkedInTab());
    expect(await badge()).toBe('1');
    expect(await title()).toBe('1 pending request without a personal note');
    expect(await send({ type: 'invitations/acted', id: 'a', action: 'ignored' }, fromLinkedInTab())).toEqual({
      ok: true,
      data: { found: true, needsAttention: 0 },
    });
    expect(await badge()).toBe('');
    expect(await title()).toBe('Connector: no pending requests without a personal note');
  });

  it('judges the notes on a page against each other, the stored notes and the built-in library, for the user', async () => {
    const note = 'Hi there, we help fintech teams like yours cut reconciliation time by half. Open to a chat next week?';
    await send({ type: 'invitations/observed', invitations: [observed({ id: 'a', slug: 'ann', note })] }, fromLinkedInTab());
    await send({ type: 'settings/save', settings: { me: { firstName: 'Ada', company: 'Ledgerly' }, noteLimit: 200 } }, fromExtensionPage());
    const reply = await send(
      {
        type: 'invitations/judge',
        notes: [
          { sender: 'bob', text: note.replace('fintech', 'payments') },
          { sender: 'cy', text: note },
          { sender: 'ann', text: note },
          { sender: 'dee', text: "I'd like to add you to my professional network on LinkedIn." },
          { sender: 'eve', text: 'Hi Ada, I noticed you work at Ledgerly. Would love to connect.' },
        ],
      },
      fromLinkedInTab(),
    );
    expect(reply.ok).toBe(true);
    const verdicts = (reply as { data: { verdict: string; reasons: { code: string; text: string }[] }[] }).data;
    expect(verdicts.map((v) => v.verdict)).toEqual(['template', 'template', 'template', 'template', 'template']);
    // bob and cy each see the two others; ann's stored note and her note on the page are one sender.
    for (const v of verdicts.slice(0, 3)) expect(v.reasons.map((r) => r.text)).toContain('Same text as 2 other senders');
    expect(verdicts[3].reasons.map((r) => r.text)).toContain("Matches LinkedIn's default invitation");
    // The user's saved profile is the recipient: their company in a generic frame is a filled slot.
    expect(verdicts[4].reasons.map((r) => r.code)).toContain('recipient-company');
  });

  it('judges a draft from the writer\'s side, for the profile it is written to', async () => {
    const reply = await send({ type: 'drafts/judge', draft: 'Hi Maren, I noticed you work at Zalando.', recipient: { firstName: 'Maren', company: 'Zalando' } }, fromLinkedInTab());
    expect(reply).toMatchObject({ ok: true, data: { verdict: 'template' } });
    const reasons = (reply as { data: { reasons: { text: string }[] } }).data.reasons.map((r) => r.text);
    expect(reasons).toContain('Mentions their company (Zalando)');
  });

  it('outgoing sent (judged in the background) and confirmed', async () => {
    const invitation = { id: 'ola', recipientName: 'Ola Nordmann', slug: 'ola', sentAt: 5, note: '' };
    expect(await send({ type: 'outgoing/sent', invitation }, fromLinkedInTab(3, 'https://www.linkedin.com/in/ola/'))).toMatchObject({ ok: true });
    expect(await send({ type: 'outgoing/pending-seen', slug: 'ola' }, fromLinkedInTab())).toEqual({ ok: true, data: { confirmed: 1 } });
    expect(await listOutgoing()).toEqual([{ ...invitation, verdict: 'none', score: 0, confirmedPending: true }]);
    const note = 'Hi Ola, your talk on fjord tide gauges at NDC Oslo changed how I log sensor drift.';
    await send({ type: 'outgoing/sent', invitation: { ...invitation, id: 'ola2', note }, recipient: { firstName: 'Ola' } }, fromLinkedInTab());
    expect((await listOutgoing()).find((o) => o.id === 'ola2')).toMatchObject({ verdict: 'personal', note });
  });

  it('templates: list, save, refuse invalid, reset', async () => {
    expect(await send({ type: 'templates/list' }, fromLinkedInTab())).toEqual({ ok: true, data: await listTemplates() });
    const t = { id: 'm', name: 'Mine', body: 'Hi {firstName}', builtin: false, order: 0 };
    expect(await send({ type: 'templates/save', templates: [t] }, fromExtensionPage())).toEqual({ ok: true, data: [t] });
    expect(await send({ type: 'templates/save', templates: [t, t] }, fromExtensionPage())).toMatchObject({ ok: false, error: expect.stringContaining('duplicate') });
    expect(await send({ type: 'templates/save', templates: [{ ...t, body: '' }] }, fromExtensionPage())).toMatchObject({ ok: false });
    expect(await listTemplates()).toEqual([t]);
    expect(await send({ type: 'templates/reset' }, fromExtensionPage())).toEqual({ ok: true, data: [...BUILTIN_TEMPLATES].sort((a, b) => a.order - b.order) });
  });
});
