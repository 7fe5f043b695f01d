import { z } from 'zod';
import { ArticleInput, HighlightInput } from './db/records';
import { ArticleMeta, Claim } from './model';
import { Settings } from './settings';

/**
 * Every message Sourcelight sends between its parts, with the reply each one gets. Senders
 * validate what they send and what comes back; receivers validate what arrives and answer
 * `{ ok: false, error }` instead of throwing across the boundary. Transport (runtime or tabs
 * messaging) is passed in, so this module stays free of browser APIs.
 */

// ── content script → background ───────────────────────────────────────────────────────────

export const ArticleSaveMessage = z.object({
  type: z.literal('article:save'),
  article: ArticleInput,
  claims: z.array(HighlightInput),
});

export const HighlightsGetMessage = z.object({
  type: z.literal('highlights:get'),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
});

export const SettingsGetMessage = z.object({ type: z.literal('settings:get') });

export const BackgroundMessage = z.discriminatedUnion('type', [
  ArticleSaveMessage,
  HighlightsGetMessage,
  SettingsGetMessage,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

// ── popup → content script ────────────────────────────────────────────────────────────────

export const PageClaim = Claim.pick({
  quote: true,
  speaker: true,
  resolvedSpeaker: true,
  via: true,
  cue: true,
  form: true,
  sourceKind: true,
}).extend({ id: z.string() });
export type PageClaim = z.infer<typeof PageClaim>;

export const PageStatus = z.enum(['article', 'not-article', 'disabled', 'loading']);
export type PageStatus = z.infer<typeof PageStatus>;

export const PageState = z.object({
  status: PageStatus,
  meta: ArticleMeta.nullable(),
  claims: z.array(PageClaim),
  hiddenTeaserLinks: z.number().int().nonnegative(),
  teasersShown: z.boolean(),
  /** Why this page's highlights could not be kept (a full disk, a damaged database); null when they were. */
  saveError: z.string().nullable().default(null),
});
export type PageState = z.infer<typeof PageState>;

export const PageStateMessage = z.object({ type: z.literal('page:state') });

export const TeasersShowMessage = z.object({ type: z.literal('teasers:show'), shown: z.boolean() });

export const ClaimRevealMessage = z.object({ type: z.literal('claim:reveal'), id: z.string() });

export const ContentMessage = z.discriminatedUnion('type', [
  PageStateMessage,
  TeasersShowMessage,
  ClaimRevealMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

// ── replies ───────────────────────────────────────────────────────────────────────────────

export const Failure = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof Failure>;

const okWith = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ ok: z.literal(true), ...shape });

/** A highlight as saved, returned to the content script so it can re-attach it. */
export const SavedHighlight = HighlightInput.extend({
  id: z.number().int(),
  createdAt: z.number().int(),
});
export type SavedHighlight = z.infer<typeof SavedHighlight>;

/** The successful reply to each message; any message may instead get a `Failure`. */
export const SUCCESS_REPLIES = {
  'article:save': okWith({ articleId: z.number().int(), count: z.number().int() }),
  'highlights:get': okWith({
    articleId: z.number().int().nullable(),
    highlights: z.array(SavedHighlight),
  }),
  'settings:get': okWith({ settings: Settings }),
  'page:state': okWith({ state: PageState }),
  'teasers:show': okWith({}),
  'claim:reveal': okWith({}),
} as const;

export type Message = BackgroundMessage | ContentMessage;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type Success<T extends MessageType> = z.infer<(typeof SUCCESS_REPLIES)[T]>;
export type Reply<T extends MessageType> = Success<T> | Failure;

// ── sending ───────────────────────────────────────────────────────────────────────────────

/** Delivers a message and resolves to the raw reply: `browser.runtime.sendMessage` or a tab sender. */
export type Transport = (message: Message) => Promise<unknown>;

const failure = (error: string): Failure => ({ ok: false, error });

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const MESSAGE = z.union([BackgroundMessage, ContentMessage]);

/** Sends `message` and resolves to its validated reply; never rejects. */
export async function send<M extends Message>(
  transport: Transport,
  message: M,
): Promise<Reply<M['type']>> {
  const outgoing = MESSAGE.safeParse(message);
  if (!outgoing.success) {
    return failure(
      `Refused to send an invalid ${message.type}: ${z.prettifyError(outgoing.error)}`,
    );
  }
  let raw: unknown;
  try {
    raw = await transport(outgoing.data);
  } catch (error) {
    return failure(`No answer to ${message.type}: ${describe(error)}`);
  }
  if (raw === undefined) return failure(`No receiver answered ${message.type}.`);
  const type: MessageType = message.type;
  const reply = z.union([SUCCESS_REPLIES[type], Failure]).safeParse(raw);
  if (!reply.success) {
    return failure(`Unexpected reply to ${message.type}: ${z.prettifyError(reply.error)}`);
  }
  return reply.data as Reply<M['type']>;
}

// ── receiving ─────────────────────────────────────────────────────────────────────────────

export type Handlers<M extends Message> = {
  [T in M['type']]: (
    message: Extract<M, { type: T }>,
    sender: unknown,
  ) => Reply<T> | Promise<Reply<T>>;
};

export type Receiver = (raw: unknown, sender?: unknown) => Promise<Reply<MessageType>>;

function createReceiver<M extends Message>(schema: z.ZodType<M>, handlers: Handlers<M>): Receiver {
  return async (raw, sender) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return failure(`Invalid message: ${z.prettifyError(parsed.error)}`);
    const message = parsed.data;
    const handle = handlers[message.type as M['type']] as unknown as (
      m: M,
      s: unknown,
    ) => Promise<Reply<MessageType>>;
    try {
      return await handle(message, sender);
    } catch (error) {
      return failure(`${message.type} failed: ${describe(error)}`);
    }
  };
}

/** The background's receiver: content → background messages. */
export const createBackgroundReceiver = (handlers: Handlers<BackgroundMessage>) =>
  createReceiver(BackgroundMessage, handlers);

/** The content script's receiver: popup → content messages. */
export const createContentReceiver = (handlers: Handlers<ContentMessage>) =>
  createReceiver(ContentMessage, handlers);

/**
 * Adapts a receiver to `runtime.onMessage`: answers through `sendResponse` and returns true,
 * which every browser supports (a listener returning a promise is not understood everywhere).
 */
export function toMessageListener(receive: Receiver) {
  return (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void): true => {
    void receive(message, sender).then(sendResponse);
    return true;
  };
}
