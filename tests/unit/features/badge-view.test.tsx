// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '@/src/core/model';
import { BadgeView } from '@/src/features/badge-view';
import { createBadgeHost } from '@/src/features/badge-host';

const hostile = '<img src=x onerror=alert(1)>';
const analysis: Analysis = {
  verdict: 'template',
  score: 20,
  reasons: [
    { code: 'generic', text: "Generic phrase: 'add you to my professional network'" },
    { code: 'quote', text: `Quotes ${hostile}` },
  ],
};

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  document.body.replaceChildren();
});

function mount(a = analysis, sender = 'Ana Alves') {
  const badge = createBadgeHost(document);
  document.body.append(badge.host);
  container = badge.container;
  render(<BadgeView analysis={a} senderName={sender} />, badge.container);
  const root = badge.host.shadowRoot!;
  return { host: badge.host, root, button: root.querySelector('button')! };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('badge view', () => {
  it('is a collapsed button named by its verdict', () => {
    const { host, button } = mount();
    expect(host.getAttribute('data-connector')).toBe('badge');
    expect(button.textContent).toBe('Template');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toMatch(/^Template: .*Ana Alves/);
  });

  it.each([
    ['none', 'No note'],
    ['personal', 'Personal'],
  ] as const)('labels %s as %s', (verdict, label) => {
    const { button } = mount({ verdict, score: 50, reasons: [] });
    expect(button.textContent).toBe(label);
  });

  it('shows the reasons as plain text and closes on Escape, giving focus back', async () => {
    const { root, button } = mount();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = [...root.querySelectorAll('.panel li')].map((l) => l.textContent);
    expect(items).toEqual(analysis.reasons.map((r) => r.text));
    expect(root.querySelector('img')).toBeNull();
    expect(root.getElementById(button.getAttribute('aria-controls')!)).not.toBeNull();
    root.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(root.querySelector('.panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(button);
  });

  it('renders a hostile sender name as text only', () => {
    const { root, button } = mount(analysis, hostile);
    expect(button.getAttribute('aria-label')).toContain(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps its keys and clicks from reaching the page', () => {
    const { button } = mount();
    let reached = 0;
    document.body.addEventListener('keydown', () => reached++);
    document.body.addEventListener('click', () => reached++);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(reached).toBe(0);
  });
});
