import { z } from 'zod';

// The records every layer agrees on. Anything crossing a boundary (page → background, store, import,
// settings) is parsed with these schemas; limits are generous but finite so a hostile page cannot
// make us store megabytes.

const text = (max: number) => z.string().max(max);

export const VerdictSchema = z.enum(['none', 'template', 'personal']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const ReasonSchema = z.object({
  code: text(60),
  text: text(300),
  /** [start, end) offsets into the analysed note, when a piece of text fired the reason. */
  span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const AnalysisSchema = z.object({
  verdict: VerdictSchema,
  score: z.number().min(0).max(100),
  reasons: z.array(ReasonSchema).max(40),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The person a note is addressed to (for incoming notes: the user; for outgoing: the profile on screen). */
export const RecipientSchema = z.object({
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  company: text(200).optional(),
  headline: text(500).optional(),
  school: text(200).optional(),
  location: text(200).optional(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const StackSchema = z.enum(['sdui', 'classic']);

/** One received person invitation as read from the invitation manager. */
export const ReceivedInvitationSchema = z.object({
  /** componentkey, invitation URN or profile slug: stable across reloads. */
  id: text(500).min(1),
  stack: StackSchema,
  senderName: text(300).min(1),
  profileUrl: text(2000).optional(),
  slug: text(300).optional(),
  headline: text(1000).optional(),
  /** Absent when the sender wrote no note. */
  note: text(5000).optional(),
  /** True when the page only shows the start of the note ("See more" without the full text). */
  noteTruncated: z.boolean(),
  mutualText: text(300).optional(),
  sentAgoText: text(100).optional(),
});
export type ReceivedInvitation = z.infer<typeof ReceivedInvitationSchema>;

export const InvitationStatusSchema = z.enum(['pending', 'accepted', 'ignored']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** What the background keeps for each received invitation. */
export const StoredInvitationSchema = ReceivedInvitationSchema.extend({
  analysis: AnalysisSchema,
  status: InvitationStatusSchema,
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type StoredInvitation = z.infer<typeof StoredInvitationSchema>;

export const PageKindSchema = z.enum([
  'invitations-received',
  'invitations-sent',
  'mynetwork',
  'profile',
  'search-people',
  'custom-invite',
  'messaging',
  'feed',
  'other',
]);
export type PageKind = z.infer<typeof PageKindSchema>;

/** What a content script found on a page where Connector expected to work. */
export const PageStatusSchema = z.object({
  kind: PageKindSchema,
  recognised: z.boolean(),
  detail: text(300).optional(),
  url: text(2000).optional(),
  at: z.number(),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** A connection request the user sent from LinkedIn's note dialog (recorded when they click Send). */
export const OutgoingInvitationSchema = z.object({
  /** slug, else ACoA profile id, else the name: the natural key; a re-send overwrites. */
  id: text(300).min(1),
  recipientName: text(300).min(1),
  slug: text(300).optional(),
  profileId: text(100).optional(),
  profileUrl: text(2000).optional(),
  sentAt: z.number(),
  /** The note as sent; empty string for "Send without a note". */
  note: text(2000),
  verdict: VerdictSchema,
  score: z.number().min(0).max(100),
  /** The profile later showed "Pending". */
  confirmedPending: z.boolean().default(false),
});
export type OutgoingInvitation = z.infer<typeof OutgoingInvitationSchema>;

export const TemplateSchema = z.object({
  id: text(100).min(1),
  name: text(80).trim().min(1, 'A template needs a name'),
  body: text(2000).trim().min(1, 'A template needs some text'),
  builtin: z.boolean(),
  order: z.number().int().min(0),
});
export type Template = z.infer<typeof TemplateSchema>;

export const SettingsSchema = z.object({
  /** The user, as the recipient of incoming notes (their company mentioned in a note, etc.). */
  me: RecipientSchema.default({}),
  /** Note limit when LinkedIn's dialog does not show one: 200 free, 300 Premium. */
  noteLimit: z.union([z.literal(200), z.literal(300)]).default(200),
});
export type Settings = z.infer<typeof SettingsSchema>;
