import { describe, expect, it } from "vitest";
import { ConfigError, resolveConnection } from "../../src/engine/project.js";

const config = { dir: "posthog", environments: {} };
const resolve = (key: string) => resolveConnection(config as never, { env: { POSTHOG_PERSONAL_API_KEY: key, POSTHOG_PROJECT_ID: "1" } });

describe("the API key", () => {
  it("is trimmed of the line break a pasted secret often ends with", () => {
    expect(resolve("phx_abc\n").apiKey).toBe("phx_abc");
    expect(resolve("  phx_abc \r\n").apiKey).toBe("phx_abc");
  });

  it("is refused, without being echoed, when it holds a space or a line break inside", () => {
    for (const key of ["phx_abc\nphx_def", "phx abc"]) {
      expect(() => resolve(key)).toThrow(ConfigError);
      expect(() => resolve(key)).toThrow("POSTHOG_PERSONAL_API_KEY holds spaces, line breaks or other characters no personal API key has; set it to the key alone");
      try {
        resolve(key);
      } catch (error) {
        expect(String(error)).not.toContain("phx_abc");
      }
    }
  });
});
