/** PostHog's UserBasicSerializer shape, embedded as created_by / last_modified_by everywhere. */
export interface UserBasic {
  id: number;
  uuid: string;
  distinct_id: string;
  first_name: string;
  last_name: string;
  email: string;
  is_email_verified: boolean;
  hedgehog_config: null;
  role_at_organization: string | null;
}

/** The single user every API key belongs to; the emulator has no user management. */
export const EMULATOR_USER: Readonly<UserBasic> = Object.freeze({
  id: 1,
  uuid: "0190b2f0-0000-7000-8000-000000000001",
  distinct_id: "emulator-user-distinct-id",
  first_name: "Emulator",
  last_name: "User",
  email: "emulator@posthog.local",
  is_email_verified: true,
  hedgehog_config: null,
  role_at_organization: "engineering",
});

/** A fresh copy of the emulator user for storing on a record. */
export function currentUser(): UserBasic {
  return { ...EMULATOR_USER };
}
