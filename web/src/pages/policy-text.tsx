import type { ReactNode } from "react";

/**
 * The policy is plain text with numbered headings and "- " bullets; turn it into real headings
 * and lists so it can be navigated by heading, without any HTML from the server.
 */
export function PolicyText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const flush = () => {
    if (list.length) {
      blocks.push(
        <ul key={`ul-${blocks.length}`}>
          {list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>,
      );
      list = [];
    }
  };
  for (const [i, line] of lines.entries()) {
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith("- ")) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    const key = `${i}`;
    if (i === 0 && /privacy policy/i.test(line)) continue;
    if (/^\d+\.\s/.test(line)) blocks.push(<h2 key={key}>{line}</h2>);
    else if (/:$/.test(line) && line.length < 60) blocks.push(<h3 key={key}>{line.slice(0, -1)}</h3>);
    else blocks.push(<p key={key}>{line}</p>);
  }
  flush();
  return <div className="policy-text">{blocks}</div>;
}
