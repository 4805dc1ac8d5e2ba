import { z } from 'zod';
import { SettingsSchema, TemplateSchema, type Settings, type Template } from '../../core/model';
import { sendMessage, type Message } from '../../messaging';

// The dashboard's only way to the store: runtime messages to the background (the one writer). Replies
// are parsed like any other boundary crossing, so a bad reply is an error message, not a broken page.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const TemplateListSchema = z.array(TemplateSchema);

async function ask<T>(message: Message, schema: z.ZodType<T>): Promise<Result<T>> {
  const reply = await sendMessage(message);
  if (!reply.ok) return { ok: false, error: reply.error };
  const parsed = schema.safeParse(reply.data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'Connector’s background sent a reply this page cannot read.' };
}

export const api = {
  listTemplates: () => ask<Template[]>({ type: 'templates/list' }, TemplateListSchema),
  saveTemplates: (templates: Template[]) => ask<Template[]>({ type: 'templates/save', templates }, TemplateListSchema),
  resetTemplates: () => ask<Template[]>({ type: 'templates/reset' }, TemplateListSchema),
  getSettings: () => ask<Settings>({ type: 'settings/get' }, SettingsSchema),
  saveSettings: (settings: Settings) => ask<Settings>({ type: 'settings/save', settings }, SettingsSchema),
};
