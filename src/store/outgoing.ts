import { OutgoingInvitationSchema, type OutgoingInvitation } from '../core/model';
import { openConnectorDB, parseRows } from './db';

// Connection requests the person sent through LinkedIn's note dialog. The id is the recipient's natural
// key (slug, else profile id), so sending again to the same person replaces the earlier record.

export async function upsertOutgoing(invitation: OutgoingInvitation): Promise<OutgoingInvitation> {
  const row = OutgoingInvitationSchema.parse(invitation);
  const db = await openConnectorDB();
  await db.put('outgoing', row);
  return row;
}

/** Newest first. */
export async function listOutgoing(): Promise<OutgoingInvitation[]> {
  const db = await openConnectorDB();
  return parseRows(OutgoingInvitationSchema, await db.getAllFromIndex('outgoing', 'sentAt'), 'outgoing').reverse();
}

// LinkedIn links the same profile as /in/Ana-L%C3%B3pez/ and /in/ana-lópez/.
function sameSlug(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return s.toLowerCase();
    }
  };
  return norm(a) === norm(b);
}

/** A profile shows "Pending" for this person: mark their outgoing invitations confirmed; returns how many. */
export async function confirmPending(who: { slug?: string; profileId?: string }): Promise<number> {
  if (!who.slug && !who.profileId) return 0;
  const db = await openConnectorDB();
  const tx = db.transaction('outgoing', 'readwrite');
  const rows = parseRows(OutgoingInvitationSchema, await tx.store.getAll(), 'outgoing');
  let confirmed = 0;
  for (const row of rows) {
    const same = (who.slug && row.slug && sameSlug(row.slug, who.slug)) || (who.profileId && row.profileId === who.profileId);
    if (same && !row.confirmedPending) {
      await tx.store.put({ ...row, confirmedPending: true });
      confirmed++;
    }
  }
  await tx.done;
  return confirmed;
}
