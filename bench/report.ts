import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  section: string;
  metric: string;
  value: number | string;
  unit?: string;
  target?: string;
  pass?: boolean;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: Record<string, string | number>;
  options: Record<string, unknown>;
  figures: Figure[];
  sections: Record<string, unknown>;
  notes: string[];
}

function cell(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'n/a';
  return value.replace(/\|/g, '\\|');
}

export function toMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`# Rongtong benchmark — ${report.startedAt}`, '');
  lines.push('| machine | |', '|---|---|');
  for (const [key, value] of Object.entries(report.machine))
    lines.push(`| ${key} | ${cell(value)} |`);
  lines.push('', `Options: \`${JSON.stringify(report.options)}\``, '');
  lines.push('| section | metric | value | target | pass |', '|---|---|---:|---|:---:|');
  for (const f of report.figures) {
    const value = `${cell(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
    const pass = f.pass === undefined ? '' : f.pass ? '✅' : '❌';
    lines.push(`| ${f.section} | ${cell(f.metric)} | ${value} | ${cell(f.target)} | ${pass} |`);
  }
  if (report.notes.length) {
    lines.push('', '## Notes', '');
    for (const note of report.notes) lines.push(`- ${note}`);
  }
  lines.push(
    '',
    `Finished ${report.finishedAt}. Full figures (per query, per kind) in the JSON report.`,
    '',
  );
  return lines.join('\n');
}

export function writeReport(
  report: BenchReport,
  dir: string,
): { json: string; md: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `bench-${stamp}.json`);
  const md = join(dir, `bench-${stamp}.md`);
  const markdown = toMarkdown(report);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown);
  return { json, md, markdown };
}
