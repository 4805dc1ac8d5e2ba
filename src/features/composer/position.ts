// Where the panel goes: beside LinkedIn's dialog, never over its textarea. Pure geometry so the
// choice is tested without a browser.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Height the panel may use before it scrolls. */
  maxHeight: number;
  side: 'right' | 'left' | 'below' | 'above' | 'corner';
}

const GAP = 12;
const MARGIN = 8;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export function placeBeside(
  dialog: Box,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  keepClear: Box = dialog,
): Placement {
  const clampTop = (top: number, h: number) => Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - h));
  const fullHeight = Math.max(120, viewport.height - 2 * MARGIN);
  const h = Math.min(panel.height, fullHeight);
  const right = dialog.left + dialog.width + GAP;
  if (right + panel.width <= viewport.width - MARGIN) {
    return { left: right, top: clampTop(dialog.top, h), maxHeight: fullHeight, side: 'right' };
  }
  const left = dialog.left - GAP - panel.width;
  if (left >= MARGIN) return { left, top: clampTop(dialog.top, h), maxHeight: fullHeight, side: 'left' };
  // Almost room at a side: overlapping the dialog's edge is fine as long as the textarea stays clear.
  const top = clampTop(dialog.top, h);
  const flushRight = viewport.width - MARGIN - panel.width;
  if (flushRight >= MARGIN && !overlaps({ left: flushRight, top, width: panel.width, height: h }, keepClear)) {
    return { left: flushRight, top, maxHeight: fullHeight, side: 'right' };
  }
  if (MARGIN + panel.width <= viewport.width - MARGIN && !overlaps({ left: MARGIN, top, width: panel.width, height: h }, keepClear)) {
    return { left: MARGIN, top, maxHeight: fullHeight, side: 'left' };
  }
  const x = Math.max(MARGIN, Math.min(dialog.left, viewport.width - MARGIN - panel.width));
  const below = dialog.top + dialog.height + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = dialog.top - GAP - MARGIN;
  if (roomBelow >= Math.min(h, 200) && roomBelow >= roomAbove) {
    return { left: x, top: below, maxHeight: roomBelow, side: 'below' };
  }
  if (roomAbove >= Math.min(h, 200)) {
    const mh = Math.min(h, roomAbove);
    return { left: x, top: dialog.top - GAP - mh, maxHeight: roomAbove, side: 'above' };
  }
  // Small screens: a corner that stays off the textarea if any corner can.
  const corners = [
    { left: viewport.width - MARGIN - panel.width, top: MARGIN },
    { left: MARGIN, top: MARGIN },
    { left: viewport.width - MARGIN - panel.width, top: viewport.height - MARGIN - h },
    { left: MARGIN, top: viewport.height - MARGIN - h },
  ];
  const clear = corners.find((c) => !overlaps({ ...c, width: panel.width, height: h }, keepClear));
  if (clear) return { left: Math.max(MARGIN, clear.left), top: Math.max(MARGIN, clear.top), maxHeight: fullHeight, side: 'corner' };
  // No corner is clear at full height: take the taller band above or below the textarea and scroll.
  const belowTop = keepClear.top + keepClear.height + GAP;
  const belowRoom = viewport.height - MARGIN - belowTop;
  const aboveRoom = keepClear.top - GAP - MARGIN;
  const xr = Math.max(MARGIN, viewport.width - MARGIN - panel.width);
  if (belowRoom >= aboveRoom) return { left: xr, top: belowTop, maxHeight: Math.max(80, belowRoom), side: 'corner' };
  const mh = Math.max(80, aboveRoom);
  return { left: xr, top: Math.max(MARGIN, keepClear.top - GAP - Math.min(h, mh)), maxHeight: mh, side: 'corner' };
}
