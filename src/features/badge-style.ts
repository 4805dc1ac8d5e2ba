// The badge's stylesheet, as text so it can be shared by every badge's shadow root (one constructed
// sheet) and used in unit tests without a CSS loader. `all: initial` on the host keeps LinkedIn's
// inherited styles (font, colour, line-height) out, as WXT's shadow-root UIs do.
export const badgeCss = `
:host {
  all: initial !important;
  display: block !important;
  margin: 4px 0 !important;
  --c-none-bg: #fdecea; --c-none-fg: #8a1c12; --c-none-bd: #f2b8b0;
  --c-template-bg: #fff4d6; --c-template-fg: #6b4a00; --c-template-bd: #f0d27a;
  --c-personal-bg: #e3f4e8; --c-personal-fg: #0f5b2a; --c-personal-bd: #a8dbb7;
  --c-panel-bg: #ffffff; --c-panel-fg: #1d2226; --c-panel-bd: #c9ccd1; --c-focus: #0a66c2;
}
@media (prefers-color-scheme: dark) {
  :host {
    --c-none-bg: #3b1d1a; --c-none-fg: #ffb4a8; --c-none-bd: #7a3a31;
    --c-template-bg: #3a3015; --c-template-fg: #f5d77a; --c-template-bd: #7a6426;
    --c-personal-bg: #17331f; --c-personal-fg: #9fe0b2; --c-personal-bd: #2f6b41;
    --c-panel-bg: #1d2226; --c-panel-fg: #e9e9ea; --c-panel-bd: #4a5056; --c-focus: #71b7fb;
  }
}
/* On the wrapper, not :host: \`all: initial !important\` there would win over any font set beside it. */
.badge { display: inline-block; max-width: 100%; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
button {
  font: inherit; font-weight: 600; cursor: pointer;
  display: inline-flex; align-items: center; gap: 4px;
  padding: 1px 8px; border-radius: 10px; border: 1px solid;
}
button::after { content: "▾"; font-size: 10px; }
button[aria-expanded="true"]::after { content: "▴"; }
button:focus-visible { outline: 2px solid var(--c-focus); outline-offset: 2px; }
.none button { background: var(--c-none-bg); color: var(--c-none-fg); border-color: var(--c-none-bd); }
.template button { background: var(--c-template-bg); color: var(--c-template-fg); border-color: var(--c-template-bd); }
.personal button { background: var(--c-personal-bg); color: var(--c-personal-fg); border-color: var(--c-personal-bd); }
.panel {
  margin-top: 4px; padding: 6px 10px; max-width: 420px;
  background: var(--c-panel-bg); color: var(--c-panel-fg);
  border: 1px solid var(--c-panel-bd); border-radius: 6px;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.15);
}
.panel ul { margin: 0; padding-left: 18px; }
.panel li { margin: 2px 0; overflow-wrap: anywhere; }
.panel .by { margin: 4px 0 0; opacity: 0.7; font-size: 11px; }
`;
