/** An emulator's address and the admin key its `/_emulator/*` control routes require. */
export interface ControlledEmulator {
  url: string;
  adminKey: string;
}

/** Calls one of the emulator's control routes with its admin key; `body` is sent as JSON. */
export function controlEmulator(emulator: ControlledEmulator, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${emulator.adminKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Wipes the emulator's state, recorded requests, faults and rate-limit buckets. */
export async function resetEmulator(emulator: ControlledEmulator): Promise<void> {
  const response = await controlEmulator(emulator, "POST", "/_emulator/reset");
  if (response.status !== 204) throw new Error(`resetting the emulator answered ${response.status}`);
}
