// Type-checks the project with the TypeScript compiler that ts-morph bundles
// (the project deliberately has no second `typescript` package).
import { Project, ts } from 'ts-morph';

const project = new Project({ tsConfigFilePath: new URL('../tsconfig.json', import.meta.url).pathname });
const diagnostics = project.getPreEmitDiagnostics();
if (diagnostics.length) {
  process.stderr.write(project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 50)));
  process.stderr.write(`\n${diagnostics.length} type error(s) (TypeScript ${ts.version})\n`);
  process.exit(1);
}
process.stdout.write(`typecheck: ${project.getSourceFiles().length} files, no errors (TypeScript ${ts.version})\n`);
