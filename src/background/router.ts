import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type Message, type Reply } from '../messaging';
import { handlers, RefusedError, type HandlerContext } from './handlers';
import { classifySender } from './senders';
import { TemplateValidationError } from '../store/templates';

/** Check who is asking and what, then run the handler; never throws. */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const who = classifySender(sender);
  if (who.kind === 'refused') return { ok: false, error: who.why };
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const ctx: HandlerContext = who.kind === 'linkedin-tab' ? { tabId: who.tabId } : {};
  try {
    const handler = handlers[parsed.message.type] as (m: Message, c: HandlerContext) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.message, ctx) };
  } catch (e) {
    // Refusals and invalid templates are answers for the sender, not faults of ours.
    if (!(e instanceof RefusedError || e instanceof TemplateValidationError)) console.error('Connector: message failed', parsed.message.type, e);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * `return true` + sendResponse keeps the channel open in Chrome, in Firefox through the polyfill, and
 * in WXT's fakeBrowser (which ignores listeners that return a promise).
 */
export function onRuntimeMessage(raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void): true {
  void handleMessage(raw, sender).then(sendResponse);
  return true;
}

export function registerRouter(): void {
  browser.runtime.onMessage.addListener(onRuntimeMessage);
}
