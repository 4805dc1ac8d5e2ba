import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { placeBeside, type Box } from './position';

// A shadow-root UI placed beside LinkedIn's dialog. The host goes inside the dialog element so it
// shares the dialog's focus trap, top layer and "click outside closes" area (keyboard users can Tab
// into it; clicking the panel does not dismiss LinkedIn's dialog); the panel itself is position:
// fixed next to the dialog. If the dialog clips fixed children, the host moves to <body>.

export interface BesideOptions {
  /** Host tag name (kebab-case) and `data-connector` value: outside checks look for them. */
  name: string;
  tag: string;
  css: string;
  dialog: Element;
  /** What the panel must not cover (LinkedIn's textarea). */
  keepClear?: () => Element | undefined;
  width: number;
  estimatedHeight: number;
  /** Keep keys from reaching LinkedIn (default). Off for a lone button, where Escape should close
   *  LinkedIn's dialog as it does from any of its own buttons. */
  isolateEvents?: boolean;
}

export interface Beside {
  host: HTMLElement;
  update(children: ComponentChildren): void;
  reposition(): void;
  remove(): void;
}

function boxOf(el: Element | undefined): Box | undefined {
  if (!el?.isConnected) return undefined;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

interface FrameProps {
  opts: BesideOptions;
  tick: number;
  children: ComponentChildren;
}

/** Positions its child beside the dialog; corrects for a transformed ancestor that re-bases `fixed`. */
function Frame({ opts, tick, children }: FrameProps) {
  const el = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number; maxHeight: number } | undefined>();
  const [shift, setShift] = useState({ x: 0, y: 0 });
  const [, setResized] = useState(0);

  // The panel grows while the person works (a warning, a status, the meter's reasons): place it again,
  // or its bottom, where Insert is, slides off the screen.
  useEffect(() => {
    const node = el.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const dialog = boxOf(opts.dialog);
    if (!dialog) return;
    const height = el.current?.scrollHeight || opts.estimatedHeight;
    const p = placeBeside(
      dialog,
      { width: opts.width, height },
      { width: window.innerWidth, height: window.innerHeight },
      boxOf(opts.keepClear?.()) ?? dialog,
    );
    if (!pos || pos.left !== p.left || pos.top !== p.top || pos.maxHeight !== p.maxHeight) setPos(p);
  });

  useLayoutEffect(() => {
    if (!pos || !el.current) return;
    const r = el.current.getBoundingClientRect();
    const dx = pos.left - r.left;
    const dy = pos.top - r.top;
    if (Math.abs(dx) > 1 || Math.abs(dy) > 1) setShift((s) => ({ x: s.x + dx, y: s.y + dy }));
  }, [pos, tick]);

  return (
    <div
      ref={el}
      style={{
        position: 'fixed',
        zIndex: 2147483000,
        left: `${(pos?.left ?? 0) + shift.x}px`,
        top: `${(pos?.top ?? 0) + shift.y}px`,
        maxHeight: pos ? `${pos.maxHeight}px` : undefined,
        width: `${opts.width}px`,
        display: 'flex',
        flexDirection: 'column',
        visibility: pos ? 'visible' : 'hidden',
      }}
    >
      {children}
    </div>
  );
}

/**
 * Our styles arrive through `css`. With the entry's cssInjectionMode "ui", createShadowRootUi would
 * also fetch the entry's stylesheet on every mount: a request per dialog for CSS that holds nothing
 * of ours (and a console warning while the entry has no stylesheet at all). The context is otherwise
 * the real one, so invalidation still removes the UI.
 */
function ownCssOnly(ctx: ContentScriptContext): ContentScriptContext {
  return Object.create(ctx, { options: { value: { ...ctx.options, cssInjectionMode: 'manual' } } }) as ContentScriptContext;
}

export async function mountBeside(ctx: ContentScriptContext, opts: BesideOptions, children: ComponentChildren): Promise<Beside> {
  let container: HTMLElement | undefined;
  let tick = 0;
  let current = children;
  const draw = () => {
    if (container) render(<Frame opts={opts} tick={tick}>{current}</Frame>, container);
  };
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ownCssOnly(ctx), {
    name: opts.tag,
    position: 'inline',
    anchor: opts.dialog,
    append: 'last',
    css: opts.css,
    mode: 'open',
    // Typing in the panel must not reach LinkedIn's shortcuts or its Escape-closes-the-dialog handler.
    isolateEvents: opts.isolateEvents ?? true,
    onMount(uiContainer, _shadow, host) {
      host.setAttribute('data-connector', opts.name);
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(c) {
      if (c) render(null, c);
      container = undefined;
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  // A dialog with overflow clipping and a transform would hide a fixed child: then live in <body>.
  // Checked after Preact's follow-up renders have placed the panel.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const panel = ui.uiContainer.firstElementChild;
  const r = panel?.getBoundingClientRect();
  if (host.isConnected && r && r.width > 0) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(r.left + r.width / 2, r.top + Math.min(r.height, 40) / 2);
    if (hit && hit !== host && !host.contains(hit)) {
      document.body.append(host);
      draw();
    }
  }
  return {
    host,
    update(next) {
      current = next;
      draw();
    },
    reposition() {
      tick++;
      draw();
    },
    remove: () => ui.remove(),
  };
}
