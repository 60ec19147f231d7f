import { execFile } from "node:child_process";

/** A file as of one commit: its text, or why it could not be read. */
export type FileAtCommit = { status: "found"; text: string } | { status: "missing-file" } | { status: "unavailable"; reason: string };

/** Largest file read from history: a config file is a few hundred bytes. */
const MAX_BYTES = 1024 * 1024;

function git(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }> {
  return new Promise((done) => {
    execFile(
      "git",
      ["-C", cwd, ...args],
      { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" }, maxBuffer: MAX_BYTES, encoding: "utf8" },
      (error, stdout, stderr) => done(error ? { ok: false, stderr: String(stderr || error.message).trim() } : { ok: true, stdout }),
    );
  });
}

/**
 * Reads a file, relative to `cwd`, as it was at `sha`, from the local
 * repository's object store (no network, no filters, no hooks). The commit must
 * be present: a shallow checkout of a pull request's merge commit needs
 * `fetch-depth: 2` to have its base.
 */
export async function readFileAtCommit(cwd: string, sha: string, path: string): Promise<FileAtCommit> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return { status: "unavailable", reason: `"${sha.slice(0, 50)}" is not a commit SHA` };
  const commit = await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
  if (!commit.ok) return { status: "unavailable", reason: `commit ${sha.slice(0, 7)} is not in the local repository (${commit.stderr.split("\n")[0] || "git failed"})` };
  const spec = `${sha}:./${path}`;
  const exists = await git(cwd, ["cat-file", "-e", spec]);
  if (!exists.ok) return { status: "missing-file" };
  const blob = await git(cwd, ["cat-file", "blob", spec]);
  return blob.ok ? { status: "found", text: blob.stdout } : { status: "unavailable", reason: blob.stderr.split("\n")[0] || "git failed" };
}
