import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../core/model';

/**
 * A visible feature on LinkedIn. The content script starts it when the page (after every SPA
 * navigation) is one it applies to, and calls the returned cleanup when the person navigates away,
 * so leaving a page removes everything the feature added.
 */
export interface Feature {
  name: string;
  appliesTo(kind: PageKind, url: URL): boolean;
  start(ctx: ContentScriptContext, url: URL): (() => void) | void;
}
