/**
 * Renders the CLI's coloured output on the news example to docs/terminal.svg for the README.
 * Run: npm run docs:picture
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import Anser from 'anser';

const CHAR_W = 8.4;
const LINE_H = 19;
const WRAP = 118;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ansi = execFileSync(process.execPath, ['dist/cli/main.js', 'check', '--source', 'examples/news-article.txt', '--text', 'examples/news-bullets.md'], {
  env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' },
  encoding: 'utf8',
});

const lines: string[] = [];
let line = '';
let col = 0;
const newLine = () => {
  lines.push(line);
  line = '';
  col = 0;
};
for (const chunk of Anser.ansiToJson(ansi, { use_classes: false })) {
  const style = [
    chunk.fg ? `fill:rgb(${chunk.fg})` : 'fill:#d0d0d0',
    chunk.decorations.includes('bold') ? 'font-weight:bold' : '',
    chunk.decorations.includes('dim') ? 'opacity:0.6' : '',
    chunk.decorations.includes('underline') ? 'text-decoration:underline' : '',
  ].filter(Boolean).join(';');
  const parts = chunk.content.split('\n');
  parts.forEach((part, i) => {
    if (i > 0) newLine();
    let rest = part;
    while (rest.length > 0) {
      const room = WRAP - col;
      const piece = rest.slice(0, room);
      line += `<tspan x="${(12 + col * CHAR_W).toFixed(1)}" style="${style}">${escape(piece).replace(/ /g, '&#160;')}</tspan>`;
      col += piece.length;
      rest = rest.slice(room);
      if (rest.length > 0) newLine();
    }
  });
}
if (line) newLine();
const height = lines.length * LINE_H + 24;
const width = WRAP * CHAR_W + 24;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="6" fill="#1e1e1e"/>
${lines.map((l, i) => `<text y="${22 + i * LINE_H}">${l}</text>`).join('\n')}
</svg>
`;
writeFileSync('docs/terminal.svg', svg);
console.log(`docs/terminal.svg: ${lines.length} lines`);
