import fs from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { isInside, realOrResolved, repositoryRoot } from './contain';

export const DEFAULT_INCLUDE = ['**/*.{ts,tsx,js,jsx,mts,cts,mjs,cjs}', '**/*.{vue,svelte,astro}', '**/*.prisma', '**/*.{graphql,gql}', '**/{index,app}.html', '**/{views,templates,layouts,_layouts,_includes,partials,includes}/**/*.html', '**/*.{ejs,hbs,handlebars,njk,liquid,twig,pug,jade}'];
/** Dependencies, build output, declaration files and tests: test fixtures collect no one's data. */
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/.git/**', '**/.next/**', '**/.nuxt/**',
  '**/.turbo/**', '**/.cache/**', '**/vendor/**', '**/*.d.ts', '**/*.min.js', '**/*.bundle.js',
  '**/*.{test,spec}.{ts,tsx,js,jsx,mts,cts,mjs,cjs}', '**/__tests__/**', '**/__mocks__/**', '**/test/**', '**/tests/**',
  '**/fixtures/**', '**/test-fixtures/**', '**/test-data/**', '**/testdata/**', '**/e2e/**', '**/*.stories.{ts,tsx,js,jsx}', '**/cypress/**', '**/playwright/**',
  // Sample apps a repository ships for developers to copy run in their users' projects, not in the product.
  '**/examples/**', '**/demos/**', '**/samples/**', '**/sandbox/**', '**/playground/**', '**/playgrounds/**',
  // (Design prototypes and mock-ups — `prototypes/learning-paths/index.html` — are drafts of screens, never deployed.)
  '**/prototypes/**', '**/mockups/**', '**/wireframes/**',
  // Tooling for the repository's developers, their editors and coding agents (`.claude/skills/…`, `.github/scripts/…`).
  '**/.claude/**', '**/.cursor/**', '**/.github/**', '**/.husky/**', '**/.vscode/**', '**/.devcontainer/**', '**/.storybook/**',
  // Old code a repository keeps at its root for reference (`archive/`, `attic/`) is not built.
  // (A folder anywhere named `unused/` says so of what it holds.)
  'archive/**', 'archived/**', '_archive/**', 'attic/**', 'deprecated/**', '**/_archive/**', '**/unused/**',
  // (So are copies kept in a backup folder at the root, `backups91125/schema.prisma`, and one-off test scripts beside
  // the package file, `test-order-email.js`.)
  'backup/**', 'backups/**', 'backup[-_0-9]*/**', 'backups[-_0-9]*/**', 'test-*.{ts,js,mjs,cjs}', 'test_*.{ts,js,mjs,cjs}',
  // (A copy of a file kept beside it, `NutritionScreen.backup.tsx`, `api.old.ts`, `checkout.bak.js`, is no module anything
  // builds.)
  '**/*.{backup,bak,old,orig}.{ts,tsx,js,jsx,mjs,cjs}',
  // Evaluation suites score models and matchers on fixtures; they are not the product.
  '**/evals/**', '**/*.eval.{ts,tsx,js}', '**/*-eval.{ts,js}', '**/*-eval-*.{ts,js}',
  '**/seed.{ts,js}', '**/seeds/**', '**/seed/**', '**/seeders/**', '**/seed-data/**', '**/mocks/**', '**/__fixtures__/**', '**/mock.{ts,js}', '**/mocks.{ts,js}', '**/*.mock.{ts,tsx,js,jsx}',
  // (`discord-client-mock.ts`, `mock-stripe.ts`, an `apps/bot-e2e/` harness, `checkout.e2e.ts`.)
  '**/*-mock.{ts,tsx,js,jsx}', '**/*-mocks.{ts,tsx,js,jsx}', '**/mock-*.{ts,tsx,js,jsx}', '**/*-e2e/**', '**/e2e-*/**', '**/*.e2e.{ts,tsx,js,jsx}',
  // (A workspace package of test tooling — `packages/convex-test/`, `packages/test-utils/` — and a stress test's demos.)
  'packages/*-test/**', 'packages/*-testing/**', '**/test-utils/**', '**/testutils/**', '**/*stress-test*/**',
  // Generated code (route trees, GraphQL and API clients) mirrors schemas; the schemas are what is analyzed.
  '**/*.gen.{ts,tsx,js}', '**/*.generated.{ts,tsx,js}', '**/generated.{ts,tsx,js}', '**/generated/**', '**/__generated__/**',
];
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface WalkNote {
  file: string;
  message: string;
}

/**
 * Lists source files under root (relative, `/` separators, sorted), following symlinks once and never in
 * a loop, and never out of `within` (default the repository root: a checked-out `src/r -> /` must not
 * walk the machine). Every included name that is skipped gets a note: a link that leaves, a FIFO or a
 * device, a broken link.
 */
export function listSourceFiles(root: string, include = DEFAULT_INCLUDE, exclude = DEFAULT_EXCLUDE, within = repositoryRoot(root)): { files: string[]; notes: WalkNote[] } {
  const files: string[] = [];
  const notes: WalkNote[] = [];
  const seen = new Set<string>();
  const inside = realOrResolved(within);
  const inc = include.map((g) => new Minimatch(g, { dot: true }));
  const exc = exclude.map((g) => new Minimatch(g, { dot: true }));
  const wanted = (rel: string) => inc.some((m) => m.match(rel)) && !exc.some((m) => m.match(rel));
  const dirExcluded = (rel: string) => exc.some((m) => m.match(`${rel}/x`) && m.match(`${rel}/x/y.ts`));
  const walk = (abs: string, rel: string) => {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      notes.push({ file: rel || '.', message: 'broken symbolic link, skipped' });
      return;
    }
    if (rel && !isInside(inside, real)) {
      notes.push({ file: rel, message: 'symbolic link leaves the repository, skipped' });
      return;
    }
    if (seen.has(real)) {
      if (rel) notes.push({ file: rel, message: 'symbolic link loop or repeated directory, skipped' });
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      notes.push({ file: rel || '.', message: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const childRel = rel ? `${rel}/${ent.name}` : ent.name;
      const childAbs = path.join(abs, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(childAbs);
          const st = fs.statSync(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          notes.push({ file: childRel, message: 'broken symbolic link, skipped' });
          continue;
        }
        if (isFile && !isInside(inside, target)) {
          if (wanted(childRel)) notes.push({ file: childRel, message: 'symbolic link leaves the repository, skipped' });
          continue;
        }
      }
      if (isDir) {
        if (!dirExcluded(childRel)) walk(childAbs, childRel);
      } else if (wanted(childRel)) {
        if (isFile) files.push(childRel);
        else notes.push({ file: childRel, message: 'not a regular file, skipped' });
      }
    }
  };
  walk(root, '');
  return { files, notes };
}
