import type { Feature } from './feature';
import { invitationBadges } from './invitation-badges';

// One line per feature; the content script starts and stops them as the person navigates.
export const features: Feature[] = [invitationBadges];
