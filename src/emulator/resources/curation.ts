import { isoNow } from "../clock.js";
import { currentUser, type UserBasic } from "../users.js";

/** The curation fields event and property definitions share. */
interface Curated {
  hidden: boolean;
  verified: boolean;
  verified_at: string | null;
  verified_by: UserBasic | null;
  updated_at: string | null;
  updated_by: UserBasic | null;
}

/**
 * PostHog's hidden/verified rules for definitions: hiding clears verification,
 * verifying unhides and stamps who and when. One copy for both kinds of definition.
 */
export function applyCuration(definition: Curated, hidden: boolean | null | undefined, verified: boolean | null | undefined): void {
  if (hidden === true) {
    definition.hidden = true;
    definition.verified = false;
    definition.verified_at = null;
    definition.verified_by = null;
  } else if (hidden === false) {
    definition.hidden = false;
  }
  if (verified === true) {
    if (!definition.verified) {
      definition.verified_at = isoNow();
      definition.verified_by = currentUser();
    }
    definition.verified = true;
    definition.hidden = false;
  } else if (verified === false) {
    definition.verified = false;
    definition.verified_at = null;
    definition.verified_by = null;
  }
  definition.updated_at = isoNow();
  definition.updated_by = currentUser();
}
