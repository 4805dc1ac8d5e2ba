import { describe, expect, it } from 'vitest';
import { analyzeNote } from '@/src/core/analyzer';
import { judgeInvitation, senderKey, TRUNCATED_REASON } from '@/src/core/invitation-verdict';
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
    expect(judgeInvitation(inv({ note, noteTruncated: true }), analyzeNote, {}).reasons).toContainEqual(TRUNCATED_REASON);
    expect(judgeInvitation(inv({ note }), analyzeNote, {}).reasons).not.toContainEqual(TRUNCATED_REASON);
    expect(judgeInvitation(inv({ noteTruncated: true }), analyzeNote, {}).verdict).toBe('none');
  });
  it('keys senders by slug, else by name', () => {
    expect(senderKey(inv({}))).toBe('ada-l');
    expect(senderKey(inv({ slug: undefined }))).toBe('Ada L');
  });
});
