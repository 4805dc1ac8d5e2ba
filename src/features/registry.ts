import type { Feature } from './feature';
import { invitationBadges } from './invitation-badges';
import { composer } from './composer/composer';

// One line per feature; the content script starts and stops them as the person navigates.
export const features: Feature[] = [invitationBadges, composer];
