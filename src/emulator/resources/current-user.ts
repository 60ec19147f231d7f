import { methodNotAllowed } from "../errors.js";
import type { JsonRecord } from "../json.js";
import { EMULATOR_USER } from "../users.js";
import type { PostHogSettings } from "./resource.js";

/** `/api/users/@me/`, with or without the trailing slash. */
export function isCurrentUserPath(pathname: string): boolean {
  return /^\/api\/users\/@me\/?$/.test(pathname);
}

/**
 * `UserViewSet.retrieve` for `@me` (posthog/api/user.py, scope `user`): the `UserSerializer`
 * fields a tool reads, `is_staff` among them, which decides whether dashboard template writes are
 * allowed. Only GET is served; updating the user is not modelled.
 */
export function serveCurrentUser(method: string, settings: PostHogSettings): JsonRecord {
  if (method !== "GET") throw methodNotAllowed(method);
  const { id, uuid, distinct_id, first_name, last_name, email, is_email_verified, role_at_organization } = EMULATOR_USER;
  return { id, uuid, distinct_id, first_name, last_name, email, is_email_verified, role_at_organization, is_staff: settings.staffUser !== false };
}
