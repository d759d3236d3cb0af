// The folder rule of docs/architecture.md ("The rules"), run by `npm run lint`: no folder
// of src/ holds more than 15 source files, tests and generated files aside (src/generated/
// is exempt). A folder's files are counted in it alone, not in its subfolders.
//   node scripts/check-folders.mjs [ROOT]   ROOT defaults to src
import { readdirSync } from "node:fs";

const MAX_FILES = 15;
const EXEMPT = new Set(["generated"]);
const root = (process.argv[2] ?? "src").replace(/\/+$/, "");

const isSource = (name) =>
  /\.(?:[cm]?[jt]s|[jt]sx)$/.test(name) && !/\.test\.[^.]+$/.test(name) && !name.endsWith(".d.ts");

const crowded = [];
const walk = (dir, top) => {
  const entries = readdirSync(dir, { withFileTypes: true });
  const n = entries.filter((e) => e.isFile() && isSource(e.name)).length;
  if (n > MAX_FILES) crowded.push([dir, n]);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (e.isDirectory() && !(top && EXEMPT.has(e.name))) walk(`${dir}/${e.name}`, false);
};
walk(root, true);

for (const [dir, n] of crowded)
  console.error(
    `${dir}/ holds ${n} source files; at most ${MAX_FILES} per folder (docs/architecture.md, "The rules"): split it into subfolders by role`,
  );
if (crowded.length) process.exit(1);
console.log(`every folder of ${root}/ holds at most ${MAX_FILES} source files`);
