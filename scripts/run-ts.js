// Runs a TypeScript script from this repository on Node 24's type stripping.
// Sources import siblings as "./x.js" (NodeNext style); this maps them to x.ts.
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { argv } from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolve } from "node:path";

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith(".") && specifier.endsWith(".js") && context.parentURL?.startsWith("file:")) {
      const candidate = new URL(specifier.replace(/\.js$/, ".ts"), context.parentURL);
      if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(candidate))) {
        return nextResolve(candidate.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

await import(pathToFileURL(resolve(argv[2])).href);
