import { beforeEach, expect, it, vi } from 'vitest';
import { freshDB } from './fresh-db';
import { openConnectorDB } from '@/src/store/db';
import { getSettings, saveSettings } from '@/src/store/settings';

beforeEach(freshDB);

it('returns defaults when nothing is stored', async () => {
  expect(await getSettings()).toEqual({ me: {}, noteLimit: 200 });
});

it('saves and reads back', async () => {
  await saveSettings({ me: { firstName: 'Lena', company: 'Acme' }, noteLimit: 300 });
  expect(await getSettings()).toEqual({ me: { firstName: 'Lena', company: 'Acme' }, noteLimit: 300 });
});

it('refuses invalid settings and keeps the old ones', async () => {
  await saveSettings({ me: {}, noteLimit: 300 });
  await expect(saveSettings({ me: {}, noteLimit: 250 } as never)).rejects.toThrow();
  expect((await getSettings()).noteLimit).toBe(300);
});

it('falls back to defaults when the stored row is damaged', async () => {
  const db = await openConnectorDB();
  await db.put('settings', { noteLimit: 'lots' }, 'settings');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(await getSettings()).toEqual({ me: {}, noteLimit: 200 });
  expect(warn).toHaveBeenCalledOnce();
  warn.mockRestore();
});
