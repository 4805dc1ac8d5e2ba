import { beforeEach, expect, it } from 'vitest';
import { freshDB } from './fresh-db';
import { clearPageStatus, deletePageStatus, getPageStatus, setPageStatus } from '@/src/store/pageStatus';

beforeEach(freshDB);

it('keeps one status per tab, the latest winning', async () => {
  await setPageStatus(3, { kind: 'invitations-received', recognised: true, at: 1 });
  await setPageStatus(3, { kind: 'invitations-received', recognised: false, detail: 'no cards', at: 2 });
  await setPageStatus(4, { kind: 'profile', recognised: true, at: 3 });
  expect(await getPageStatus(3)).toEqual({ tabId: 3, kind: 'invitations-received', recognised: false, detail: 'no cards', at: 2 });
  expect((await getPageStatus(4))?.kind).toBe('profile');
  await deletePageStatus(3);
  expect(await getPageStatus(3)).toBeUndefined();
  await clearPageStatus();
  expect(await getPageStatus(4)).toBeUndefined();
});

it('refuses an invalid status', async () => {
  await expect(setPageStatus(1, { kind: 'nowhere', recognised: true, at: 1 } as never)).rejects.toThrow();
  expect(await getPageStatus(1)).toBeUndefined();
});
