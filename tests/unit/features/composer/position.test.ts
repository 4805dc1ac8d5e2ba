import { describe, expect, it } from 'vitest';
import { placeBeside } from '@/src/features/composer/position';

const viewport = { width: 1280, height: 900 };
const panel = { width: 340, height: 560 };

const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeBeside', () => {
  it('goes right of a centred dialog', () => {
    const p = placeBeside({ left: 390, top: 200, width: 500, height: 400 }, panel, viewport);
    expect(p.side).toBe('right');
    expect(p.left).toBe(902);
    expect(p.top).toBe(200);
  });

  it('goes left when the dialog hugs the right edge', () => {
    const p = placeBeside({ left: 760, top: 100, width: 500, height: 400 }, panel, viewport);
    expect(p.side).toBe('left');
    expect(p.left + 340).toBeLessThanOrEqual(760);
  });

  it('may overlap the dialog\'s edge, never its textarea, to stay beside it', () => {
    const dialog = { left: 348, top: 108, width: 584, height: 295 };
    const textarea = { left: 364, top: 183, width: 552, height: 120 };
    const p = placeBeside(dialog, panel, viewport, textarea);
    expect(p.side).toBe('right');
    expect(p.left + 340).toBeLessThanOrEqual(1280 - 8);
    expect(overlaps({ left: p.left, top: p.top, width: 340, height: 560 }, textarea)).toBe(false);
  });

  it('stays inside the viewport vertically', () => {
    const p = placeBeside({ left: 390, top: 700, width: 500, height: 150 }, panel, viewport);
    expect(p.top + 560).toBeLessThanOrEqual(900);
  });

  it('on a narrow screen goes below or above, never over the dialog', () => {
    const dialog = { left: 10, top: 40, width: 600, height: 300 };
    const p = placeBeside(dialog, panel, { width: 640, height: 900 });
    expect(['below', 'above']).toContain(p.side);
    expect(overlaps({ left: p.left, top: p.top, width: 340, height: Math.min(560, p.maxHeight) }, dialog)).toBe(false);
  });

  it('when nothing fits, keeps clear of the textarea', () => {
    const dialog = { left: 0, top: 0, width: 400, height: 700 };
    const textarea = { left: 20, top: 100, width: 360, height: 120 };
    const p = placeBeside(dialog, { width: 340, height: 500 }, { width: 420, height: 720 }, textarea);
    expect(p.side).toBe('corner');
    expect(overlaps({ left: p.left, top: p.top, width: 340, height: Math.min(500, p.maxHeight) }, textarea)).toBe(false);
  });

  it('uses a corner when one is clear of the textarea', () => {
    const dialog = { left: 0, top: 0, width: 400, height: 700 };
    const textarea = { left: 20, top: 100, width: 360, height: 80 };
    const p = placeBeside(dialog, { width: 340, height: 500 }, { width: 420, height: 720 }, textarea);
    expect(p.side).toBe('corner');
    expect(p.maxHeight).toBeGreaterThanOrEqual(500);
    expect(overlaps({ left: p.left, top: p.top, width: 340, height: 500 }, textarea)).toBe(false);
  });
});
