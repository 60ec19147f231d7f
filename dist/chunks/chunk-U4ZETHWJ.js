import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RESERVED_SECRET
} from "./chunk-4JOGTZXF.js";

// src/engine/secrets.ts
function readSecretValues(config, env) {
  const allowed = new Set((config.secrets ?? []).filter((name) => !RESERVED_SECRET.test(name)));
  return {
    valueOf(name) {
      const value = allowed.has(name) ? env[name] : void 0;
      return value === void 0 || value === "" ? void 0 : value;
    },
    explain(name) {
      if (!allowed.has(name)) return `posthog.config.ts does not list ${name} in secrets, so its value is never read`;
      return `the environment variable ${name} is not set`;
    }
  };
}

export {
  readSecretValues
};
