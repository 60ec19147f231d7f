import { ToolError } from "./errors.js";
import { getKind } from "./kinds/index.js";
import type { DesiredResource } from "./model.js";
import { isApiFailure, type ProjectApi } from "./ports.js";

/** The user a personal API key acts as (`UserSerializer`, which carries `is_staff`). */
const CURRENT_USER_PATH = "/api/users/@me/";

/**
 * Fails before any write when definitions declare a kind only PostHog staff may write
 * (`staffWrites`: dashboard templates) and the key's user is not staff, naming the files, so an
 * apply never stops halfway on PostHog's 403. Nothing is read when no such kind is declared.
 */
export async function assertStaffWrites(api: ProjectApi, resources: readonly DesiredResource[]): Promise<void> {
  const gated = resources.filter((resource) => getKind(resource.kind).staffWrites === true);
  if (gated.length === 0) return;
  const labels = [...new Set(gated.map((resource) => getKind(resource.kind).label))].join(", ");
  const files = [...new Set(gated.map((resource) => resource.source?.file ?? `${resource.kind}/${resource.key}`))].sort().join(", ");
  let user;
  try {
    user = await api.get(CURRENT_USER_PATH);
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 403) throw error;
    throw new ToolError("auth", `${labels} definitions (${files}) need a key whose user is PostHog staff, and this key cannot read its user (${CURRENT_USER_PATH}; give it the user:read scope). Nothing was changed`);
  }
  if (user?.is_staff === true) return;
  throw new ToolError("auth", `${labels}s can be written only by PostHog staff users, and this key's user is not staff: PostHog would refuse every write of ${files}. Nothing was changed; remove those definitions or use a staff user's key`);
}
