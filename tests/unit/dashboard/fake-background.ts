import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSchema, type Settings, type Template } from '@/src/core/model';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import { templateErrors } from '@/src/core/drafting/engine';
import { parseMessage, type Message, type Reply } from '@/src/messaging';

// An in-memory stand-in for the background, answering the dashboard's messages the way the real one does
// (parse, validate, renumber, reply { ok, data }), and recording what was asked.

export interface FakeBackground {
  templates: Template[];
  settings: Settings;
  received: Message[];
  /** The next message of this type is answered with { ok: false, error }. */
  refuseNext?: { type: Message['type']; error: string };
  of<T extends Message['type']>(type: T): Extract<Message, { type: T }>[];
}

export function fakeBackground(init: { templates?: Template[]; settings?: Partial<Settings> } = {}): FakeBackground {
  const bg: FakeBackground = {
    templates: init.templates ?? [...BUILTIN_TEMPLATES],
    settings: SettingsSchema.parse(init.settings ?? {}),
    received: [],
    of: (type) => bg.received.filter((m) => m.type === type) as never,
  };

  const answer = (m: Message): Reply => {
    if (bg.refuseNext?.type === m.type) {
      const { error } = bg.refuseNext;
      bg.refuseNext = undefined;
      return { ok: false, error };
    }
    switch (m.type) {
      case 'templates/list':
        return { ok: true, data: bg.templates };
      case 'templates/save': {
        const bad = m.templates.find((t) => templateErrors(t.body).length);
        if (bad) return { ok: false, error: `Template "${bad.name}": ${templateErrors(bad.body)[0].message}` };
        bg.templates = m.templates.map((t, order) => ({ ...t, order }));
        return { ok: true, data: bg.templates.length ? bg.templates : BUILTIN_TEMPLATES };
      }
      case 'templates/reset':
        bg.templates = [...BUILTIN_TEMPLATES];
        return { ok: true, data: bg.templates };
      case 'settings/get':
        return { ok: true, data: bg.settings };
      case 'settings/save':
        bg.settings = m.settings;
        return { ok: true, data: bg.settings };
      default:
        return { ok: false, error: `unexpected ${m.type}` };
    }
  };

  fakeBrowser.runtime.onMessage.addListener(((raw: unknown, _sender: unknown, sendResponse: (r: Reply) => void) => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return true;
    }
    bg.received.push(parsed.message);
    // Answer asynchronously, as a real background does.
    setTimeout(() => sendResponse(answer(parsed.message)), 0);
    return true;
  }) as never);
  return bg;
}
