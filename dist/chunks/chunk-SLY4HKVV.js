import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/errors.ts
var ToolError = class extends Error {
  category;
  constructor(category, message) {
    super(message);
    this.name = "ToolError";
    this.category = category;
  }
};
function categoryOf(error) {
  return error instanceof ToolError ? error.category : "internal";
}

export {
  ToolError,
  categoryOf
};
