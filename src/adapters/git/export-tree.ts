import { execFile, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isReadableRelativePath } from "../loader/protocol.js";

/** What an export wrote, or why it could not. */
export type TreeExport = { status: "exported"; files: number } | { status: "unavailable"; reason: string };

/** Only what the definitions loader may read is exported. */
const LOADABLE = /\.(ts|mts|js|mjs|json)$/;
const MAX_FILES = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;
const GIT_ENV = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" };

function git(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }> {
  return new Promise((done) => {
    execFile("git", ["-C", cwd, ...args], { env: GIT_ENV, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) =>
      done(error ? { ok: false, stderr: String(stderr || error.message).trim().split("\n")[0] || "git failed" } : { ok: true, stdout }),
    );
  });
}

/** Reads many blobs through one `git cat-file --batch`, in the order asked. */
function readBlobs(cwd: string, objects: readonly string[]): Promise<Buffer[]> {
  return new Promise((done, fail) => {
    const child = spawn("git", ["-C", cwd, "cat-file", "--batch"], { env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`git cat-file exited with ${code}`));
      const all = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const end = all.indexOf(10, at);
        const size = Number(all.subarray(at, end).toString("utf8").split(" ")[2]);
        blobs.push(all.subarray(end + 1, end + 1 + size));
        at = end + 1 + size + 1;
      }
      done(blobs);
    });
    child.stdin.end(objects.map((o) => `${o}\n`).join(""));
  });
}

/**
 * Writes the files under `cwd` as they were at commit `sha` into `target`, from
 * the local object store (no checkout, so the index and work tree are left
 * alone): the files the definitions loader can read (`.ts`, `.mts`, `.js`,
 * `.mjs`, `.json`, outside dot-directories and `node_modules/`), regular files
 * only. The commit must be present (a shallow clone of a pull request's merge
 * commit needs `fetch-depth: 2`).
 */
export async function exportTreeAtCommit(cwd: string, sha: string, target: string): Promise<TreeExport> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return { status: "unavailable", reason: `"${sha.slice(0, 50)}" is not a commit SHA` };
  const commit = await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
  if (!commit.ok) return { status: "unavailable", reason: `commit ${sha.slice(0, 7)} is not in the local repository (${commit.stderr})` };
  const listed = await git(cwd, ["ls-tree", "-r", "-z", "--long", sha, "--", "."]);
  if (!listed.ok) return { status: "unavailable", reason: listed.stderr };
  const files = listed.stdout
    .split("\0")
    .filter(Boolean)
    .map((row) => {
      const [meta = "", path = ""] = row.split("\t");
      const [mode, type, object, size] = meta.trim().split(/\s+/);
      return { mode, type, object: object!, size: Number(size), path };
    })
    .filter((f) => f.type === "blob" && (f.mode === "100644" || f.mode === "100755") && LOADABLE.test(f.path) && isReadableRelativePath(f.path));
  const bytes = files.reduce((n, f) => n + f.size, 0);
  if (files.length > MAX_FILES || bytes > MAX_BYTES) return { status: "unavailable", reason: `the base commit holds ${files.length} loadable files (${bytes} bytes), more than the ${MAX_FILES} files or ${MAX_BYTES} bytes read from it` };
  const blobs = await readBlobs(cwd, files.map((f) => f.object));
  for (const [i, file] of files.entries()) {
    const path = join(target, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, blobs[i]!);
  }
  return { status: "exported", files: files.length };
}

/** The commit a ref names in the repository at `cwd` (`main`, `origin/main`, a SHA), or why not. */
export async function resolveCommit(cwd: string, ref: string): Promise<{ sha: string } | { error: string }> {
  if (ref === "" || ref.startsWith("-")) return { error: `"${ref}" is not a git ref` };
  const parsed = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return parsed.ok ? { sha: parsed.stdout.trim() } : { error: `${ref} does not name a commit in ${cwd}` };
}
