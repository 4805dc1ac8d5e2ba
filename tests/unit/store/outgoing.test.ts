import { beforeEach, expect, it, vi } from 'vitest';
import { freshDB } from './fresh-db';
import { openConnectorDB } from '@/src/store/db';
import { confirmPending, listOutgoing, upsertOutgoing } from '@/src/store/outgoing';
import type { OutgoingInvitation } from '@/src/core/model';

beforeEach(freshDB);

function sent(over: Partial<OutgoingInvitation> = {}): OutgoingInvitation {
  return {
    id: 'tomas-brandvold',
    recipientName: 'Tomás Brandvold',
    slug: 'tomas-brandvold',
    sentAt: 100,
    note: 'Hi Tomás, your talk on river restoration…',
    verdict: 'personal',
    score: 80,
    confirmedPending: false,
    ...over,
  };
}

it('upserts by id and lists newest first', async () => {
  await upsertOutgoing(sent());
  await upsertOutgoing(sent({ id: 'b', slug: 'b', sentAt: 300 }));
  await upsertOutgoing(sent({ sentAt: 200, note: 'again' }));
  expect((await listOutgoing()).map((o) => [o.id, o.sentAt])).toEqual([
    ['b', 300],
    ['tomas-brandvold', 200],
  ]);
});

it('fills the default for confirmedPending and refuses invalid records', async () => {
  const { confirmedPending: _c, ...rest } = sent();
  expect((await upsertOutgoing(rest as OutgoingInvitation)).confirmedPending).toBe(false);
  await expect(upsertOutgoing(sent({ id: 'x', verdict: 'great' as never }))).rejects.toThrow();
  expect(await listOutgoing()).toHaveLength(1);
});

it('confirmPending matches by slug (any case or encoding) or by profile id', async () => {
  await upsertOutgoing(sent({ id: 'ana', slug: 'ana-lópez' }));
  await upsertOutgoing(sent({ id: 'acoa', slug: undefined, profileId: 'ACoAAB12' }));
  await upsertOutgoing(sent());
  expect(await confirmPending({ slug: 'Ana-L%C3%B3pez' })).toBe(1);
  expect(await confirmPending({ profileId: 'ACoAAB12' })).toBe(1);
  expect(await confirmPending({ profileId: 'ACoAAB12' })).toBe(0);
  expect(await confirmPending({})).toBe(0);
  const byId = Object.fromEntries((await listOutgoing()).map((o) => [o.id, o.confirmedPending]));
  expect(byId).toEqual({ ana: true, acoa: true, 'tomas-brandvold': false });
});

it('skips damaged rows', async () => {
  await upsertOutgoing(sent());
  const db = await openConnectorDB();
  await db.put('outgoing', { id: 'junk', sentAt: 5 });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect((await listOutgoing()).map((o) => o.id)).toEqual(['tomas-brandvold']);
  warn.mockRestore();
});
