import { StoredInvitationSchema, type InvitationStatus, type StoredInvitation } from '../core/model';
import { senderKey } from '../core/invitation-verdict';
import { ObservedInvitationSchema, type ObservedInvitation } from '../messaging';
import { openConnectorDB, parseRow, parseRows } from './db';

// Received invitations, keyed by the adapter's stable id. Seeing the same card again must change
// nothing but lastSeenAt: the invitation manager is reloaded many times a day.

function merge(seen: ObservedInvitation, old: StoredInvitation | undefined, now: number): StoredInvitation {
  // A later view that only shows the start of a note ("See more") must not replace the full note
  // (and the verdict based on it) read earlier.
  const keepOldNote = old !== undefined && seen.noteTruncated && !old.noteTruncated && old.note !== undefined;
  const fields = keepOldNote ? { ...seen, note: old.note, noteTruncated: false, analysis: old.analysis } : seen;
  return StoredInvitationSchema.parse({
    ...fields,
    // Once the person accepted or ignored it, a stale page showing the card again does not undo that.
    status: old?.status ?? 'pending',
    firstSeenAt: old?.firstSeenAt ?? now,
    lastSeenAt: now,
  });
}

/** Store what the page shows now; returns how many records were new. */
export async function upsertInvitations(seen: ObservedInvitation[], now = Date.now()): Promise<{ added: number; updated: number }> {
  // Check the whole batch before writing, so a bad card leaves nothing half-written.
  const batch = seen.map((s) => ObservedInvitationSchema.parse(s));
  const db = await openConnectorDB();
  const tx = db.transaction('invitations', 'readwrite');
  let added = 0;
  let updated = 0;
  try {
    for (const s of batch) {
      const old = parseRow(StoredInvitationSchema, await tx.store.get(s.id), 'invitations');
      await tx.store.put(merge(s, old, now));
      if (old) updated++;
      else added++;
    }
  } catch (e) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw e;
  }
  await tx.done;
  return { added, updated };
}

/** The person accepted or ignored the invitation on LinkedIn; returns false when it is not stored. */
export async function markActed(id: string, action: Exclude<InvitationStatus, 'pending'>): Promise<boolean> {
  const db = await openConnectorDB();
  const tx = db.transaction('invitations', 'readwrite');
  const old = parseRow(StoredInvitationSchema, await tx.store.get(id), 'invitations');
  if (old) await tx.store.put({ ...old, status: action });
  await tx.done;
  return old !== undefined;
}

export async function getInvitation(id: string): Promise<StoredInvitation | undefined> {
  const db = await openConnectorDB();
  return parseRow(StoredInvitationSchema, await db.get('invitations', id), 'invitations');
}

export async function listInvitations(): Promise<StoredInvitation[]> {
  const db = await openConnectorDB();
  return parseRows(StoredInvitationSchema, await db.getAll('invitations'), 'invitations');
}

export async function listPending(): Promise<StoredInvitation[]> {
  const db = await openConnectorDB();
  const rows = await db.getAllFromIndex('invitations', 'status', 'pending');
  // The index matches the raw row; re-check after parsing in case a damaged row carries the key.
  return parseRows(StoredInvitationSchema, rows, 'invitations').filter((i) => i.status === 'pending');
}

/** Pending invitations without a personal note: what the toolbar icon counts. */
export function needsAttention(i: StoredInvitation): boolean {
  return i.status === 'pending' && i.analysis.verdict !== 'personal';
}

export async function countNeedsAttention(): Promise<number> {
  return (await listPending()).filter(needsAttention).length;
}

/** Stored notes, most recently seen first, for "same text from several senders" detection. */
export async function recentNotes(limit = 200): Promise<{ sender: string; text: string }[]> {
  return (await listInvitations())
    .filter((i): i is StoredInvitation & { note: string } => !!i.note?.trim())
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
    .slice(0, limit)
    .map((i) => ({ sender: senderKey(i), text: i.note }));
}
