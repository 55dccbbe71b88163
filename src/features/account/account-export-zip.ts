/**
 * `?format=zip`: the same export.json plus one Markdown file per conversation, zipped as a stream
 * with fflate. Entries are written one after another (fflate buffers a later entry until earlier
 * ones finish, so parallel entries would pile up in memory); conversations are read twice —
 * once for the JSON, once for the Markdown — rather than held.
 */
import { Zip, ZipDeflate } from "fflate";
import { type ExportDeps, exportJsonChunks, listFolders } from "./account-export.ts";
import type { FolderRow } from "./account-export-markdown.ts";
import { conversationMarkdownChunks, markdownFileName } from "./account-export-markdown.ts";
import { pageConversations } from "./account-export-pages.ts";

interface ZipEntry {
  name: string;
  chunks: AsyncIterable<string>;
}

async function* exportEntries(
  deps: ExportDeps,
  userId: string,
  sessionId?: string,
): AsyncGenerator<ZipEntry> {
  yield { name: "export.json", chunks: exportJsonChunks(deps, userId, sessionId) };
  const folderNames = new Map((await listFolders(deps.db, userId)).map((f: FolderRow) => [f.id, f.name]));
  let index = 0;
  for await (const page of pageConversations(deps.db, userId)) {
    for (const conversation of page) {
      index += 1;
      const { name, chunks } = conversationMarkdownChunks(deps, userId, conversation, folderNames);
      yield { name: `conversations/${markdownFileName(index, name)}`, chunks };
    }
  }
}

/** Zip bytes, pulled: nothing is read from the database until the client takes the last chunk. */
export async function* zipChunks(entries: AsyncIterable<ZipEntry>, mtime: Date): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  const drain = function* () {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  };
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    for await (const text of entry.chunks) {
      file.push(encoder.encode(text));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

export function exportZipChunks(deps: ExportDeps, userId: string, sessionId?: string) {
  return zipChunks(exportEntries(deps, userId, sessionId), deps.clock.now());
}
