import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepDeclaredSecrets
} from "./chunk-2AROFJEV.js";

// src/core/kinds/compared.ts
function comparedFields(kind, live, desired, options = {}) {
  const names = kind.api.singleton ? Object.keys(desired) : void 0;
  if (names !== void 0) {
    const out2 = {};
    for (const name of names) if (live[name] !== void 0) out2[name] = live[name];
    return out2;
  }
  const out = keepDeclaredSecrets(kind.compare ? kind.compare(live, desired, { rotateSecrets: options.rotateSecrets ?? false }) : { ...live }, desired, options.rotateSecrets ?? false);
  for (const name of kind.declaredOnly ?? []) if (desired[name] === void 0) delete out[name];
  return out;
}

export {
  comparedFields
};
