import { describe, expect, it } from 'vitest';
import { createDraftMemory } from '@/src/features/composer/draft-memory';
import type { SavedDraft } from '@/src/features/composer/draft-state';
import type { RecipientInfo } from '@/src/features/composer/recipient-context';

const who = (name: string, slug?: string): RecipientInfo => ({ name, slug, mutuals: [], pending: false });
const draft = (reason: string, over: Partial<SavedDraft> = {}): SavedDraft => ({ templateId: 't1', reason, draft: `Hi, ${reason}`, edited: false, ...over });

describe('draft memory', () => {
  it('gives back what was saved for the same person, by slug or by name', () => {
    const m = createDraftMemory();
    m.save(who('Ines Duarte', 'ines-duarte'), draft('the tile fair'));
    expect(m.load(who('Ines Duarte', 'ines-duarte'))?.reason).toBe('the tile fair');
    // The note step sometimes names the person without the link that was clicked.
    expect(m.load(who('Ines Duarte'))?.reason).toBe('the tile fair');
    expect(m.load(who('ines  duarte'))?.reason).toBe('the tile fair');
    expect(m.load(who('Ana Ruiz'))).toBeUndefined();
    expect(m.load(undefined)).toBeUndefined();
  });

  it('a namesake with another profile is someone else', () => {
    const m = createDraftMemory();
    m.save(who('Sam Lee', 'sam-lee-1'), draft('your talk'));
    expect(m.load(who('Sam Lee', 'sam-lee-2'))).toBeUndefined();
    expect(m.load(who('Sam Lee', 'sam-lee-1'))?.reason).toBe('your talk');
  });

  it('the latest save wins, and a saved draft is a copy', () => {
    const m = createDraftMemory();
    const saved = draft('first');
    m.save(who('Ines Duarte'), saved);
    saved.reason = 'changed after saving';
    expect(m.load(who('Ines Duarte'))?.reason).toBe('first');
    m.save(who('Ines Duarte'), draft('second', { edited: true, draft: 'My words' }));
    expect(m.load(who('Ines Duarte'))).toEqual({ templateId: 't1', reason: 'second', draft: 'My words', edited: true });
  });

  it('forgets the oldest people first once full', () => {
    const m = createDraftMemory(4);
    for (const n of ['A One', 'B Two', 'C Three']) m.save(who(n, n.toLowerCase().replace(' ', '-')), draft(n));
    expect(m.load(who('A One', 'a-one'))).toBeUndefined();
    expect(m.load(who('B Two', 'b-two'))?.reason).toBe('B Two');
    expect(m.load(who('C Three', 'c-three'))?.reason).toBe('C Three');
  });

  it('remembers the template picked last, for the next person', () => {
    const m = createDraftMemory();
    expect(m.lastTemplateId()).toBeUndefined();
    m.rememberTemplate('met-at-event');
    m.rememberTemplate('read-your-post');
    expect(m.lastTemplateId()).toBe('read-your-post');
    m.clear();
    expect(m.lastTemplateId()).toBeUndefined();
  });
});
