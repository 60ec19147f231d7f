import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildDesiredState
} from "./chunk-LJQFIKR4.js";
import {
  isReadableRelativePath,
  loadProject
} from "./chunk-SJ4VGYXD.js";
import {
  hasErrors
} from "./chunk-IP6AB7RW.js";

// src/engine/base.ts
import { mkdtemp, rm } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/adapters/git/export-tree.ts
import { execFile, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var LOADABLE = /\.(ts|mts|js|mjs|json)$/;
var MAX_FILES = 2e4;
var MAX_BYTES = 64 * 1024 * 1024;
var GIT_ENV = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" };
function git(cwd, args) {
  return new Promise((done) => {
    execFile(
      "git",
      ["-C", cwd, ...args],
      { env: GIT_ENV, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => done(error ? { ok: false, stderr: String(stderr || error.message).trim().split("\n")[0] || "git failed" } : { ok: true, stdout })
    );
  });
}
function readBlobs(cwd, objects) {
  return new Promise((done, fail) => {
    const child = spawn("git", ["-C", cwd, "cat-file", "--batch"], { env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`git cat-file exited with ${code}`));
      const all = Buffer.concat(chunks);
      const blobs = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const end = all.indexOf(10, at);
        const size = Number(all.subarray(at, end).toString("utf8").split(" ")[2]);
        blobs.push(all.subarray(end + 1, end + 1 + size));
        at = end + 1 + size + 1;
      }
      done(blobs);
    });
    child.stdin.end(objects.map((o) => `${o}
`).join(""));
  });
}
async function exportTreeAtCommit(cwd, sha, target) {
  if (!/^[0-9a-f]{40}$/.test(sha)) return { status: "unavailable", reason: `"${sha.slice(0, 50)}" is not a commit SHA` };
  const commit = await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
  if (!commit.ok) return { status: "unavailable", reason: `commit ${sha.slice(0, 7)} is not in the local repository (${commit.stderr})` };
  const listed = await git(cwd, ["ls-tree", "-r", "-z", "--long", sha, "--", "."]);
  if (!listed.ok) return { status: "unavailable", reason: listed.stderr };
  const files = listed.stdout.split("\0").filter(Boolean).map((row) => {
    const [meta = "", path = ""] = row.split("	");
    const [mode, type, object, size] = meta.trim().split(/\s+/);
    return { mode, type, object, size: Number(size), path };
  }).filter((f) => f.type === "blob" && (f.mode === "100644" || f.mode === "100755") && LOADABLE.test(f.path) && isReadableRelativePath(f.path));
  const bytes = files.reduce((n, f) => n + f.size, 0);
  if (files.length > MAX_FILES || bytes > MAX_BYTES) return { status: "unavailable", reason: `the base commit holds ${files.length} loadable files (${bytes} bytes), more than the ${MAX_FILES} files or ${MAX_BYTES} bytes read from it` };
  const blobs = await readBlobs(cwd, files.map((f) => f.object));
  for (const [i, file] of files.entries()) {
    const path = join(target, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, blobs[i]);
  }
  return { status: "exported", files: files.length };
}
async function resolveCommit(cwd, ref) {
  if (ref === "" || ref.startsWith("-")) return { error: `"${ref}" is not a git ref` };
  const parsed = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return parsed.ok ? { sha: parsed.stdout.trim() } : { error: `${ref} does not name a commit in ${cwd}` };
}

// src/engine/base.ts
async function loadBaseDirectory(options) {
  try {
    const project = await loadProject(options);
    const error = project.diagnostics.find((d) => d.severity === "error");
    return error ? { error: `the base definitions do not load (${error.source ? `${error.source.file}:${error.source.line}: ` : ""}${error.message})` } : { project };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
async function loadBaseCommit(options) {
  const dir = await mkdtemp(join2(options.tempDir, "posthog-base-definitions-"));
  try {
    const exported = await exportTreeAtCommit(options.root, options.sha, dir);
    if (exported.status === "unavailable") return { error: `${exported.reason}; check out with fetch-depth: 2 (or more) so the base commit is there` };
    return await loadBaseDirectory({ root: dir, workerPath: options.workerPath, ...options.dir ? { dir: options.dir } : {}, ...options.configFile ? { configFile: options.configFile } : {} });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function loadBaseRef(options) {
  const commit = await resolveCommit(options.root, options.ref);
  if ("error" in commit) return commit;
  return loadBaseCommit({ root: options.root, sha: commit.sha, tempDir: options.tempDir, workerPath: options.workerPath, ...options.dir ? { dir: options.dir } : {} });
}
function baseResources(base, environment) {
  if ("error" in base) return void 0;
  const desired = buildDesiredState(base.project.definitions, environment, { owner: base.project.config.owner });
  return hasErrors(desired.diagnostics) ? void 0 : desired.resources;
}

export {
  loadBaseDirectory,
  loadBaseCommit,
  loadBaseRef,
  baseResources
};
