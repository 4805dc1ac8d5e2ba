import { SettingsSchema, type Settings } from '../core/model';
import { openConnectorDB, parseRow } from './db';

const KEY = 'settings';

/** The saved settings with defaults filled in; defaults alone when nothing valid is stored. */
export async function getSettings(): Promise<Settings> {
  const db = await openConnectorDB();
  return parseRow(SettingsSchema, await db.get('settings', KEY), 'settings') ?? SettingsSchema.parse({});
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  const db = await openConnectorDB();
  await db.put('settings', valid, KEY);
  return valid;
}
