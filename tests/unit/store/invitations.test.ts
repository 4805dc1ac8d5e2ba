import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDB, observed, stored } from './fresh-db';
import { openConnectorDB } from '@/src/store/db';
import {
  countNeedsAttention,
  getInvitation,
  listInvitations,
  listPending,
  markActed,
  recentNotes,
  upsertInvitations,
} from '@/src/store/invitations';

const none = { verdict: 'none' as const, score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };
const personal = { verdict: 'personal' as const, score: 85, reasons: [{ code: 'company', text: 'Mentions your company (Acme)' }] };

beforeEach(freshDB);

describe('upsertInvitations', () => {
  it('stores a new invitation as pending with first/last seen times', async () => {
    expect(await upsertInvitations([observed()], 5000)).toEqual({ added: 1, updated: 0 });
    expect(await getInvitation('inv-1')).toMatchObject({ status: 'pending', firstSeenAt: 5000, lastSeenAt: 5000, senderName: 'Rosa Quillfeather' });
  });

  it('the same observation twice changes nothing', async () => {
    await upsertInvitations([observed()], 5000);
    const first = await listInvitations();
    expect(await upsertInvitations([observed()], 5000)).toEqual({ added: 0, updated: 1 });
    expect(await listInvitations()).toEqual(first);
  });

  it('a later observation keeps firstSeenAt and updates lastSeenAt, fields and analysis', async () => {
    await upsertInvitations([observed()], 5000);
    await upsertInvitations([observed({ headline: 'Head beekeeper', analysis: personal })], 9000);
    expect(await getInvitation('inv-1')).toMatchObject({
      firstSeenAt: 5000,
      lastSeenAt: 9000,
      headline: 'Head beekeeper',
      analysis: personal,
      status: 'pending',
    });
    expect(await listInvitations()).toHaveLength(1);
  });

  it('does not undo an accept or ignore when a stale page shows the card again', async () => {
    await upsertInvitations([observed()], 5000);
    expect(await markActed('inv-1', 'accepted')).toBe(true);
    await upsertInvitations([observed()], 6000);
    expect((await getInvitation('inv-1'))?.status).toBe('accepted');
  });

  it('keeps a full note when a later view only shows it truncated', async () => {
    await upsertInvitations([observed({ analysis: personal, note: 'Loved your talk on hive health at BeeCon, and…the full text' })], 5000);
    await upsertInvitations([observed({ note: 'Loved your talk on hive…', noteTruncated: true, analysis: none })], 6000);
    expect(await getInvitation('inv-1')).toMatchObject({
      note: 'Loved your talk on hive health at BeeCon, and…the full text',
      noteTruncated: false,
      analysis: personal,
      lastSeenAt: 6000,
    });
  });

  it('writes nothing when one observation in a batch is invalid', async () => {
    const bad = { ...observed({ id: 'inv-2' }), senderName: '' };
    await expect(upsertInvitations([observed(), bad])).rejects.toThrow();
    expect(await listInvitations()).toEqual([]);
  });
});

describe('queries', () => {
  it('markActed returns false for an unknown id and writes nothing', async () => {
    expect(await markActed('nobody', 'ignored')).toBe(false);
    expect(await listInvitations()).toEqual([]);
  });

  it('listPending and countNeedsAttention count pending No note and Template only', async () => {
    await upsertInvitations([
      observed({ id: 'a', analysis: none, note: undefined }),
      observed({ id: 'b' }),
      observed({ id: 'c', analysis: personal }),
      observed({ id: 'd', analysis: none, note: undefined }),
    ]);
    await markActed('d', 'ignored');
    expect((await listPending()).map((i) => i.id).sort()).toEqual(['a', 'b', 'c']);
    expect(await countNeedsAttention()).toBe(2);
  });

  it('recentNotes returns sender and text of stored notes, newest first, limited', async () => {
    await upsertInvitations([observed({ id: 'a', slug: 'ann', note: 'first' })], 1);
    await upsertInvitations([observed({ id: 'b', slug: undefined, senderName: 'Bo Li', note: 'second' })], 2);
    await upsertInvitations([observed({ id: 'c', note: undefined, analysis: none })], 3);
    await upsertInvitations([observed({ id: 'd', slug: 'dee', note: 'third' })], 4);
    expect(await recentNotes(2)).toEqual([
      { sender: 'dee', text: 'third' },
      { sender: 'Bo Li', text: 'second' },
    ]);
  });
});

describe('invalid stored rows', () => {
  it('are skipped with a warning instead of breaking a list', async () => {
    await upsertInvitations([observed({ id: 'good' })]);
    const db = await openConnectorDB();
    await db.put('invitations', { id: 'broken', status: 'pending', senderName: 42 });
    await db.put('invitations', { ...stored({ id: 'bad-analysis' }), analysis: { verdict: 'maybe' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await listPending()).map((i) => i.id)).toEqual(['good']);
    expect((await listInvitations()).map((i) => i.id)).toEqual(['good']);
    expect(await countNeedsAttention()).toBe(1);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0][0])).toContain('invalid invitations row');
    warn.mockRestore();
  });

  it('an observation replaces a damaged row with the same id', async () => {
    const db = await openConnectorDB();
    await db.put('invitations', { id: 'inv-1', junk: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await upsertInvitations([observed()], 7000);
    warn.mockRestore();
    expect(await getInvitation('inv-1')).toMatchObject({ firstSeenAt: 7000, status: 'pending' });
  });
});
