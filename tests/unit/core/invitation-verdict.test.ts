import { describe, expect, it } from 'vitest';
import { analyzeNote } from '@/src/core/analyzer';
import { invitationVerdict, NO_NOTE, senderKey, TRUNCATED_REASON } from '@/src/core/invitation-verdict';
import type { ReceivedInvitation } from '@/src/core/model';

const inv = (over: Partial<ReceivedInvitation>): ReceivedInvitation => ({
  id: 'ada-l',
  stack: 'sdui',
  senderName: 'Ada L',
  slug: 'ada-l',
  noteTruncated: false,
  ...over,
});

describe('judging an invitation', () => {
  it('says "truncated" only when the page showed part of the note', () => {
    const note = 'Hi Sam, your talk at the Berlin Rust meetup on back-pressure…';
    expect(invitationVerdict(inv({ note, noteTruncated: true }), analyzeNote(note)).reasons).toContainEqual(TRUNCATED_REASON);
    expect(invitationVerdict(inv({ note }), analyzeNote(note)).reasons).not.toContainEqual(TRUNCATED_REASON);
    expect(invitationVerdict(inv({ noteTruncated: true }), NO_NOTE).reasons).toEqual(NO_NOTE.reasons);
  });
  it("the page's verdict for a card without a note is the analyzer's own", () => {
    expect(NO_NOTE).toEqual(analyzeNote(''));
  });
  it('keys senders by slug, else by name', () => {
    expect(senderKey(inv({}))).toBe('ada-l');
    expect(senderKey(inv({ slug: undefined }))).toBe('Ada L');
  });
});
