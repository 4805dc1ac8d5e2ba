import { features } from '@/src/features/registry';
import { detectPage } from '@/src/linkedin/pages';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const running = new Map<string, () => void>();
    // WXT fires wxt:locationchange from the Navigation API's `navigate` event, before location.href
    // changes, so the new URL must come from the event.
    const route = (url = new URL(location.href)) => {
      const kind = detectPage(url);
      for (const f of features) {
        const wanted = f.appliesTo(kind, url);
        const stop = running.get(f.name);
        // Restart on every navigation so a feature always reads the page it is on.
        if (stop) {
          running.delete(f.name);
          stop();
        }
        if (wanted) running.set(f.name, f.start(ctx, url) ?? (() => {}));
      }
    };
    ctx.addEventListener(window, 'wxt:locationchange', (e) => route(e.newUrl));
    ctx.onInvalidated(() => running.forEach((stop) => stop()));
    route();
  },
});
