// What the signal tests ask of a note: its reason codes, one reason, its verdict.
import { expect } from 'vitest';
import { analyzeNote } from '@/src/core/analyzer';
import type { Recipient } from '@/src/core/model';

export const codes = (note: string, recipient?: Recipient) => analyzeNote(note, { recipient }).reasons.map((r) => r.code);
export const reason = (note: string, code: string, recipient?: Recipient) => analyzeNote(note, { recipient }).reasons.find((r) => r.code === code);
export const verdict = (note: string, recipient?: Recipient) => analyzeNote(note, { recipient }).verdict;
/** A note judged `label` (no recipient). */
export const judgedAs = (label: 'personal' | 'template') => (note: string) => expect(verdict(note)).toBe(label);
/** A note that `code` finds, and that is personal for it. */
export const personalBy = (code: string) => (note: string) => {
  expect(codes(note)).toContain(code);
  expect(verdict(note)).toBe('personal');
};
