import type { SavedDraft } from './draft-state';
import { normaliseName } from '../../core/names';
import type { RecipientInfo } from './recipient-context';

// What the person chose and typed, per recipient, for the life of the page. LinkedIn re-renders its
// dialog (our host goes with it), the person closes the panel and opens it again, or closes the
// dialog by mistake: none of that should cost them the note they were writing. Memory only: a draft
// is not a record, and it leaves with the tab.

/** Keys kept (a recipient has up to two: slug and name); enough for a busy session, oldest forgotten first. */
const MAX_KEYS = 100;

interface Entry {
  slug?: string;
  saved: SavedDraft;
}

export interface DraftMemory {
  load(recipient: RecipientInfo | undefined): SavedDraft | undefined;
  save(recipient: RecipientInfo | undefined, saved: SavedDraft): void;
  /** The template the person last picked by hand, for the next recipient (several similar notes in a row). */
  lastTemplateId(): string | undefined;
  rememberTemplate(id: string): void;
  clear(): void;
}

const slugKey = (slug: string) => `slug:${slug}`;
const nameKey = (name: string) => `name:${normaliseName(name)}`;

export function createDraftMemory(max = MAX_KEYS): DraftMemory {
  const entries = new Map<string, Entry>();
  let lastTemplate: string | undefined;

  const put = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > max) entries.delete(entries.keys().next().value as string);
  };

  return {
    load(r) {
      if (!r) return undefined;
      const bySlug = r.slug ? entries.get(slugKey(r.slug)) : undefined;
      if (bySlug) return bySlug.saved;
      // The same person is sometimes known by name only (the dialog named them, no link was clicked);
      // a namesake with a different profile is someone else.
      const byName = r.name.trim() ? entries.get(nameKey(r.name)) : undefined;
      if (byName && (!byName.slug || !r.slug || byName.slug === r.slug)) return byName.saved;
      return undefined;
    },
    save(r, saved) {
      if (!r) return;
      const entry = { slug: r.slug, saved: { ...saved } };
      if (r.slug) put(slugKey(r.slug), entry);
      if (r.name.trim()) put(nameKey(r.name), entry);
    },
    lastTemplateId: () => lastTemplate,
    rememberTemplate(id) {
      lastTemplate = id;
    },
    clear() {
      entries.clear();
      lastTemplate = undefined;
    },
  };
}

/** The content script's one memory: module level, so it outlives the feature's restarts on SPA navigation. */
export const draftMemory = createDraftMemory();
