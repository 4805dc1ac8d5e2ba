import { actionOfClick, invitationListRoot, readInvitations } from '../linkedin/invitations';
import { sendMessage } from '../messaging';
import { startBadges } from './badge-controller';
import { createBadgeHost } from './badge-host';
import type { Feature } from './feature';

/**
 * Incoming requests, judged: a No note / Template / Personal badge on every received person
 * invitation, with the reasons one click or key away. Watches, never clicks: the person's own
 * Accept/Ignore clicks are only recorded.
 */
export const invitationBadges: Feature = {
  name: 'invitation-badges',
  appliesTo: (kind) => kind === 'invitations-received',
  start: (_ctx, url) =>
    startBadges({
      doc: document,
      kind: 'invitations-received',
      url: url.href,
      readInvitations: (doc) => readInvitations(doc),
      actionOfClick,
      listRoot: invitationListRoot,
      send: sendMessage,
      createHost: createBadgeHost,
    }),
};
