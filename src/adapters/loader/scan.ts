import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, isAbsolute, join, relative, sep } from "node:path";
import { IMPORTABLE_EXTENSIONS, isReadableRelativePath, isSkippedCode, unreadableSegment } from "./protocol.js";

/** What the definitions worker may read, worked out before it starts. */
export interface RepositoryScan {
  /** Real path of the repository root. */
  root: string;
  /** Real paths to grant with `--allow-fs-read`: whole directories where that is safe, single files elsewhere. */
  allow: string[];
  /** Importable files, relative to the root with `/` separators, sorted. */
  files: string[];
  /** Directories entered, relative to the root ("" is the root itself). */
  directories: string[];
  /** Entries refused, relative to the root, with the reason (for error messages naming them). */
  refused: Record<string, string>;
  /** Code files the loader neither imports nor evaluates (`.tsx`, `.cjs`, …): named, never read. */
  skipped: string[];
}

/** A directory the scan never enters: version control, dependencies and every other dot-directory. */
function isExcludedDirectory(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

interface Walked {
  /** True when every entry below is readable, so the directory can be granted whole. */
  clean: boolean;
  allow: string[];
}

/**
 * Walks the repository so Node's permission model can be given only paths that
 * cannot lead outside it. The permission model checks the path as written and
 * then lets the OS follow symbolic links, so a granted directory must not hold a
 * link that leaves the repository (`p -> /proc`), points into `.git/`, or points
 * to a directory (from which `..` walks out again). Such links, dot-directories
 * and `node_modules` are left out, and their parent directories are granted entry
 * by entry instead. A link to a file inside the repository is kept.
 */
export function scanRepository(rootPath: string): RepositoryScan {
  const root = realpathSync(rootPath);
  const files: string[] = [];
  const directories: string[] = [];
  const refused: Record<string, string> = {};
  const skipped: string[] = [];

  const judgeLink = (path: string): string | undefined => {
    const written = readlinkSync(path);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return `a symbolic link to ${written}, which does not exist`;
    }
    const inside = relative(root, real);
    if (inside.startsWith("..") || isAbsolute(inside)) return `a symbolic link to ${written}, outside the repository`;
    if (!isReadableRelativePath(inside)) return `a symbolic link to ${written}, inside ${unreadableSegment(inside)}/`;
    if (!statSync(real).isFile()) return `a symbolic link to ${written}, which is a directory`;
    return undefined;
  };

  const addFile = (rel: string) => {
    if (!isReadableRelativePath(rel)) return;
    if ((IMPORTABLE_EXTENSIONS as readonly string[]).includes(extname(rel))) files.push(toPosix(rel));
    else if (isSkippedCode(rel)) skipped.push(toPosix(rel));
  };

  const walk = (dir: string, relDir: string): Walked => {
    directories.push(relDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return { clean: false, allow: [] };
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let clean = true;
    const allow: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        const reason = judgeLink(path);
        if (reason !== undefined) {
          refused[rel] = reason;
          clean = false;
          continue;
        }
        addFile(rel);
        allow.push(path);
      } else if (entry.isDirectory()) {
        if (isExcludedDirectory(entry.name)) {
          clean = false;
          continue;
        }
        const below = walk(path, rel);
        if (below.clean) allow.push(path);
        else {
          clean = false;
          allow.push(...below.allow);
        }
      } else if (entry.isFile()) {
        if (entry.name === ".git") {
          clean = false;
          continue;
        }
        addFile(rel);
        allow.push(path);
      } else {
        // FIFOs, sockets and devices: reading one could block or reach another process.
        refused[rel] = "not a regular file";
        clean = false;
      }
    }
    return { clean, allow };
  };

  const walked = walk(root, "");
  return { root, allow: walked.clean ? [root] : walked.allow, files: files.sort(), directories: directories.sort(), refused, skipped: skipped.sort() };
}
