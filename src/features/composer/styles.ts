// Styles for the composer's shadow roots. Passed as a string to createShadowRootUi so no stylesheet
// of ours reaches LinkedIn's page; colours follow the person's light/dark preference.

const palette = `
  --c-bg: #ffffff; --c-fg: #1d2226; --c-muted: #5e6670; --c-border: #c9ced4; --c-accent: #0a66c2;
  --c-accent-fg: #ffffff; --c-warn-bg: #fff4e5; --c-warn-fg: #8a4b00; --c-bad: #b3261e; --c-ok: #1b7f3b;
  --c-mid: #b26a00; --c-track: #e6e9ec; --c-field: #ffffff; --c-focus: #0a66c2;
`;
const darkPalette = `
  --c-bg: #1f2428; --c-fg: #e9ecef; --c-muted: #a9b1b9; --c-border: #49525a; --c-accent: #70b5f9;
  --c-accent-fg: #0b1a29; --c-warn-bg: #3d2a0d; --c-warn-fg: #ffcf8a; --c-bad: #ff8a80; --c-ok: #7ed99b;
  --c-mid: #ffc266; --c-track: #39414a; --c-field: #15191c; --c-focus: #70b5f9;
`;

const base = `
  :host { ${palette} }
  @media (prefers-color-scheme: dark) { :host { ${darkPalette} } }
  * { box-sizing: border-box; }
  .box { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--c-fg);
    background: var(--c-bg); border: 1px solid var(--c-border); border-radius: 10px;
    box-shadow: 0 6px 24px rgba(0,0,0,.22); min-height: 0; }
  button, input, textarea, select { font: inherit; color: inherit; }
  :focus-visible { outline: 2px solid var(--c-focus); outline-offset: 2px; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export const panelCss = `${base}
  .panel { width: 340px; display: flex; flex-direction: column; gap: 10px; padding: 12px 14px; overflow: auto; }
  .head { display: flex; align-items: flex-start; gap: 8px; }
  .head h2 { font-size: 15px; margin: 0; flex: 1; }
  .brand { color: var(--c-accent); font-weight: 700; }
  .x { border: 0; background: transparent; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
  .who { font-size: 13px; color: var(--c-muted); margin: 0; padding: 0; list-style: none; }
  .who .name { color: var(--c-fg); font-weight: 600; font-size: 14px; }
  label { display: block; font-weight: 600; font-size: 13px; margin-bottom: 3px; }
  select, input, textarea { width: 100%; background: var(--c-field); border: 1px solid var(--c-border);
    border-radius: 6px; padding: 6px 8px; }
  textarea { resize: vertical; min-height: 120px; }
  .hint { font-size: 12px; color: var(--c-muted); margin: 3px 0 0; }
  .meter { display: grid; gap: 4px; }
  .bar { height: 8px; border-radius: 4px; background: var(--c-track); overflow: hidden; }
  .fill { height: 100%; border-radius: 4px; transition: width .15s; }
  .fill.personal { background: var(--c-ok); } .fill.template { background: var(--c-mid); } .fill.none { background: var(--c-bad); }
  .verdict { font-weight: 600; font-size: 13px; display: flex; justify-content: space-between; }
  .reasons { margin: 0; padding-left: 18px; font-size: 12px; color: var(--c-muted); }
  .budget { display: flex; align-items: center; gap: 8px; font-size: 13px; }
  .count { font-variant-numeric: tabular-nums; font-weight: 600; }
  .count.over { color: var(--c-bad); }
  .quota { font-size: 12px; color: var(--c-muted); margin: 0; }
  .warn { background: var(--c-warn-bg); color: var(--c-warn-fg); border-radius: 6px; padding: 6px 8px; font-size: 13px; margin: 0; }
  .status { font-size: 13px; margin: 0; }
  /* Insert stays in sight when the panel is taller than the screen and scrolls. */
  .actions { display: flex; gap: 8px; justify-content: flex-end; position: sticky; bottom: -12px;
    margin-bottom: -12px; padding: 6px 0 12px; background: var(--c-bg); }
  .btn { border: 1px solid var(--c-accent); border-radius: 16px; padding: 5px 14px; cursor: pointer;
    background: transparent; color: var(--c-accent); font-weight: 600; }
  .btn.primary { background: var(--c-accent); color: var(--c-accent-fg); }
  .btn:disabled { opacity: .5; cursor: default; }
  .link { border: 0; background: transparent; color: var(--c-accent); cursor: pointer; padding: 0; font-weight: 600; font-size: 13px; }
  .link:disabled { color: var(--c-muted); cursor: default; }
`;

export const hintCss = `${base}
  .hint-box { padding: 8px 12px; font-size: 13px; max-width: 360px; display: flex; gap: 8px; align-items: center; }
  .brand { color: var(--c-accent); font-weight: 700; }
  .x { border: 0; background: transparent; cursor: pointer; font-size: 16px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
`;

export const reopenCss = `${base}
  .reopen { display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; cursor: pointer; font-size: 13px;
    font-weight: 700; color: var(--c-accent); border-radius: 16px; }
  .reopen:hover { border-color: var(--c-accent); }
`;
