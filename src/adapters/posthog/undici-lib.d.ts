// Types for the undici modules undici-core.ts loads in place of undici's index (issue 14).
declare module "undici/lib/dispatcher/agent.js" {
  import { Agent } from "undici";
  export default Agent;
}

declare module "undici/lib/dispatcher/dispatcher.js" {
  const Dispatcher: { prototype: object };
  export default Dispatcher;
}

declare module "undici/lib/api/index.js" {
  const api: Record<string, unknown>;
  export default api;
}
